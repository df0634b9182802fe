/** By week (a chart of the main rules' shares) and by agent (a table), where the export has those columns. */
import { share, type Group, type Tally } from '../../batch/tally';
import { num, pct } from './labels';

/** The rules worth a line on the weekly chart: the most frequent few. */
export function weekRules(tally: Tally, limit = 5): string[] {
  return Object.entries(tally.fired)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([r]) => r);
}

function GroupTable({ groups, rules, name, label }: { groups: [string, Group][]; rules: string[]; name: string; label: string }) {
  return (
    <table data-table={name}>
      <thead>
        <tr>
          <th scope="col">{label}</th>
          <th scope="col">Replies</th>
          <th scope="col">Mean warmth</th>
          {rules.map((r) => (
            <th scope="col" key={r}>
              <code>{r}</code>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {groups.map(([key, g]) => (
          <tr key={key}>
            <th scope="row">{key}</th>
            <td>{num(g.replies)}</td>
            <td>{Math.round(g.scoreSum / g.replies)}</td>
            {rules.map((r) => (
              <td key={r}>{pct(share(g.fired[r] ?? 0, g.replies))}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Weeks({ tally }: { tally: Tally }) {
  const weeks = Object.entries(tally.weeks).sort((a, b) => a[0].localeCompare(b[0]));
  if (weeks.length === 0) return null;
  const rules = weekRules(tally);
  return (
    <section id="weeks" aria-labelledby="weeks-h">
      <h2 id="weeks-h">By week</h2>
      <p class="muted">
        Share of each week's replies the most frequent rules fire on (weeks start on Monday).
        {tally.undated > 0 && ` ${num(tally.undated)} replies had no readable date and are left out here.`}
      </p>
      <div class="chart" style={{ height: '260px' }}>
        <canvas id="chart-weeks" role="img" aria-label="Weekly share of replies per rule (the table below has the numbers)" />
      </div>
      <details>
        <summary>The numbers</summary>
        <GroupTable groups={weeks} rules={rules} name="weeks" label="Week of" />
      </details>
    </section>
  );
}

export function Agents({ tally }: { tally: Tally }) {
  const agents = Object.entries(tally.agents).sort((a, b) => b[1].replies - a[1].replies || a[0].localeCompare(b[0]));
  if (agents.length === 0) return null;
  return (
    <section id="agents" aria-labelledby="agents-h">
      <h2 id="agents-h">By agent</h2>
      <p class="muted">For coaching conversations, not rankings: a rule's share depends on the tickets an agent gets.</p>
      <GroupTable groups={agents} rules={weekRules(tally, 6)} name="agents" label="Agent" />
    </section>
  );
}
