/**
 * The ways into a finding from a document (the top one or a same-origin frame): the pointer over or on an
 * underline, the keyboard shortcut (Alt+Shift+W) and Escape, and what makes the UI re-position (scroll,
 * resize, fonts). Pointer positions are given in top-frame viewport coordinates. Events inside Warmline's
 * own UI are not reported. Every listener ends with `signal`.
 */
import { frameOffset } from '../editors/geometry';
import { UI_TAG } from './detector';

export interface InteractionHandlers {
  /** The pointer moved to (x, y) over `target` (the innermost node, through open shadow roots). */
  pointer(x: number, y: number, target: EventTarget | null): void;
  click(x: number, y: number, target: EventTarget | null): void;
  /** Alt+Shift+W in `target`; returns whether Warmline acted on it (then the key is swallowed). */
  shortcut(target: EventTarget | null): boolean;
  /** Escape outside the UI; returns whether something was closed (then the key is swallowed). */
  escape(): boolean;
  /** Something moved: re-position the chip, card and overlays. */
  moved(): void;
}

export const isShortcut = (e: KeyboardEvent) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyW';

const inOwnUi = (e: Event) => e.composedPath().some((n) => (n as Element).tagName === UI_TAG);

export function listenForInteractions(doc: Document, signal: AbortSignal, h: InteractionHandlers): void {
  const opts = (passive: boolean) => ({ capture: true, passive, signal });
  const toTop = (e: MouseEvent) => {
    const off = frameOffset(doc);
    return { x: e.clientX + off.x, y: e.clientY + off.y };
  };
  doc.addEventListener(
    'mousemove',
    (e) => {
      if (inOwnUi(e)) return;
      const { x, y } = toTop(e);
      h.pointer(x, y, e.composedPath()[0] ?? null);
    },
    opts(true),
  );
  doc.addEventListener(
    'click',
    (e) => {
      if (inOwnUi(e)) return;
      const { x, y } = toTop(e);
      h.click(x, y, e.composedPath()[0] ?? null);
    },
    opts(true),
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      if (inOwnUi(e)) return;
      const acted = e.key === 'Escape' ? h.escape() : isShortcut(e) ? h.shortcut(e.composedPath()[0] ?? null) : false;
      if (!acted) return;
      e.preventDefault();
      if (e.key !== 'Escape') e.stopPropagation();
    },
    opts(false),
  );
  doc.addEventListener('scroll', h.moved, opts(true));
  doc.defaultView?.addEventListener('resize', h.moved, { passive: true, signal });
  // A web font arriving changes the text's metrics: the textarea overlay must follow.
  doc.fonts?.addEventListener('loadingdone', h.moved, { signal });
}
