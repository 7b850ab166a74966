export { startSecretServerSimulator, type SecretServerSimulator, type SimulatorOptions } from './simulator';
export { demoWorld, DEMO_API_ACCOUNT } from './demo-world';
export type { SsWorld, SsUser, SsSecret, SsApproval, SsErrorTexts, ApprovalState } from './world';
export { DEFAULT_ERROR_TEXTS, IMPERSONATE_ROLE, principalOf } from './world';
export type { FaultKind, SsOperation } from './types';
export type { CallCounters, LoggedRequest } from './call-log';
export { ENDPOINT_PATH } from './soap-processor';
export { SIMULATED_VERSION } from './identity-operations';
export { SIMULATED_FAULT_STRING } from './asmx-responses';
