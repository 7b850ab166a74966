import type { ApprovalBook } from './approval-book';
import type { TokenStore } from './token-store';
import type { SsWorld } from './world';

/** What the operations read and change: the live world and the simulator's session state. */
export interface OperationContext {
  world: SsWorld;
  tokens: TokenStore;
  approvals: ApprovalBook;
  /** e.g. https://127.0.0.1:51234, for URLs the server hands out (AuthorizeURL) */
  origin: string;
}
