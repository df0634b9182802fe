/**
 * Puts Warmline's scripts into tabs: the coach when a tab's detector asks for it (the detector found a
 * reply-editor candidate, src/content/coach-loading.ts), and the detector itself where the manifest cannot
 * (open tabs after an update or reload: src/background/take-over.ts; a team's own domains:
 * src/background/custom-sites.ts registers it).
 *
 * Always the extension's own files, never code from a message; always the top frame (the coach reaches
 * same-origin frames from there). No web_accessible_resources: a page cannot load or probe these files.
 */
import { isLoadCoachMessage, type LoadCoachResponse } from '../content/coach-loading';

/** The two bundles WXT builds: the manifest's detector, and the coach it loads (entrypoints/content/, runtime registration). */
export const DETECTOR_FILE = 'content-scripts/detector.js';
export const COACH_FILE = 'content-scripts/content.js';

/** Injects one extension file into a tab's top frame; rejects when the browser refuses (no access, tab gone). */
export type InjectFile = (tabId: number, file: string) => Promise<void>;

/** The parts of `chrome.scripting` (MV3, and Firefox 102+) used here. */
export interface ScriptingInjectApi {
  executeScript(injection: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<unknown>;
}

/** The part of MV2's `tabs` API used when `scripting` is missing. */
export interface TabsInjectApi {
  executeScript(tabId: number, details: { file: string; frameId?: number; runAt?: 'document_idle' }): Promise<unknown>;
}

/** `scripting.executeScript` when the browser has it, else MV2's `tabs.executeScript`; top frame only. */
export function injectorFor(api: { scripting?: Partial<ScriptingInjectApi>; tabs?: Partial<TabsInjectApi> }): InjectFile {
  const scripting = api.scripting?.executeScript ? (api.scripting as ScriptingInjectApi) : undefined;
  const tabs = api.tabs?.executeScript ? (api.tabs as TabsInjectApi) : undefined;
  return async (tabId, file) => {
    if (scripting) await scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
    else if (tabs) await tabs.executeScript(tabId, { file: `/${file}`, frameId: 0, runAt: 'document_idle' });
    else throw new Error('This browser can inject no script (neither scripting nor tabs.executeScript).');
  };
}

export interface MessageSender {
  tab?: { id?: number };
  frameId?: number;
}

export interface CoachRequestRuntime {
  onMessage: {
    addListener(cb: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): void;
    removeListener(cb: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): void;
  };
}

/**
 * Answers the detectors' `warmline:load-coach`: injects the coach into the sender's tab (top frame senders
 * only) and answers `{ ok }`. Other messages are left to other listeners. Returns the function that stops.
 */
export function answerCoachRequests(runtime: CoachRequestRuntime, inject: InjectFile, onError?: (error: unknown) => void): () => void {
  const listener = (message: unknown, sender: MessageSender): Promise<unknown> | undefined => {
    if (!isLoadCoachMessage(message)) return undefined;
    const tabId = sender?.tab?.id;
    // Only a tab's top frame runs the detector; anything else (an extension page, a frame) gets no coach.
    if (typeof tabId !== 'number' || tabId < 0 || (sender.frameId ?? 0) !== 0) return Promise.resolve({ ok: false } satisfies LoadCoachResponse);
    return inject(tabId, COACH_FILE).then(
      (): LoadCoachResponse => ({ ok: true }),
      (error: unknown): LoadCoachResponse => {
        onError?.(error);
        return { ok: false };
      },
    );
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
