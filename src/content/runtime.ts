/**
 * The content script's side of the runtime messages (contract in messages.ts): answers the popup and
 * tells the background the finding count. Nothing here stores or sends draft text anywhere but the
 * extension's own popup, in memory.
 */
import type { ApplyMessage, ApplyResponse, FindingsMessage, GetStateResponse } from './messages';

export interface RuntimeLike {
  onMessage: {
    addListener(cb: (message: unknown, sender: unknown) => Promise<unknown> | undefined): void;
    removeListener(cb: (message: unknown, sender: unknown) => Promise<unknown> | undefined): void;
  };
  sendMessage(message: unknown): Promise<unknown>;
}

export interface RuntimeHandlers {
  state(): GetStateResponse;
  apply(m: ApplyMessage): Promise<boolean>;
}

const isApply = (m: Record<string, unknown>): m is Record<string, unknown> & ApplyMessage =>
  m.type === 'warmline:apply' && typeof m.rule === 'string' && Number.isInteger(m.start) && Number.isInteger(m.end) && Number.isInteger(m.suggestion);

/** Starts answering; returns the function that stops. */
export function answerMessages(runtime: RuntimeLike, h: RuntimeHandlers): () => void {
  const listener = (message: unknown): Promise<unknown> | undefined => {
    if (!message || typeof message !== 'object') return undefined;
    const m = message as Record<string, unknown>;
    if (m.type === 'warmline:get-state') return Promise.resolve(h.state());
    if (m.type === 'warmline:apply') {
      if (!isApply(m)) return Promise.resolve({ ok: false } satisfies ApplyResponse);
      return h.apply(m).then((ok): ApplyResponse => ({ ok }), (): ApplyResponse => ({ ok: false }));
    }
    return undefined; // not ours: let other listeners answer
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

/** Sends the count to the background (the badge). */
export function sendCount(runtime: RuntimeLike, count: number): void {
  const message: FindingsMessage = { type: 'warmline:findings', count };
  send(runtime, message);
}

/** Sends a message to the background; a missing receiver or a reloaded extension is not an error here. */
export function send(runtime: RuntimeLike, message: object): void {
  try {
    runtime.sendMessage(message).catch(() => undefined);
  } catch {
    /* extension context invalidated between the check and the call */
  }
}
