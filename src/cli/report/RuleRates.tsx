/** Per rule: the replies it fires on and their share (and, comparing, after the pack change), beside its chart. */
import { firedRules, share, type Tally } from '../../batch/tally';
import { describe, num, pct } from './labels';

export function RuleRates({ tally }: { tally: Tally }) {
  const list = firedRules(tally);
  const after = tally.compare;
  return (
    <section id="rules" aria-labelledby="rules-h">
      <h2 id="rules-h">How often each rule fires</h2>
      {list.length === 0 ? (
        <p>No rule fired on any reply.</p>
      ) : (
        <>
          <div class="chart" style={{ height: `${Math.max(160, list.length * (after ? 34 : 24) + 60)}px` }}>
            <canvas id="chart-rules" role="img" aria-label="Share of replies each rule fires on (the table below has the numbers)" />
          </div>
          <table data-table="rules">
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Replies</th>
                <th scope="col">Share</th>
                {after && <th scope="col">With the compared pack</th>}
                {after && <th scope="col">Change</th>}
              </tr>
            </thead>
            <tbody>
              {list.map((rule) => {
                const b = tally.fired[rule] ?? 0;
                const a = after?.fired[rule] ?? 0;
                return (
                  <tr key={rule} data-rule={rule}>
                    <th scope="row">
                      <code>{rule}</code>
                      {describe(rule) && <div class="muted">{describe(rule)}</div>}
                    </th>
                    <td data-before={b}>{num(b)}</td>
                    <td>{pct(share(b, tally.replies))}</td>
                    {after && (
                      <td data-after={a}>
                        {num(a)} ({pct(share(a, tally.replies))})
                      </td>
                    )}
                    {after && <td data-change={a - b}>{a === b ? '—' : `${a > b ? '+' : '−'}${num(Math.abs(a - b))}`}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
