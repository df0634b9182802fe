/**
 * The mean warmth score per day as bars on a calendar axis (days without records stay empty), inline SVG.
 * Screen readers get the summary as the image's name; the same numbers are in HistoryTable.
 */
import type { HistoryDay } from '../../history/history';
import { meanScore } from '../../history/history';
import { dayNumber } from '../../history/messages';
import { plural, shortDay } from './labels';

const W = 320;
const H = 96;
const TOP = 6;
const BOTTOM = 16;

export function chartSummary(days: readonly HistoryDay[]): string {
  const scored = days.filter((d) => d.samples > 0);
  const first = scored[0];
  const last = scored[scored.length - 1];
  if (!first || !last) return 'No warmth scores recorded yet.';
  const findings = days.reduce((n, d) => n + Object.values(d.counts).reduce((a, b) => a + b, 0), 0);
  const flagged = `${plural(findings, 'finding')} in all`;
  if (first === last) return `Mean warmth score ${meanScore(first)} on ${shortDay(first.day)}; ${flagged}.`;
  return (
    `Mean warmth score by day over ${plural(scored.length, 'day')}: ${meanScore(first)} on ${shortDay(first.day)}, ` +
    `${meanScore(last)} on ${shortDay(last.day)}; ${flagged}.`
  );
}

export function HistoryChart({ days }: { days: readonly HistoryDay[] }) {
  const summary = chartSummary(days);
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return <p class="wl-muted">{summary}</p>;
  const start = dayNumber(first.day)!;
  const span = dayNumber(last.day)! - start + 1;
  const slot = W / Math.max(span, 7);
  const barW = Math.max(1, slot * 0.7);
  const plotH = H - TOP - BOTTOM;
  const y = (score: number) => TOP + plotH * (1 - score / 100);
  return (
    <figure class="wl-chart">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={summary} focusable="false">
        <line class="wl-chart-grid" x1={0} x2={W} y1={y(50)} y2={y(50)} />
        <line class="wl-chart-grid" x1={0} x2={W} y1={y(100)} y2={y(100)} />
        {days.map((d) => {
          const s = meanScore(d);
          if (s === undefined) return null;
          const x = (dayNumber(d.day)! - start) * slot + (slot - barW) / 2;
          return (
            <rect key={d.day} class="wl-chart-bar" x={x} y={y(s)} width={barW} height={Math.max(1, plotH * (s / 100))}>
              <title>{`${shortDay(d.day)}: warmth ${s}`}</title>
            </rect>
          );
        })}
        <line class="wl-chart-axis" x1={0} x2={W} y1={TOP + plotH} y2={TOP + plotH} />
        <text class="wl-chart-label" x={0} y={H - 3}>
          {shortDay(first.day)}
        </text>
        {span > 1 && (
          <text class="wl-chart-label" x={W} y={H - 3} text-anchor="end">
            {shortDay(last.day)}
          </text>
        )}
      </svg>
      <figcaption class="wl-muted">{summary}</figcaption>
    </figure>
  );
}
