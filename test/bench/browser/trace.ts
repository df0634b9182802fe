/**
 * Where the page's main thread spent its time, from a Chromium trace (CDP Tracing on the page's session). The
 * long-animation-frame API cannot say: it gives extension code no script attribution at all (MDN,
 * PerformanceLongAnimationFrameTiming.scripts), so a bench that looks for chrome-extension:// there always
 * finds none. The trace has both what is needed, on one clock:
 * - the renderer main thread's tasks (`RunTask`), i.e. what blocks the page;
 * - V8's sampling profiler (`ProfileChunk`), whose stacks name the script of every frame: a sample with a
 *   chrome-extension:// frame anywhere in its stack is the extension's time (its own code and what it made
 *   the browser do synchronously: layout it forced, DOM calls);
 * - the content script's own evaluation (`EvaluateScript` with its URL: compile + first run);
 * - the page's `performance.mark`s (user timing), which tie the page's clock to the trace's.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
];

export interface Tracing {
  stop(): Promise<TraceEvent[]>;
}

export async function startTracing(cdp: CDPSession): Promise<Tracing> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: unknown[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } } as never);
  return {
    async stop() {
      const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect);
      return events;
    },
  };
}

/** A main-thread task, in trace microseconds. */
export interface Task {
  start: number;
  end: number;
  /** Of it, sampled time with an extension frame on the stack, or the extension's script evaluation (µs). */
  extension: number;
}

export interface MainThread {
  tasks: Task[];
  /** Trace time (µs) of the first performance.mark with this name, per name. */
  marks: Map<string, number[]>;
  /** Extension script evaluations (µs): the content script's compile + top-level run. */
  evaluations: { start: number; end: number; url: string }[];
  /** Extension time (µs) in [from, to), whether or not inside a task. */
  extensionBetween(from: number, to: number): number;
}

const EVALUATIONS = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'v8.run']);

const isExtension = (url: unknown) => typeof url === 'string' && url.startsWith('chrome-extension://');

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

/** The renderer main thread that holds the marks named `anchor` (the fixture page's). */
export function mainThread(events: readonly TraceEvent[], anchor: string): MainThread {
  const names = events.filter((e) => e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain');
  const markOwner = events.find((e) => e.name === anchor && e.cat.includes('blink.user_timing'));
  const main = markOwner ? { pid: markOwner.pid, tid: markOwner.tid } : names[0] ? { pid: names[0].pid, tid: names[0].tid } : undefined;
  if (!main) throw new Error('No renderer main thread in the trace.');
  const onMain = (e: TraceEvent) => e.pid === main.pid && e.tid === main.tid;

  // V8's samples on that thread: the Profile event sits on the thread, its chunks on the sampler thread.
  const profileIds = new Set(events.filter((e) => e.name === 'Profile' && onMain(e)).map((e) => `${e.pid}:${e.id}`));
  const starts = new Map(events.filter((e) => e.name === 'Profile' && onMain(e)).map((e) => [`${e.pid}:${e.id}`, (e.args as { data: { startTime: number } }).data.startTime]));
  const nodes = new Map<number, ProfileNode>();
  const raw: { t: number; id: number }[] = [];
  const clocks = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !profileIds.has(`${e.pid}:${e.id}`)) continue;
    const data = (e.args as { data: { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } }).data;
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const key = `${e.pid}:${e.id}`;
    let t = clocks.get(key) ?? starts.get(key) ?? 0;
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      t += deltas[i] ?? 0;
      raw.push({ t, id: ids[i]! });
    }
    clocks.set(key, t);
  }
  const extNode = new Map<number, boolean>();
  const touches = (id: number): boolean => {
    const known = extNode.get(id);
    if (known !== undefined) return known;
    const n = nodes.get(id);
    const ext = !!n && (isExtension(n.callFrame.url) || (n.parent !== undefined && touches(n.parent)));
    extNode.set(id, ext);
    return ext;
  };
  const samples = raw.sort((a, b) => a.t - b.t).map((s) => ({ t: s.t, ext: touches(s.id) }));

  // The extension's script compiles and top-level runs (a classic content script's EvaluateScript, or a module
  // the coach is loaded as), merged where they nest, so none is counted twice.
  const scriptUrl = (e: TraceEvent) => {
    const a = e.args as { data?: { url?: string }; fileName?: string } | undefined;
    return a?.data?.url ?? a?.fileName;
  };
  const evaluations: { start: number; end: number; url: string }[] = [];
  for (const e of events
    .filter((e) => onMain(e) && EVALUATIONS.has(e.name) && e.ph === 'X' && isExtension(scriptUrl(e)))
    .sort((a, b) => a.ts - b.ts)) {
    const last = evaluations[evaluations.length - 1];
    const end = e.ts + (e.dur ?? 0);
    if (last && e.ts <= last.end) last.end = Math.max(last.end, end);
    else evaluations.push({ start: e.ts, end, url: scriptUrl(e)! });
  }
  const inEvaluation = (t: number) => evaluations.some((v) => t >= v.start && t < v.end);

  // Prefix sums of sampled extension time: each sample stands for the time since the one before it (capped:
  // a gap in sampling is not all ours); samples inside an evaluation are counted by the evaluation instead.
  const prefix = [0];
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i]!;
    const w = i > 0 && s.ext && !inEvaluation(s.t) ? Math.min(s.t - samples[i - 1]!.t, 2000) : 0;
    prefix.push(prefix[i]! + w);
  }
  /** Index of the first sample at or after `t`. */
  const lowerBound = (t: number) => {
    let lo = 0;
    let hi = samples.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (samples[mid]!.t < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const extensionBetween = (from: number, to: number): number => {
    const evaluated = evaluations.reduce((sum, v) => sum + Math.max(0, Math.min(to, v.end) - Math.max(from, v.start)), 0);
    return evaluated + prefix[lowerBound(to)]! - prefix[lowerBound(from)]!;
  };

  const tasks = events
    .filter((e) => onMain(e) && e.name === 'RunTask' && e.ph === 'X')
    .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0), extension: 0 }));
  for (const t of tasks) t.extension = extensionBetween(t.start, t.end);

  const marks = new Map<string, number[]>();
  for (const e of events) {
    if (!onMain(e) || !e.cat.includes('blink.user_timing')) continue;
    const list = marks.get(e.name) ?? [];
    list.push(e.ts);
    marks.set(e.name, list);
  }
  return { tasks, marks, evaluations, extensionBetween };
}

/** Total blocking time over tasks (the part of each beyond 50 ms), in ms. */
export const blockingMs = (tasks: readonly Task[]) => tasks.reduce((n, t) => n + Math.max(0, (t.end - t.start) / 1000 - 50), 0);
