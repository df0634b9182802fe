/** The history as a table: the chart's numbers, plus the findings per rule each day. */
import type { HistoryDay } from '../../history/history';
import { meanScore } from '../../history/history';
import { ruleLabel, shortDay } from './labels';

export function HistoryTable({ days }: { days: readonly HistoryDay[] }) {
  return (
    <table class="wl-table">
      <caption class="wl-visually-hidden">Warmth score and findings per day</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Warmth</th>
          <th scope="col">Findings</th>
        </tr>
      </thead>
      <tbody>
        {[...days].reverse().map((d) => {
          const rules = Object.entries(d.counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
          return (
            <tr key={d.day}>
              <th scope="row">{shortDay(d.day)}</th>
              <td>{meanScore(d) ?? '–'}</td>
              <td>{rules.length === 0 ? 'none' : rules.map(([rule, n]) => `${ruleLabel(rule)} ${n}`).join(', ')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
