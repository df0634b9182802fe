/** The warmth scores' spread in ten-point bands, with mean and median. */
import { SCORE_BANDS, type Side, type Tally } from '../../batch/tally';
import { num } from './labels';

export const bandLabels = (): string[] => Array.from({ length: SCORE_BANDS }, (_, i) => (i === SCORE_BANDS - 1 ? '100' : `${i * 10}–${i * 10 + 9}`));

/** The band holding the middle reply. */
function medianBand(side: Side, replies: number): string {
  let seen = 0;
  for (let i = 0; i < side.scores.length; i++) {
    seen += side.scores[i]!;
    if (seen * 2 >= replies) return bandLabels()[i]!;
  }
  return '—';
}

export function Warmth({ tally }: { tally: Tally }) {
  const mean = (s: Side) => (tally.replies ? Math.round(s.scoreSum / tally.replies) : 0);
  return (
    <section id="warmth" aria-labelledby="warmth-h">
      <h2 id="warmth-h">Warmth score</h2>
      <p>
        Mean <strong data-mean={mean(tally)}>{mean(tally)}</strong>, middle reply in the {medianBand(tally, tally.replies)} band
        {tally.compare && (
          <>
            ; with the compared pack mean <strong>{mean(tally.compare)}</strong>, middle in {medianBand(tally.compare, tally.replies)}
          </>
        )}
        . 100 is a reply with nothing to warm; each finding takes points off.
      </p>
      <div class="chart" style={{ height: '220px' }}>
        <canvas id="chart-warmth" role="img" aria-label="Replies per warmth score band" />
      </div>
      <details>
        <summary>The numbers</summary>
        <table data-table="warmth">
          <thead>
            <tr>
              <th scope="col">Score</th>
              <th scope="col">Replies</th>
              {tally.compare && <th scope="col">With the compared pack</th>}
            </tr>
          </thead>
          <tbody>
            {bandLabels().map((label, i) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{num(tally.scores[i]!)}</td>
                {tally.compare && <td>{num(tally.compare.scores[i]!)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
