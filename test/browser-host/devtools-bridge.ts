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
 * context the call came from, as Electron tells it from the event's frame, and the answer goes
 * back to that very context. A cross-site frame runs in a process of its own, which this session
 * does not reach: it has no binding, so its calls fail in the page (bridge-page-script.ts) and
 * never reach the core.
 */
export async function attachBridge(context: BrowserContext, page: Page, handle: BridgeHandler): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  const frames = new Map<string, FrameFacts>();
  // By execution context id, which Chromium reuses (a new process starts again at 1): each entry
  // keeps the context's uniqueId, and an answer goes to that uniqueId, never to whatever document
  // holds the id by then.
  const contexts = new Map<number, { frameId: string; uniqueId: string }>();
  const remember = (frame: FrameTree['frame']) =>
    frames.set(frame.id, { url: frame.url + (frame.urlFragment ?? ''), parentId: frame.parentId });

  cdp.on('Page.frameNavigated', ({ frame }) => remember(frame));
  cdp.on('Page.frameDetached', ({ frameId }) => frames.delete(frameId));
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
    const aux = created.auxData as { frameId?: string; isDefault?: boolean } | undefined;
    // Only a frame's main world speaks for the frame; an isolated world reusing an id does not.
    if (aux?.isDefault && aux.frameId) contexts.set(created.id, { frameId: aux.frameId, uniqueId: created.uniqueId });
    else contexts.delete(created.id);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  cdp.on('Runtime.bindingCalled', ({ name, payload, executionContextId }) => {
    if (name !== BRIDGE_BINDING) return;
    // Read now: by the time the answer is ready the id may belong to another document.
    const context = contexts.get(executionContextId);
    void answer(payload, context).catch((err: unknown) => {
      console.error(`browser test host: a call from the page could not be answered: ${String(err)}`);
    });
  });

  async function answer(payload: string, context: { frameId: string; uniqueId: string } | undefined): Promise<void> {
    // Whatever the page sent: a call it cannot parse is not a call (nobody waits on it).
    const call = parseCall(payload);
    if (!call || !context) return;
    const frame = frames.get(context.frameId);
    const sender: SenderInfo = { url: frame?.url, isTopFrame: frame !== undefined && frame.parentId === undefined };
    const json = await handle(sender, call.channel, call.request).catch((err: unknown) =>
      // The page still gets an answer, as from ipc.ts when a handler fails.
      JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: `The test host failed: ${String(err)}` } }),
    );
    await cdp
      .send('Runtime.callFunctionOn', {
        functionDeclaration: `(id, json) => window.${BRIDGE_DELIVER}(id, json)`,
        uniqueContextId: context.uniqueId,
        arguments: [{ value: call.id }, { value: json }],
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

function parseCall(payload: string): { id: number; channel: string; request: unknown } | null {
  try {
    const { id, channel, request } = JSON.parse(payload) as { id?: unknown; channel?: unknown; request?: unknown };
    if (typeof id !== 'number' || typeof channel !== 'string') return null;
    return { id, channel, request: typeof request === 'string' ? (JSON.parse(request) as unknown) : undefined };
  } catch {
    return null;
  }
}
