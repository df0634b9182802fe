/** A few replies per rule with what it flagged, spread over the export. */
import { firedRules, type Tally } from '../../batch/tally';
import { Flagged } from '../../ui/Flagged';

export function Examples({ tally }: { tally: Tally }) {
  const list = firedRules(tally).filter((r) => tally.examples[r]?.length);
  if (list.length === 0) return null;
  return (
    <section id="examples" aria-labelledby="examples-h">
      <h2 id="examples-h">Examples</h2>
      {list.map((rule) => (
        <div class="rule-examples" key={rule} data-examples={rule}>
          <h3>
            <code>{rule}</code>
          </h3>
          <ul>
            {tally.examples[rule]!.map((e) => (
              <li key={e.id}>
                <div class="muted">
                  {e.id} · {e.message}
                </div>
                <Flagged text={e.excerpt} start={e.start} end={e.end} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
