import { describe, expect, it, vi } from 'vitest';
import { answerMessages, sendCount, type RuntimeLike } from '../../src/content/runtime';

function fakeRuntime() {
  const listeners: ((m: unknown, s: unknown) => Promise<unknown> | undefined)[] = [];
  const runtime: RuntimeLike = {
    onMessage: {
      addListener: (cb) => void listeners.push(cb),
      removeListener: (cb) => void listeners.splice(listeners.indexOf(cb), 1),
    },
    sendMessage: vi.fn(() => Promise.resolve(undefined)),
  };
  return { runtime, listeners, ask: (m: unknown) => listeners[0]!(m, {}) };
}

describe('runtime messages (content side)', () => {
  const state = { findings: [], editor: true };

  it('answers get-state and apply, and leaves other messages to other listeners', async () => {
    const { runtime, ask, listeners } = fakeRuntime();
    const apply = vi.fn(async () => true);
    const stop = answerMessages(runtime, { state: () => state, apply });
    expect(await ask({ type: 'warmline:get-state' })).toEqual(state);
    expect(await ask({ type: 'warmline:apply', rule: 'deflection', start: 3, end: 9, suggestion: 0 })).toEqual({ ok: true });
    expect(apply).toHaveBeenCalledWith({ type: 'warmline:apply', rule: 'deflection', start: 3, end: 9, suggestion: 0 });
    expect(ask({ type: 'warmline:record' })).toBeUndefined();
    expect(ask('nonsense')).toBeUndefined();
    stop();
    expect(listeners).toHaveLength(0);
  });

  it('refuses a malformed apply and reports a failed one as not ok', async () => {
    const { runtime, ask } = fakeRuntime();
    answerMessages(runtime, { state: () => state, apply: () => Promise.reject(new Error('boom')) });
    expect(await ask({ type: 'warmline:apply', rule: 'x', start: '1', end: 2, suggestion: 0 })).toEqual({ ok: false });
    expect(await ask({ type: 'warmline:apply', rule: 'x', start: 1, end: 2, suggestion: 0 })).toEqual({ ok: false });
  });

  it('sends the count and swallows a missing receiver or an invalidated context', () => {
    const { runtime } = fakeRuntime();
    sendCount(runtime, 3);
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'warmline:findings', count: 3 });
    runtime.sendMessage = () => Promise.reject(new Error('Receiving end does not exist.'));
    expect(() => sendCount(runtime, 1)).not.toThrow();
    runtime.sendMessage = () => {
      throw new Error('Extension context invalidated.');
    };
    expect(() => sendCount(runtime, 1)).not.toThrow();
  });
});
