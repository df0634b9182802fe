/**
 * The coach: one session per reply editor, the active (focused or last focused) one shown in the UI, the
 * pointer and keyboard ways into a finding's card, and applying or dismissing. It knows nothing about how
 * editors are found (scanner.ts) or how the page talks to the extension (runtime.ts).
 */
import type { Context, Finding } from '../engine/types';
import { createAdapter } from '../editors';
import { createHighlightPainter } from '../editors/highlights';
import type { AdapterEnv } from '../editors/types';
import type { Settings } from '../settings/schema';
import { highlightCss } from '../ui/colors';
import { mountUi, type UiHost } from '../ui/host';
import { createUiModel, type Box, type OpenedBy, type UiActions, type UiFinding } from '../ui/model';
import { sameBox, sameUiFindings } from '../ui/same';
import { editableRoot } from './detector';
import { boundingBox, findingAtCaret, findingAtPoint } from './hit';
import { listenForInteractions } from './interactions';
import type { FindingWithFlagged, GetStateResponse } from './messages';
import type { CoachEngine, EngineResult } from './engine';
import { createSession, type Session } from './session';
import { siteContext, type SiteAdapter } from './site';

export interface Clock {
  /** Ends with the content script (ctx.signal). */
  signal: AbortSignal;
  frame(fn: () => void): void;
  idle(fn: () => void): void;
  /** Runs `fn` after `ms`; returns the cancel function. */
  timeout(fn: () => void, ms: number): () => void;
  /** False once the extension was reloaded or removed (and tears everything down when so). */
  valid(): boolean;
}

export interface CoachOptions {
  doc: Document;
  site: SiteAdapter;
  /**
   * The engine: in the background for the content script (engine-client.ts: compromise never loads on the
   * page), in this page for tests (local-engine.ts). The coach never imports the engine itself.
   */
  engine: CoachEngine;
  clock: Clock;
  /** Tells the background the active draft's finding count (the toolbar badge). */
  sendCount(count: number): void;
  /** The active draft's findings changed (which rules, how many): for the local history, counts only. */
  onFindingsChanged?(findings: readonly Finding[]): void;
}

export interface Coach {
  found(el: HTMLElement): void;
  lost(el: HTMLElement): void;
  focused(el: HTMLElement): void;
  /** Listens for pointer, keyboard, scroll and resize in a document (top or same-origin frame). */
  listenIn(doc: Document, signal: AbortSignal): void;
  setSettings(settings: Settings): void;
  state(): GetStateResponse;
  applySuggestion(rule: string, start: number, end: number, suggestion: number): Promise<boolean>;
  dispose(): void;
}

const HOVER_CLOSE_MS = 350;
export { ANALYSIS_BUDGET_MS } from './local-engine-budget';

