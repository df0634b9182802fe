// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { clockFor } from '../../src/content/clock';

/** The part of WXT's ctx the clock uses, with the abort listeners counted. */
function fakeCtx() {
  const controller = new AbortController();
  const listeners = new Set<unknown>();
  const signal = controller.signal;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((type: string, fn: EventListener, o?: AddEventListenerOptions) => (listeners.add(fn), add(type, fn, o))) as typeof signal.addEventListener;
  signal.removeEventListener = ((type: string, fn: EventListener) => (listeners.delete(fn), remove(type, fn))) as typeof signal.removeEventListener;
  const ctx = { signal, get isValid() { return !signal.aborted; } } as unknown as ContentScriptContext;
  return { ctx, listeners, invalidate: () => controller.abort() };
}

const tick = (ms = 40) => new Promise((r) => setTimeout(r, ms));

describe('clockFor', () => {
  it('leaves no abort listener behind once a frame, idle callback or timeout has run', async () => {
    const { ctx, listeners } = fakeCtx();
    const clock = clockFor(ctx);
    const ran: string[] = [];
    for (let i = 0; i < 50; i++) clock.frame(() => ran.push('frame'));
    clock.idle(() => ran.push('idle'));
    clock.timeout(() => ran.push('timeout'), 1);
    expect(listeners.size).toBe(52);
    await tick(200);
    expect(ran.filter((r) => r === 'frame')).toHaveLength(50);
    expect(ran).toContain('idle');
    expect(ran).toContain('timeout');
    expect(listeners.size).toBe(0);
  });

  it('runs nothing after the script was invalidated, and a cancelled timeout never runs', async () => {
    const { ctx, invalidate } = fakeCtx();
    const clock = clockFor(ctx);
    const fn = vi.fn();
    const cancel = clock.timeout(fn, 5);
    cancel();
    clock.frame(fn);
    clock.idle(fn);
    clock.timeout(fn, 5);
    invalidate();
    await tick(200);
    expect(fn).not.toHaveBeenCalled();
  });
});
