/** The list of the draft's findings, opened from the chip; each item opens its card. */
import { useEffect, useRef } from 'preact/hooks';
import { SAFE_MODE_MESSAGE } from '../engine/safe-mode';
import type { UiActions, UiModel } from './model';

const LIST_WIDTH = 320;
const LIST_HEIGHT = 360;

export function List({ model, actions, focus }: { model: UiModel; actions: UiActions; focus: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const box = model.editorBox.value;
  const findings = model.findings.value;
  useEffect(() => {
    if (focus) ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [focus]);
  if (!box) return null;
  // Above the chip when there is room, else below it; always inside the viewport.
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const chipTop = box.bottom - 32;
  const above = chipTop > Math.min(LIST_HEIGHT, vh / 2);
  const style = {
    left: `${Math.max(8, Math.min(box.right - 6 - LIST_WIDTH, vw - LIST_WIDTH - 8))}px`,
    ...(above ? { bottom: `${vh - chipTop + 4}px`, maxHeight: `${chipTop - 12}px` } : { top: `${box.bottom + 2}px`, maxHeight: `${vh - box.bottom - 10}px` }),
  };
  return (
    <div
      ref={ref}
      data-wl="list"
      class="wl-panel wl-list"
      role="dialog"
      aria-label="Warmline suggestions for this reply"
      style={style}
      onMouseDown={(e) => e.preventDefault()}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        actions.closeList(true);
      }}
    >
      <h2>Suggestions</h2>
      {model.paused.value && (
        <p class="wl-empty" data-wl="paused" role="note">
          {SAFE_MODE_MESSAGE}
        </p>
      )}
      {findings.length === 0 ? (
        <p class="wl-empty">Nothing to warm up in this reply.</p>
      ) : (
        <ul>
          {findings.map((f) => (
            <li key={f.key}>
              <button type="button" data-wl="item" data-rule={f.rule} class={`wl-accent-${f.category}`} onClick={(e) => actions.openCard(f.key, e.detail === 0)}>
                <span class="wl-title">{f.title}</span>
                <span class="wl-flagged">{f.flagged ? `“${f.flagged}”` : f.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
