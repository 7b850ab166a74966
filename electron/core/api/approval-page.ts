import { EcmError } from '../../../shared/errors';
import type { DraftValues } from '../../../shared/plugin/draft-values';
import type { CoreDeps } from './core-deps';

/** The setting an approval page must share its host with (Secret Server's web services URL). */
export const ENDPOINT_SETTING = 'endpointUrl';

/**
 * Why `url` may not be opened as the approval page of a back end at `endpointUrl`, or null when it
 * may: only an `https:` URL, without user name or password, on the very host (and port) of the
 * Endpoint URL. Both are parsed with the WHATWG URL parser, as the browser would, so tricks like
 * `https://host@evil.example/` (the host is evil.example) or `javascript:` never pass.
 */
export function approvalPageProblem(url: string, endpointUrl: string): string | null {
  const page = parse(url);
  if (!page) return 'The approval page address is not a valid URL.';
  if (page.protocol !== 'https:')
    return `Only an https: approval page is opened, and this one starts with ${page.protocol}`;
  if (page.username !== '' || page.password !== '')
    return 'An approval page address with a user name or password is not opened.';
  const endpoint = parse(endpointUrl);
  if (!endpoint)
    return 'The Endpoint URL is not set or not a valid URL, so no approval page can be checked against it.';
  if (page.host !== endpoint.host) {
    return `The approval page is on ${page.host}, not on the Endpoint URL's host ${endpoint.host}.`;
  }
  return null;
}

function parse(text: string): URL | null {
  try {
    return new URL(text.trim());
  } catch {
    return null;
  }
}

export interface OpenApprovalPageRequest {
  pluginId: string;
  url: string;
  /** The values on screen, saved or not; the saved Endpoint URL when left out. */
  values?: DraftValues;
}

/**
 * Opens a pending approval's page in the system browser (never in the app window), after the
 * renderer asked the admin, and only when `approvalPageProblem` finds nothing against the
 * plugin's Endpoint URL on screen or saved. Refusals are logged and answered VALIDATION.
 */
export async function openApprovalPage(
  deps: CoreDeps,
  request: OpenApprovalPageRequest,
): Promise<{ opened: boolean; url: string }> {
  const plugin = deps.registry.get(request.pluginId);
  const log = deps.logger.scope('core');
  if (!plugin.settings.some((field) => field.key === ENDPOINT_SETTING)) {
    throw refusal(`${plugin.displayName} has no Endpoint URL, so it has no approval page to open.`);
  }
  const onScreen = request.values?.[ENDPOINT_SETTING];
  const saved = (await deps.settings.view(plugin.id, plugin.settings)).values[ENDPOINT_SETTING];
  const endpointUrl = typeof onScreen === 'string' && onScreen.trim() !== '' ? onScreen : saved;
  const problem = approvalPageProblem(request.url, typeof endpointUrl === 'string' ? endpointUrl : '');
  if (problem) {
    log.warn(`Approval page not opened: ${problem}`);
    throw refusal(problem);
  }
  const url = new URL(request.url.trim()).href;
  const opened = await deps.desktop.openExternal(url);
  log.info(`Approval page ${opened ? 'opened in the system browser' : 'could not be opened'}: ${url}`);
  return { opened, url };
}

function refusal(message: string): EcmError {
  return new EcmError({
    // Not FORBIDDEN: the renderer takes that code as "this page may not use the API at all".
    code: 'VALIDATION',
    field: 'url',
    message,
    hint: 'Copy the address and open it yourself if you trust it, or check the Endpoint URL.',
  });
}
