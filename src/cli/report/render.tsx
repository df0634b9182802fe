/**
 * The report as one self-contained HTML file: styles, Chart.js, the chart data and the drawing script are all
 * inline, and a Content-Security-Policy forbids any request, so it opens from disk anywhere, offline.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderToString } from 'preact-render-to-string';
import { firedRules, share, type Tally } from '../../batch/tally';
import { weekRules } from './Groups';
import { Page, type ReportMeta } from './Page';
import { bandLabels } from './Warmth';

const here = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');
const chartLibrary = () => readFileSync(join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js'), 'utf8');

/** Text safe inside a <script> element (no way to close it early). */
const scriptSafe = (s: string) => s.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

export function chartData(tally: Tally) {
  const rules = firedRules(tally);
  const weeks = Object.entries(tally.weeks).sort((a, b) => a[0].localeCompare(b[0]));
  return {
    compared: tally.compare !== undefined,
    rules: {
      labels: rules,
      before: rules.map((r) => share(tally.fired[r] ?? 0, tally.replies)),
      after: tally.compare && rules.map((r) => share(tally.compare!.fired[r] ?? 0, tally.replies)),
    },
    warmth: { labels: bandLabels(), before: tally.scores, after: tally.compare?.scores },
    weeks:
      weeks.length > 0
        ? { labels: weeks.map(([w]) => w), series: weekRules(tally).map((rule) => ({ rule, shares: weeks.map(([, g]) => share(g.fired[rule] ?? 0, g.replies)) })) }
        : undefined,
  };
}

const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

export function renderReport(tally: Tally, meta: ReportMeta): string {
  const body = renderToString(<Page tally={tally} meta={meta} />);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Warmline report: ${tally.replies.toLocaleString('en')} replies</title>
<style>${here('./report.css')}</style>
</head>
<body>
${body}
<script type="application/json" id="report-data">${scriptSafe(JSON.stringify(chartData(tally)))}</script>
<script>${scriptSafe(chartLibrary())}</script>
<script>${scriptSafe(here('./charts.js'))}</script>
</body>
</html>
`;
}
