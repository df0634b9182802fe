/**
 * The detector's answers to the popup (contract in messages.ts) until the coach is in the tab: no reply editor
 * has been coached on this page yet, and there is nothing to apply.
 *
 * Answered synchronously through `sendResponse`, which the browsers' own `runtime.onMessage` supports everywhere
 * (the detector is built without webextension-polyfill to stay small: wxt.config.ts), unlike returning a promise.
 */
import type { ApplyResponse, GetStateResponse } from './messages';

type Listener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean | undefined;

export interface NativeRuntimeLike {
  onMessage: { addListener(cb: Listener): void; removeListener(cb: Listener): void };
}

/** Starts answering; returns the function that stops (when the coach takes over, or the script ends). */
export function answerUntilCoached(runtime: NativeRuntimeLike): () => void {
  const listener: Listener = (message, _sender, sendResponse) => {
    const type = message && typeof message === 'object' ? (message as { type?: unknown }).type : undefined;
    if (type === 'warmline:get-state') sendResponse({ findings: [], editor: false } satisfies GetStateResponse);
    else if (type === 'warmline:apply') sendResponse({ ok: false } satisfies ApplyResponse);
    return undefined; // answered already, or not ours: other listeners may answer
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