export function createCoach(o: CoachOptions): Coach {
  const { doc: topDoc, site, clock } = o;
  const model = createUiModel();
  const sessions = new Map<HTMLElement, Session>();
  const cleanups = new Map<Session, () => void>();
  const engine = o.engine;
  const ruleInfo = (rule: string) => engine.ruleInfo(rule);
  let nextEditorKey = 0;
  const soon = (fn: () => void) => queueMicrotask(() => clock.valid() && fn());
  /** The bench's measure (test/bench/browser.bench.ts): `data-painted` on the host after each analysis shown. */
  const debug = topDoc.documentElement.hasAttribute('data-warmline-debug');
  let analysisFailed = false;
  /** Sessions whose last analysis was in safe mode (checks left out to keep typing smooth). */
  const paused = new WeakSet<Session>();
  let active: Session | undefined;
  let lastCount = 0;
  let lastSignature = '';
  /** The caret when a card or the list took the focus, to put it back on Escape. */
  let savedCaret: number | null = null;
  let pointerInCard = false;
  let cancelHoverClose: (() => void) | undefined;
  let repositionQueued = false;
  let pointer: { x: number; y: number; target: EventTarget | null } | undefined;
  let hoverQueued = false;

  const highlights = createHighlightPainter(highlightCss());
  let ui: UiHost | undefined;
  const env: AdapterEnv = { highlights, overlayLayer: () => ui?.layer };

  // The customer's message, their first name, the agent's name and the channel, as the site adapter reads them.
  const context = (): Context => siteContext(site, topDoc);

  const toUi = (s: Session, f: Finding): UiFinding => {
    const info = ruleInfo(f.rule);
    return {
      key: s.keyOf(f),
      rule: f.rule,
      category: info.category,
      title: info.title,
      message: f.message,
      why: info.why,
      flagged: s.text.slice(f.start, f.end),
      suggestions: f.suggestions.map((x) => ({ label: x.label, text: x.text })),
    };
  };

  const visibleBox = (s: Session): Box | null => {
    const b = s.adapter.box();
    const view = topDoc.defaultView!;
    if (b.width === 0 && b.height === 0) return null;
    if (b.bottom < 0 || b.top > view.innerHeight || b.right < 0 || b.left > view.innerWidth) return null;
    return { left: b.left, top: b.top, right: Math.min(b.right, view.innerWidth), bottom: Math.min(b.bottom, view.innerHeight) };
  };

  const findingAnchor = (s: Session, f: Finding): Box => {
    const box = boundingBox(s.adapter.rects(f.start, f.end));
    if (box) return box;
    const e = s.adapter.box();
    return { left: e.right - 340, top: e.bottom - 34, right: e.right, bottom: e.bottom - 34 };
  };

  const setEditorBox = (box: Box | null) => {
    if (!sameBox(model.editorBox.value, box)) model.editorBox.value = box;
  };

  /** Pushes the active session's findings to the UI, the host attribute and the badge. */
  const show = () => {
    const s = active;
    const next = s ? s.findings.map((f) => toUi(s, f)) : [];
    // Unchanged (the findings only moved with the typing): keep the old values so nothing re-renders.
    const findings = sameUiFindings(model.findings.value, next) ? model.findings.value : next;
    model.findings.value = findings;
    setEditorBox(s ? visibleBox(s) : null);
    model.paused.value = !!s && paused.has(s);
    ui?.host.toggleAttribute('data-safe-mode', model.paused.value);
    ui?.setFindings(findings.map((f) => f.rule));
    const card = model.card.value;
    if (card && !findings.some((f) => f.key === card.key)) model.card.value = null;
    if (findings.length !== lastCount && clock.valid()) {
      lastCount = findings.length;
      o.sendCount(lastCount);
    }
    const signature = s ? findings.map((f) => f.rule).sort().join(',') : '';
    if (!s) lastSignature = '';
    else if (signature !== lastSignature && clock.valid()) {
      lastSignature = signature;
      o.onFindingsChanged?.(s.findings);
    }
  };

  const activate = (s: Session | undefined) => {
    if (active === s) return;
    active = s;
    model.card.value = null;
    model.list.value = null;
    show();
  };

  const returnFocus = () => {
    const s = active;
    if (!s || !ui) return;
    // Only when the focus is in our UI (keyboard use); a mouse user's focus never left the editor.
    if (!ui.shadow.activeElement) return;
    const caret = savedCaret ?? s.adapter.caret() ?? s.text.length;
    s.adapter.select(caret);
  };

  const closeCard = (focusBack: boolean) => {
    cancelHoverClose?.();
    if (!model.card.value) return;
    if (focusBack) returnFocus();
    model.card.value = null;
  };

  const openCard = (s: Session, f: Finding, via: OpenedBy, focus: boolean) => {
    cancelHoverClose?.();
    if (s !== active) activate(s);
    // The caret to return to on Escape; when the focus is already in our UI (the list), it was saved then.
    if (via !== 'hover' && !ui?.shadow.activeElement) savedCaret = s.adapter.caret();
    model.list.value = null;
    model.card.value = { key: s.keyOf(f), via, focus, anchor: findingAnchor(s, f) };
  };

  const actions: UiActions = {
    apply(key, index) {
      const s = active;
      const f = s?.find(key);
      if (!s || !f) return;
      void applyTo(s, f, index);
    },
    dismiss(key) {
      const s = active;
      if (!s) return;
      closeCard(true);
      s.dismiss(key);
    },
    openCard(key, focus) {
      const s = active;
      const f = s?.find(key);
      if (s && f) openCard(s, f, 'list', focus);
    },
    closeCard,
    toggleList(focus) {
      if (model.list.value) return actions.closeList(focus);
      if (!active) return;
      savedCaret = active.adapter.caret();
      model.card.value = null;
      model.list.value = { focus };
    },
    closeList(focusBack) {
      if (!model.list.value) return;
      if (focusBack) returnFocus();
      model.list.value = null;
    },
    pointerInCard(inside) {
      pointerInCard = inside;
      if (inside) cancelHoverClose?.();
      else scheduleHoverClose();
    },
  };

  const applyTo = async (s: Session, f: Finding, index: number): Promise<boolean> => {
    const suggestion = f.suggestions[index];
    if (!suggestion) return false;
    // The findings must describe the text as it is now: typing since the last read moves or drops them.
    s.sync();
    const current = s.find(s.keyOf(f));
    const now = current?.suggestions.find((x) => x.label === suggestion.label && x.text === suggestion.text);
    if (!current || !now) return false;
    cancelHoverClose?.();
    model.card.value = null;
    const ok = await s.adapter.apply({ start: now.start, end: now.end, text: now.text });
    if (ok) s.analyzeNow();
    return ok;
  };

  const scheduleHoverClose = () => {
    const card = model.card.value;
    if (!card || card.via !== 'hover' || pointerInCard) return;
    cancelHoverClose?.();
    cancelHoverClose = clock.timeout(() => {
      cancelHoverClose = undefined;
      if (model.card.value?.via === 'hover' && !pointerInCard) model.card.value = null;
    }, HOVER_CLOSE_MS);
  };

  const reposition = () => {
    repositionQueued = false;
    for (const s of sessions.values()) s.adapter.reposition();
    if (active) setEditorBox(visibleBox(active));
    const card = model.card.value;
    if (active && card) {
      const f = active.find(card.key);
      if (f) model.card.value = { ...card, anchor: findingAnchor(active, f) };
    }
  };
  const queueReposition = () => {
    if (repositionQueued) return;
    repositionQueued = true;
    clock.frame(reposition);
  };

  /** The session whose editor holds the event's innermost target (through open shadow roots). */
  const sessionOf = (target: EventTarget | null | undefined): Session | undefined => {
    const el = editableRoot(target as Node | null);
    return el ? sessions.get(el) : undefined;
  };

  const hoverCheck = () => {
    hoverQueued = false;
    const p = pointer;
    if (!p) return;
    const s = sessionOf(p.target);
    const hit = s ? findingAtPoint(s.adapter, s.findings, p.x, p.y) : undefined;
    const card = model.card.value;
    if (s && hit) {
      cancelHoverClose?.();
      if (!card || card.key !== s.keyOf(hit.finding)) {
        if (card && card.via !== 'hover') return; // a card the agent opened stays until closed
        openCard(s, hit.finding, 'hover', false);
      }
    } else {
      scheduleHoverClose();
    }
  };

  const listenIn = (doc: Document, signal: AbortSignal) =>
    listenForInteractions(doc, signal, {
      pointer(x, y, target) {
        pointer = { x, y, target };
        if (!hoverQueued) (hoverQueued = true), clock.frame(hoverCheck);
      },
      click(x, y, target) {
        const s = sessionOf(target);
        const hit = s ? findingAtPoint(s.adapter, s.findings, x, y) : undefined;
        if (s && hit) return openCard(s, hit.finding, 'click', false);
        closeCard(false);
        model.list.value = null;
      },
      escape() {
        if (!model.card.value && !model.list.value) return false;
        model.card.value = null;
        model.list.value = null;
        return true;
      },
      shortcut(target) {
        const s = sessionOf(target);
        if (!s || !clock.valid()) return false;
        s.sync();
        const caret = s.adapter.caret() ?? 0;
        const f = findingAtCaret(s.findings, caret);
        if (s !== active) activate(s);
        savedCaret = caret;
        if (f) openCard(s, f, 'keyboard', true);
        else model.list.value = { focus: true };
        return true;
      },
      moved: queueReposition,
    });

  const found = (el: HTMLElement) => {
    if (sessions.has(el) || !clock.valid()) return;
    const adapter = createAdapter(el, env);
    const editorKey = `editor-${nextEditorKey++}`;
    const failed = (error: unknown) => {
      // A broken rule (or team phrase) must not break the agent's page: show nothing, say why once.
      if (!analysisFailed) console.warn('Warmline: analysis failed', error);
      analysisFailed = true;
      return [];
    };
    const took = (result: EngineResult) => {
      if (result.status.safeMode) paused.add(session);
      else paused.delete(session);
      // Parsing stopped at the budget: go on at the next idle moment (parses are cached), never all at once.
      if (result.status.incomplete) clock.idle(() => session.reanalyze());
      return result.findings;
    };
    const session = createSession(adapter, {
      analyze: (text) => {
        try {
          const out = engine.analyze(editorKey, text, context());
          return 'then' in out ? out.then(took, failed) : took(out);
        } catch (error) {
          return failed(error);
        }
      },
      categoryOf: (rule) => ruleInfo(rule).category,
      // With the engine off the page, the text is read and sent at the end of the input's task (coalescing
      // the events of one edit); with it on the page, in the next frame and then when idle.
      frame: engine.offPage ? soon : clock.frame,
      idle: engine.offPage ? soon : clock.idle,
      // The underlines a keystroke moved are drawn in the frame, after the text went to the background.
      beforeRender: engine.offPage ? clock.frame : undefined,
      painted: debug
        ? (s, text, timing) => {
            if (s !== active || !ui) return;
            // The timing first: the bench's observer reads it when `data-painted` changes.
            if (timing) ui.host.setAttribute('data-painted-timing', `${timing.sent},${timing.answered}`);
            ui.host.setAttribute('data-painted', String(text.length));
          }
        : undefined,
      now: debug ? () => topDoc.defaultView!.performance.now() : undefined,
      changed: (s) => {
        if (s === active) show();
      },
    });
    sessions.set(el, session);
    const controller = new AbortController();
    const stop = () => controller.abort();
    clock.signal.addEventListener('abort', stop, { once: true });
    const edited = () => clock.valid() && session.edited();
    const listen = { signal: controller.signal, passive: true };
    el.addEventListener('input', edited, listen);
    el.addEventListener('scroll', queueReposition, listen);
    const win = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    const ro = win?.ResizeObserver ? new win.ResizeObserver(queueReposition) : undefined;
    ro?.observe(el);
    // Changes that fire no input event: the editor's own undo, a macro or template the helpdesk inserts.
    // The observer only marks the session dirty; the text is read once, in the next frame.
    let mo: MutationObserver | undefined;
    if (adapter.kind === 'textarea') {
      for (const type of ['change', 'keyup', 'focus'] as const) el.addEventListener(type, edited, listen);
    } else if (win?.MutationObserver) {
      mo = new win.MutationObserver(edited);
      mo.observe(el, { childList: true, characterData: true, subtree: true });
    }
    cleanups.set(session, () => {
      engine.release(editorKey);
      clock.signal.removeEventListener('abort', stop);
      controller.abort();
      ro?.disconnect();
      mo?.disconnect();
    });
    session.reanalyze();
  };

  const lost = (el: HTMLElement) => {
    const s = sessions.get(el);
    if (!s) return;
    sessions.delete(el);
    cleanups.get(s)?.();
    cleanups.delete(s);
    s.dispose();
    if (active === s) activate(undefined);
  };

  const focused = (el: HTMLElement) => {
    if (!clock.valid()) return;
    if (!sessions.has(el)) found(el);
    const s = sessions.get(el);
    if (s && s !== active) activate(s);
    queueReposition();
  };

  ui = mountUi(topDoc, model, actions);

  const dispose = () => {
    for (const el of [...sessions.keys()]) lost(el);
    highlights.dispose();
    ui?.dispose();
    ui = undefined;
    cancelHoverClose?.();
  };
  clock.signal.addEventListener('abort', dispose, { once: true });

  const withFlagged = (s: Session, f: Finding): FindingWithFlagged => ({ ...f, flagged: s.text.slice(f.start, f.end) });

  return {
    found,
    lost,
    focused,
    listenIn,
    setSettings(next) {
      engine.setSettings(next);
      for (const s of sessions.values()) s.reanalyze();
    },
    state() {
      const s = active;
      if (!s) return { findings: [], editor: false };
      s.sync();
      return { findings: s.findings.map((f) => withFlagged(s, f)), editor: true };
    },
    async applySuggestion(rule, start, end, index) {
      const s = active;
      if (!s) return false;
      s.sync(); // typing since the popup read the findings moves them: then the offsets no longer match
      const f = s.findings.find((x) => x.rule === rule && x.start === start && x.end === end);
      return f ? applyTo(s, f, index) : false;
    },
    dispose,
  };
}
