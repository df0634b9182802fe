/** The warmth score (0–100) and what would raise it most (src/engine/warmth.ts). */
import type { Raise } from '../../engine/warmth';
import { ruleLabel } from './labels';

export function WarmthScore({ score, raises }: { score: number; raises: readonly Raise[] }) {
  return (
    <div class="wl-score">
      <p class="wl-score-line">
        <span class="wl-score-num">{score}</span>
        <span class="wl-muted"> / 100 warmth</span>
      </p>
      <meter class="wl-meter" min={0} max={100} low={50} high={80} optimum={100} value={score} aria-label="Warmth score" />
      {raises.length > 0 && (
        <>
          <h3 class="wl-h3">What would raise it</h3>
          <ul class="wl-raises">
            {raises.map((r) => (
              <li key={r.rule}>
                Fix {ruleLabel(r.rule)}: <strong>+{r.points}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
