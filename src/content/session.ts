/**
 * One coached editor: its text, its findings (dismissed ones hidden), and the rhythm of re-analysis.
 * Input marks the session dirty; the next animation frame reads the text (cheap) and moves the underlines
 * with the edit; analysis runs when the page is idle, so typing never waits for the engine. With the engine
 * off the page the coach makes "frame" and "idle" the end of the input's task and gives `beforeRender`: the
 * text is sent first, and the moved underlines are painted in the frame, unless the answer came before it.
 */
import type { Finding } from '../engine/types';
import type { EditorAdapter, Mark } from '../editors/types';
import { shiftFindings } from './shift';

export interface SessionDeps {
  /**
   * Findings for `text`: at once (the engine in this page: tests, the options page) or later (the engine in
   * the background). An answer that comes back after newer text was read is moved onto the current text
   * (shift.ts) and a newer analysis follows; an answer older than one already shown is dropped (latest wins).
   */
  analyze(text: string): Finding[] | Promise<Finding[]>;
  categoryOf(rule: string): string;
  /** Runs `fn` once in the next animation frame. */
  frame(fn: () => void): void;
  /** Runs `fn` once when the page is idle (with a short deadline). */
  idle(fn: () => void): void;
  /** The text or the visible findings changed. */
  changed(session: Session): void;
  /**
   * Findings for `text` were just painted (the bench's keystroke-to-underline measure); `timing` says when
   * that text went to the engine and when its findings came back (`now`'s clock), when `now` is given.
   */
  painted?(session: Session, text: string, timing?: PaintTiming): void;
  /** A clock for `painted`'s timing (the bench's debug mode only). */
  now?(): number;
  /**
   * Runs `fn` before the next rendering (an animation frame). When given, the underlines an edit moved are
   * painted there instead of at once: the text goes to the engine first, and when its findings come back
   * before the frame, the keystroke costs one paint, not two.
   */
  beforeRender?(fn: () => void): void;
}

export interface PaintTiming {
  sent: number;
  answered: number;
}

export interface Session {
  readonly adapter: EditorAdapter;
  /** The text the findings' offsets refer to. */
  readonly text: string;
  /** Current findings, dismissed ones left out, sorted by position. */
  readonly findings: readonly Finding[];
  /** A stable key per finding: rule, flagged words and occurrence (survives typing elsewhere). */
  keyOf(f: Finding): string;
  find(key: string): Finding | undefined;
  /** Input happened. */
  edited(): void;
  /** Reads the text now; returns whether it changed since the findings were computed. */
  sync(): boolean;
  /** Re-analyses at the next idle moment (settings or the customer's message changed). */
  reanalyze(): void;
  /** Re-analyses right away. */
  analyzeNow(): void;
  /** Hides this finding (rule + flagged words) for this draft. */
  dismiss(key: string): void;
  dispose(): void;
}

export const dismissKey = (f: Finding, text: string) => `${f.rule}\u0000${text.slice(f.start, f.end)}`;

