import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { SenderInfo } from '../../electron/core/api/sender-policy';

/** The DevTools binding each page's `window.ecm` sends its calls through (bridge-page-script.ts). */
export const BRIDGE_BINDING = '__ecmSend';
/** The page function that takes an answer: `(id, json)`. */
export const BRIDGE_DELIVER = '__ecmDeliver';

/** Answers one call: the Result, as JSON. */
export type BridgeHandler = (sender: SenderInfo, channel: string, payload: unknown) => Promise<string>;

interface FrameFacts {
  url: string;
  parentId?: string;
}

interface FrameTree {
  frame: { id: string; url: string; urlFragment?: string; parentId?: string };
  childFrames?: FrameTree[];
}

/**
 * `window.ecm`'s transport in the browser test host: a bare DevTools binding in each page
 * (Runtime.addBinding), each answer handed back as one JSON string by Runtime.callFunctionOn.
 * Playwright's exposeBinding would also do, but it answers through its evaluation script, which
 * every new page compiles on its first call (about 15 ms of the window's start on a 2-core
 * machine, where the log tail waits for that answer), and it serializes every value on the way;
 * Electron's IPC has neither cost. The sender is the calling frame, told from the execution
 * context the call came from, as Electron tells it from the event's frame.
 */
export async function attachBridge(context: BrowserContext, page: Page, handle: BridgeHandler): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  const frames = new Map<string, FrameFacts>();
  const frameOfContext = new Map<number, string>();
  const remember = (frame: FrameTree['frame']) =>
    frames.set(frame.id, { url: frame.url + (frame.urlFragment ?? ''), parentId: frame.parentId });

  cdp.on('Page.frameNavigated', ({ frame }) => remember(frame));
  cdp.on('Page.frameDetached', ({ frameId }) => frames.delete(frameId));
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
    const aux = created.auxData as { frameId?: string; isDefault?: boolean } | undefined;
    if (aux?.isDefault && aux.frameId) frameOfContext.set(created.id, aux.frameId);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => frameOfContext.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => frameOfContext.clear());
  cdp.on('Runtime.bindingCalled', ({ name, payload, executionContextId }) => {
    if (name !== BRIDGE_BINDING) return;
    void answer(payload, executionContextId);
  });

  async function answer(payload: string, executionContextId: number): Promise<void> {
    const { id, channel, request } = JSON.parse(payload) as { id: number; channel: string; request?: string };
    const frame = frames.get(frameOfContext.get(executionContextId) ?? '');
    const sender: SenderInfo = { url: frame?.url, isTopFrame: frame !== undefined && frame.parentId === undefined };
    const json = await handle(sender, channel, request === undefined ? undefined : JSON.parse(request));
    await cdp
      .send('Runtime.callFunctionOn', {
        functionDeclaration: `(id, json) => window.${BRIDGE_DELIVER}(id, json)`,
        executionContextId,
        arguments: [{ value: id }, { value: json }],
      })
      // The page navigated or closed meanwhile: nobody is waiting for this answer any more.
      .catch(() => {});
  }

  await cdp.send('Page.enable');
  const walk = (tree: FrameTree) => {
    remember(tree.frame);
    for (const child of tree.childFrames ?? []) walk(child);
  };
  walk((await cdp.send('Page.getFrameTree')).frameTree);
  // Reports the contexts that exist already, then each new one.
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: BRIDGE_BINDING });
  return cdp;
}
