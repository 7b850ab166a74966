import { requestIsActive, UsageProblem, type CliContext } from './list-commands';
import { isaSeesAccount, sameName } from './world';

/**
 * Retrieve: the password alone on one line, or a sentence saying why not. ISA mode
 * (`--SystemName --AccountName [--ReasonText] [--TicketSystemName --TicketNumber]`) needs an ISA
 * policy for the account; requestor mode (`--RequestID`) needs the CLI user's own active request.
 * The ticket sentence is verbatim from captured TPAM output; TPAM's "not authorized" and "not found" wordings are
 * not documented, so these carry the words the SPS plugin and the ECM look for.
 */

export const TICKET_REQUIRED_TEXT = 'Ticket Number and Ticket System are required for the CLI retrieval';

export function notAuthorizedText(user: string, account: string, system: string): string {
  return `User ${user} is not authorized to retrieve the password of account ${account} on system ${system}`;
}

export function retrieve(ctx: CliContext, options: ReadonlyMap<string, string>): string {
  const requestId = options.get('RequestID');
  if (requestId !== undefined) return retrieveForRequest(ctx, requestId);

  const system = options.get('SystemName');
  const accountName = options.get('AccountName');
  if (system === undefined || accountName === undefined)
    throw new UsageProblem('SystemName and AccountName are required');
  const account = ctx.world.accounts.find(
    (a) => sameName(a.systemName, system) && sameName(a.accountName, accountName),
  );
  if (!account) return line(`Account ${accountName} on system ${system} not found`);
  if (!isaSeesAccount(ctx.world, ctx.user, account.systemName, account.accountName))
    return line(notAuthorizedText(ctx.user, accountName, system));
  if (account.requireTicketForCli && (!options.get('TicketSystemName') || !options.get('TicketNumber')))
    return line(TICKET_REQUIRED_TEXT);
  return line(account.password);
}

function retrieveForRequest(ctx: CliContext, requestId: string): string {
  const request = ctx.world.requests.find((r) => r.requestId === requestId);
  if (!request) return line(`Request ${requestId} not found`);
  if (request.requestorName !== ctx.user || !requestIsActive(request, ctx.now())) {
    return line(notAuthorizedText(ctx.user, request.accountName, request.systemName));
  }
  const account = ctx.world.accounts.find(
    (a) => sameName(a.systemName, request.systemName) && sameName(a.accountName, request.accountName),
  );
  return line(account ? account.password : `Account ${request.accountName} on system ${request.systemName} not found`);
}

function line(text: string): string {
  return `${text}\r\n`;
}