export function createSession(adapter: EditorAdapter, deps: SessionDeps): Session {
  let text = adapter.read();
  let all: Finding[] = [];
  let visible: Finding[] = [];
  let keys = new Map<Finding, string>();
  const dismissed = new Set<string>();
  let frameQueued = false;
  let idleQueued = false;
  let analysedText: string | undefined;
  let disposed = false;
  /** Sequence numbers of analyses asked and of the newest one shown; one asynchronous analysis in flight. */
  let asked = 0;
  let shown = 0;
  let inFlight = false;
  let again = false;
  /** The text of the analysis in flight, and whether the next one must run even for that same text. */
  let inFlightText: string | undefined;
  let forced = false;

  /** `visible` changed since it was last painted and shown (the paint waits for `beforeRender`). */
  let stale = false;
  let renderQueued = false;

  /** The visible findings and their keys, from `all` and the dismissed set. */
  const recompute = () => {
    // Nothing dismissed (the usual case): no key to build per finding. `all` is never changed in place.
    visible = dismissed.size === 0 ? all : all.filter((f) => !dismissed.has(dismissKey(f, text)));
    keys = new Map();
    const seen = new Map<string, number>();
    for (const f of visible) {
      const base = `${f.rule}:${text.slice(f.start, f.end)}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      keys.set(f, n === 0 ? base : `${base}#${n}`);
    }
  };

  /** Paints the visible findings and tells the coach. */
  const present = () => {
    stale = false;
    const marks: Mark[] = visible.map((f) => ({ start: f.start, end: f.end, rule: f.rule, category: deps.categoryOf(f.rule) }));
    adapter.paint(marks);
    deps.changed(session);
  };

  const refresh = () => {
    recompute();
    present();
  };

  /** Paints the moved findings before the next rendering, unless an answer painted them first. */
  const presentSoon = () => {
    if (!deps.beforeRender) return present();
    stale = true;
    if (renderQueued) return;
    renderQueued = true;
    deps.beforeRender(() => {
      renderQueued = false;
      if (!disposed && stale) present();
    });
  };

  const accept = (seq: number, analysed: string, findings: Finding[], sent?: number) => {
    if (disposed || seq < shown) return;
    const answered = deps.now?.();
    shown = seq;
    // Text typed while the engine worked: keep the findings on their words until the next answer.
    all = analysed === text ? findings : shiftFindings(analysed, text, findings);
    analysedText = analysed;
    refresh();
    deps.painted?.(session, analysed, sent !== undefined && answered !== undefined ? { sent, answered } : undefined);
  };

  const analyzeNow = () => {
    if (disposed) return;
    if (inFlight) {
      // The text on its way already gets its answer: ask again only for a newer text, or when told to.
      if (forced || adapter.read() !== inFlightText) again = true;
      return;
    }
    forced = false;
    text = adapter.read();
    // A sent reply empties the editor: the next draft starts with nothing dismissed.
    if (text.trim() === '') dismissed.clear();
    const seq = ++asked;
    const analysed = text;
    const sent = deps.now?.();
    const out = deps.analyze(analysed);
    if (Array.isArray(out)) return accept(seq, analysed, out, sent);
    inFlight = true;
    inFlightText = analysed;
    const settle = () => {
      inFlight = false;
      inFlightText = undefined;
      if (disposed) return;
      if (again) {
        again = false;
        analyzeNow();
      } else if (analysedText !== adapter.read()) queueIdle();
    };
    out.then(
      (findings) => {
        accept(seq, analysed, findings, sent);
        settle();
      },
      () => settle(),
    );
  };

  const sync = (): boolean => {
    const now = adapter.read();
    if (now === text) return analysedText !== text;
    all = shiftFindings(text, now, all);
    text = now;
    recompute();
    presentSoon();
    return true;
  };

  const queueIdle = () => {
    if (idleQueued) return;
    idleQueued = true;
    deps.idle(() => {
      idleQueued = false;
      if (!disposed && (analysedText !== adapter.read() || analysedText === undefined)) analyzeNow();
    });
  };

  const session: Session = {
    adapter,
    get text() {
      return text;
    },
    get findings() {
      return visible;
    },
    keyOf: (f) => keys.get(f) ?? `${f.rule}:${text.slice(f.start, f.end)}`,
    find: (key) => visible.find((f) => keys.get(f) === key),
    edited() {
      if (frameQueued || disposed) return;
      frameQueued = true;
      deps.frame(() => {
        frameQueued = false;
        if (disposed) return;
        if (sync()) queueIdle();
      });
    },
    sync,
    reanalyze() {
      analysedText = undefined;
      // Settings changed, or parsing stopped at the budget: the same text must be analysed again.
      forced = true;
      queueIdle();
    },
    analyzeNow,
    dismiss(key) {
      const f = session.find(key);
      if (!f) return;
      dismissed.add(dismissKey(f, text));
      refresh();
    },
    dispose() {
      disposed = true;
      adapter.dispose();
    },
  };
  return session;
}
