/**
 * The engine in the background, seen from the content script (protocol: engine-protocol.ts). The page never
 * loads compromise: a keystroke costs a message each way. Latest wins in the session (session.ts); here every
 * request gets its own answer, and requests without one are sent again when the port was lost (the MV3
 * service worker is stopped when idle and started again by the next connect).
 */
import type { CoachEngine, EngineResult } from './engine';
import { ENGINE_PORT, ENSURE_ENGINE, type EngineReply, type EngineRequest, type PortLike } from './engine-protocol';
import type { RuleInfo } from './rule-info-type';

export interface ConnectLike {
  connect(info: { name: string }): PortLike;
  /** To ask the background to bring the engine back (Chrome's offscreen document) before connecting again. */
  sendMessage?(message: unknown): Promise<unknown>;
  readonly lastError?: unknown;
}

/** How many times one request is sent again after the port was lost before it fails. */
const MAX_RESENDS = 3;

export function remoteEngine(runtime: ConnectLike): CoachEngine & { dispose(): void } {
  let port: PortLike | undefined;
  let nextId = 1;
  let disposed = false;
  const pending = new Map<number, { request: EngineRequest & { type: 'analyze' }; sends: number; resolve(r: EngineResult): void; reject(e: Error): void }>();
  const info = new Map<string, RuleInfo>();

  const onMessage = (message: unknown) => {
    const m = message as EngineReply;
    const p = pending.get(m?.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.type === 'error') return p.reject(new Error(m.message));
    for (const [id, r] of Object.entries(m.rules ?? {})) info.set(id, r);
    p.resolve({ findings: m.findings, status: m.status });
  };

  const connect = (): PortLike => {
    if (port) return port;
    const p = runtime.connect({ name: ENGINE_PORT });
    port = p;
    p.onMessage.addListener(onMessage);
    p.onDisconnect.addListener(() => {
      // Read, so Chrome does not log "Unchecked runtime.lastError" when nothing listened yet (handled below).
      void runtime.lastError;
      if (port !== p) return;
      port = undefined;
      // The background went away (service worker stopped, extension reloaded): send again what had no answer.
      const waiting = [...pending.values()];
      if (waiting.length === 0 || disposed) return;
      for (const w of waiting) {
        if (w.sends >= MAX_RESENDS) {
          pending.delete(w.request.id);
          w.reject(new Error('The background did not answer.'));
        }
      }
      if (pending.size === 0) return;
      // Nobody answered the port (the engine's document is gone or not up yet): the worker makes sure it is.
      if (runtime.sendMessage) void runtime.sendMessage({ type: ENSURE_ENGINE }).catch(() => undefined).then(() => !disposed && resend());
      else queueMicrotask(() => resend());
    });
    return p;
  };

  const post = (message: EngineRequest): boolean => {
    try {
      connect().postMessage(message);
      return true;
    } catch {
      // Extension context invalidated (the extension was reloaded): nothing will answer.
      port = undefined;
      return false;
    }
  };

  const resend = () => {
    for (const w of [...pending.values()]) {
      w.sends++;
      if (!post(w.request)) {
        pending.delete(w.request.id);
        w.reject(new Error('The extension is gone.'));
      }
    }
  };

  return {
    offPage: true,
    analyze(editor, text, context) {
      if (disposed) return Promise.reject(new Error('disposed'));
      const request = { type: 'analyze' as const, id: nextId++, editor, text, context };
      return new Promise<EngineResult>((resolve, reject) => {
        pending.set(request.id, { request, sends: 1, resolve, reject });
        if (!post(request)) {
          pending.delete(request.id);
          reject(new Error('The extension is gone.'));
        }
      });
    },
    release(editor) {
      if (port && !disposed) post({ type: 'release', editor });
    },
    setSettings() {
      if (!disposed) post({ type: 'settings' });
    },
    ruleInfo: (rule) => info.get(rule) ?? { category: 'custom', title: rule, why: '' },
    dispose() {
      disposed = true;
      for (const p of pending.values()) p.reject(new Error('disposed'));
      pending.clear();
      try {
        port?.disconnect();
      } catch {
        /* already gone */
      }
      port = undefined;
    },
  };
}
