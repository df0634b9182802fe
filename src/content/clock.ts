/** The coach's timing, built on WXT's ctx so every frame, idle callback and timer ends with the script. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Clock } from './coach';

export function clockFor(ctx: ContentScriptContext): Clock {
  return {
    signal: ctx.signal,
    frame: (fn) => void ctx.requestAnimationFrame(() => fn()),
    idle: (fn) =>
      typeof requestIdleCallback === 'function' ? void ctx.requestIdleCallback(() => fn(), { timeout: 150 }) : void ctx.setTimeout(fn, 30),
    timeout(fn, ms) {
      const id = ctx.setTimeout(fn, ms);
      return () => clearTimeout(id);
    },
    valid: () => ctx.isValid,
  };
}
