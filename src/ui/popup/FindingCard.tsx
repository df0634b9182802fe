/** One finding: the rule, its message, the flagged words, and a button per suggestion. */
import { useId } from 'preact/hooks';
import type { FindingWithFlagged } from '../../content/messages';
import { ruleLabel } from './labels';

export interface FindingCardProps {
  finding: FindingWithFlagged;
  busy: boolean;
  onApply: (finding: FindingWithFlagged, index: number) => void;
}

export function FindingCard({ finding: f, busy, onApply }: FindingCardProps) {
  const id = useId();
  return (
    <li class={`wl-finding wl-level-${f.level}`} data-rule={f.rule}>
      <h4 class="wl-rule">{ruleLabel(f.rule)}</h4>
      <p class="wl-message">{f.message}</p>
      {f.flagged.trim() !== '' && (
        <p class="wl-flagged">
          <span class="wl-muted">Flagged: </span>
          <mark>{f.flagged}</mark>
        </p>
      )}
      <ul class="wl-suggestions" aria-label={`Suggestions for ${ruleLabel(f.rule)}`}>
        {f.suggestions.map((s, i) => (
          <li key={i}>
            <button type="button" disabled={busy} aria-describedby={`${id}-s${i}`} onClick={() => onApply(f, i)}>
              {s.label}
            </button>
            <span id={`${id}-s${i}`} class="wl-preview">
              {s.text.trim() === '' ? '(removes the flagged words)' : `“${s.text.trim()}”`}
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
}
