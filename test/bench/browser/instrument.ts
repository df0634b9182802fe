/**
 * Installed in the fixture page before its own scripts (an init script): the keystroke and paint log the
 * bench reads back, and the page's own long-task observer. `data-warmline-debug` on <html> asks the content
 * script to mark each paint on <warmline-ui>: `data-painted` (the analysed text's length) and
 * `data-painted-timing` ("sent,answered": when the text went to the background and when its findings came
 * back, on the page's clock). Each paint also becomes a `performance.mark('wl-painted')`, which the trace
 * records on its own clock (trace.ts).
 */
export interface PageLog {
  /** keydown's timeStamp, and when the page saw the key's input event (the browser's own editing in between). */
  keys: { t: number; input?: number }[];
  paints: { t: number; len: number; sent?: number; answered?: number }[];
  longtasks: { start: number; duration: number }[];
  /** Set by the bench for the leak phase: the log stops growing, so the heap samples see only the page and the extension. */
  quiet?: boolean;
}

/** Runs in the page: given to addInitScript as source text. */
export function instrument(): void {
  const flag = () => document.documentElement?.setAttribute('data-warmline-debug', '');
  if (document.documentElement) flag();
  else document.addEventListener('readystatechange', flag, { once: true });
  const log: PageLog = { keys: [], paints: [], longtasks: [] };
  (window as unknown as { __bench: PageLog }).__bench = log;
  new PerformanceObserver((list) => {
    if (!log.quiet) for (const e of list.getEntries()) log.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('keydown', (e) => void (log.quiet || log.keys.push({ t: e.timeStamp })), true);
  document.addEventListener('input', () => {
    if (log.quiet) return;
    const k = log.keys[log.keys.length - 1];
    if (k && k.input === undefined) k.input = performance.now();
  }, true);
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target as Element;
      const len = el.getAttribute('data-painted');
      if (len === null || log.quiet) continue;
      const [sent, answered] = (el.getAttribute('data-painted-timing') ?? '').split(',').map(Number);
      performance.mark('wl-painted');
      log.paints.push({ t: performance.now(), len: Number(len), sent: Number.isFinite(sent) ? sent : undefined, answered: Number.isFinite(answered) ? answered : undefined });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-painted'] });
}

/** The init script's source (tsx wraps functions in an `__name` helper the page does not have). */
export const instrumentSource = `var __name = (f) => f; (${instrument.toString()})();`;
