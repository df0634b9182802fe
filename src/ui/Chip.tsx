/** The floating status chip at the editor's bottom-right: the count, and the button that opens the list. */
import { SAFE_MODE_MESSAGE } from '../engine/safe-mode';
import type { UiActions, UiModel } from './model';

export const countLabel = (count: number) =>
  count === 0 ? 'Warmline: no suggestions' : `Warmline: ${count} suggestion${count === 1 ? '' : 's'}`;

export function Chip({ model, actions }: { model: UiModel; actions: UiActions }) {
  const box = model.editorBox.value;
  if (!box) return null;
  const count = model.findings.value.length;
  return (
    <button
      type="button"
      data-wl="chip"
      class="wl-chip"
      data-count={count}
      aria-label={countLabel(count)}
      title={model.paused.value ? SAFE_MODE_MESSAGE : undefined}
      aria-haspopup="dialog"
      aria-expanded={model.list.value !== null}
      style={{ left: `${box.right - 6}px`, top: `${box.bottom - 6}px` }}
      // Keep the editor's focus and caret when clicked with the mouse.
      onMouseDown={(e) => e.preventDefault()}
      // detail is 0 for a click made with the keyboard (Enter or Space).
      onClick={(e) => actions.toggleList(e.detail === 0)}
    >
      <span class="wl-dot" aria-hidden="true" />
      <span aria-hidden="true">{count}</span>
    </button>
  );
}
