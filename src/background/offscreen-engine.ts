/**
 * Chrome (MV3) keeps the engine in an offscreen document instead of the service worker. Chrome stops an idle
 * service worker after about 30 s; an engine living there had to load compromise, compile every phrase list
 * and warm up again on the next keystroke (the README's "first findings" table has the figures). An offscreen
 * document stays until it is closed, so its engine stays warm, and the content scripts' engine port connects
 * to it directly: a keystroke never waits for the service worker. The worker only makes sure the document
 * exists and hands it the settings, which it cannot read itself (offscreen documents get `runtime` only).
 *
 * Firefox (MV2) keeps its background page for the whole session, so the engine stays there
 * (entrypoints/background.ts chooses).
 */
import { ENSURE_ENGINE, READ_SETTINGS } from '../content/engine-protocol';
import type { Settings } from '../settings/schema';

export const OFFSCREEN_PATH = 'offscreen.html';

export interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

export interface OffscreenRuntime {
  getURL(path: string): string;
  getContexts?(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]>;
}

/** Returns the function that makes sure the offscreen engine document exists (one creation at a time). */
export function offscreenEngine(offscreen: OffscreenApi, runtime: OffscreenRuntime): () => Promise<void> {
  let creating: Promise<void> | undefined;
  const url = runtime.getURL(OFFSCREEN_PATH);
  const exists = async (): Promise<boolean> => {
    if (runtime.getContexts) return (await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })).length > 0;
    return (await offscreen.hasDocument?.()) ?? false;
  };
  return () =>
    (creating ??= (async () => {
      try {
        if (await exists()) return;
        await offscreen.createDocument({
          url: OFFSCREEN_PATH,
          // The document runs the writing rules off the helpdesk page, like a worker would.
          reasons: ['WORKERS'],
          justification: 'Runs Warmline’s writing rules on drafts locally, so the helpdesk page never loads the language model.',
        });
      } catch (error) {
        // Created meanwhile by another call of a previous worker: that one serves.
        if (!(await exists().catch(() => false))) throw error;
      } finally {
        creating = undefined;
      }
    })());
}

export interface MessagesRuntime {
  onMessage: {
    addListener(cb: (message: unknown) => Promise<unknown> | undefined): void;
    removeListener(cb: (message: unknown) => Promise<unknown> | undefined): void;
  };
}

/** The worker's answers to the engine document (`READ_SETTINGS`) and to content scripts (`ENSURE_ENGINE`). */
export function answerEngineMessages(runtime: MessagesRuntime, deps: { ensure(): Promise<void>; readSettings(): Promise<Settings> }): () => void {
  const listener = (message: unknown): Promise<unknown> | undefined => {
    const type = message && typeof message === 'object' ? (message as { type?: unknown }).type : undefined;
    if (type === READ_SETTINGS) return deps.readSettings();
    if (type === ENSURE_ENGINE) return deps.ensure().then(() => ({ ok: true }), (error: unknown) => ({ ok: false, error: String(error) }));
    return undefined;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
