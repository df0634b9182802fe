/**
 * The suggestion card: the message, why a customer feels it, the suggestions (one click applies) and Dismiss.
 * Buttons keep the editor's focus on mousedown, so applying leaves the caret in the editor after the
 * inserted text. Escape closes the card and returns the focus to the editor.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { CardState, UiActions, UiFinding } from './model';

const CARD_WIDTH = 340;
const ROOM_BELOW = 260;

export function Card({ finding: f, state, actions }: { finding: UiFinding; state: CardState; actions: UiActions }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state.focus) return;
    ref.current?.querySelector<HTMLButtonElement>('[data-wl="apply"], [data-wl="dismiss"]')?.focus();
  }, [state.key, state.focus]);

  const { anchor } = state;
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const above = anchor.bottom + ROOM_BELOW > vh && anchor.top > ROOM_BELOW;
  const style = {
    left: `${Math.max(8, Math.min(anchor.left, vw - CARD_WIDTH - 8))}px`,
    ...(above ? { bottom: `${vh - anchor.top + 6}px` } : { top: `${anchor.bottom + 6}px` }),
  };

  return (
    <div
      ref={ref}
      data-wl="card"
      data-rule={f.rule}
      role="dialog"
      aria-labelledby="wl-card-title"
      aria-describedby="wl-card-message"
      class={`wl-panel wl-card wl-accent-${f.category}`}
      style={style}
      onMouseDown={(e) => e.preventDefault()}
      onMouseEnter={() => actions.pointerInCard(true)}
      onMouseLeave={() => actions.pointerInCard(false)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        actions.closeCard(true);
      }}
    >
      <h2 id="wl-card-title">{f.title}</h2>
      <button type="button" class="wl-close" aria-label="Close" onClick={() => actions.closeCard(true)}>
        ×
      </button>
      <p class="wl-message" id="wl-card-message">
        {f.message}
      </p>
      {f.why && <p class="wl-why">{f.why}</p>}
      {f.suggestions.length > 0 && (
        <ul class="wl-suggestions" aria-label="Suggestions">
          {f.suggestions.map((s, i) => {
            const text = s.text.trim();
            const preview = text && !s.label.includes(text) ? text : '';
            return (
              <li key={i}>
                <button type="button" data-wl="apply" aria-label={preview ? `${s.label}: ${preview}` : s.label} onClick={() => actions.apply(f.key, i)}>
                  <strong>{s.label}</strong>
                  {preview && <span class="wl-preview">{preview}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div class="wl-actions">
        <button type="button" data-wl="dismiss" aria-label="Dismiss this suggestion for this draft" onClick={() => actions.dismiss(f.key)}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
