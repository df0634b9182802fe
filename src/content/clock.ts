/** The coach's timing, built on WXT's ctx so every frame, idle callback and timer ends with the script. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Clock } from './coach';

/**
 * A one-shot callback that ends with ctx: cancelled when the script is invalidated, and once it ran, nothing
 * of it stays. (ctx.requestAnimationFrame, setTimeout and requestIdleCallback each add an abort listener that
 * stays until the script ends: one per keystroke here, a leak that grows while the agent types.)
 */
function oneShot<T>(ctx: ContentScriptContext, schedule: (run: () => void) => T, cancel: (id: T) => void) {
  return (fn: () => void): (() => void) => {
    const stop = () => cancel(id);
    const id = schedule(() => {
      ctx.signal.removeEventListener('abort', stop);
      if (ctx.isValid) fn();
    });
    ctx.signal.addEventListener('abort', stop, { once: true });
    return () => {
      ctx.signal.removeEventListener('abort', stop);
      cancel(id);
    };
  };
}

export function clockFor(ctx: ContentScriptContext): Clock {
  const frame = oneShot(ctx, (run) => requestAnimationFrame(run), (id) => cancelAnimationFrame(id));
  const idle =
    typeof requestIdleCallback === 'function'
      ? oneShot(ctx, (run) => requestIdleCallback(run, { timeout: 150 }), (id) => cancelIdleCallback(id))
      : oneShot(ctx, (run) => setTimeout(run, 30), (id) => clearTimeout(id));
  return {
    signal: ctx.signal,
    frame: (fn) => void frame(fn),
    idle: (fn) => void idle(fn),
    timeout: (fn, ms) => oneShot(ctx, (run) => setTimeout(run, ms), (id) => clearTimeout(id))(fn),
    valid: () => ctx.isValid,
  };
}
