/** With --compare: the replies whose findings the compared pack changes. */
import type { Change, Tally } from '../../batch/tally';
import { Flagged } from '../../ui/Flagged';
import { num } from './labels';

export function Changes({ tally }: { tally: Tally }) {
  const c = tally.compare;
  if (!c) return null;
  return (
    <section id="changes" aria-labelledby="changes-h">
      <h2 id="changes-h">Replies the compared pack changes</h2>
      <p data-changed={c.changed}>
        {c.changed === 0 ? 'No reply would be coached differently.' : `${num(c.changed)} of ${num(tally.replies)} replies would be coached differently`}
        {c.changed > c.changes.length && `; ${num(c.changes.length)} of them, spread over the export, are shown`}.
      </p>
      {c.changes.length > 0 && <ChangeTable changes={c.changes.slice(0, SHOWN)} />}
      {c.changes.length > SHOWN && (
        <details>
          <summary>{num(c.changes.length - SHOWN)} more</summary>
          <ChangeTable changes={c.changes.slice(SHOWN)} />
        </details>
      )}
    </section>
  );
}

/** Changed replies shown before "more". */
const SHOWN = 8;

function ChangeTable({ changes }: { changes: Change[] }) {
  return (
        <table data-table="changes">
          <thead>
            <tr>
              <th scope="col">Reply</th>
              <th scope="col">No longer flagged</th>
              <th scope="col">Newly flagged</th>
              <th scope="col">Warmth</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((ch) => (
              <tr key={ch.id}>
                <td>
                  <div class="muted">{ch.id}</div>
                  <Flagged text={ch.excerpt} start={ch.start} end={ch.end} />
                </td>
                <td>{ch.removed.map((r) => <code key={r}>{r} </code>)}</td>
                <td>{ch.added.map((r) => <code key={r}>{r} </code>)}</td>
                <td>
                  {ch.before} → {ch.after}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
  );
}
