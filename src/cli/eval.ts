/** Precision, recall and F1 per rule over labelled replies, as the dev set's README defines them. */
export interface Score {
  rule: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function score(rule: string, pairs: { predicted: boolean; label: boolean }[]): Score {
  let tp = 0, fp = 0, fn = 0;
  for (const { predicted, label } of pairs) {
    if (predicted && label) tp++;
    else if (predicted) fp++;
    else if (label) fn++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { rule, tp, fp, fn, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

export function formatScores(scores: Score[]): string {
  const f = (n: number) => n.toFixed(3);
  const rows = scores.map((s) => `| ${s.rule} | ${s.tp} | ${s.fp} | ${s.fn} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} |`);
  const macro = scores.reduce((a, s) => a + s.f1, 0) / (scores.length || 1);
  const zero = scores.filter((s) => s.tp + s.fp === 0 || s.tp + s.fn === 0).map((s) => s.rule);
  return [
    '| rule | TP | FP | FN | precision | recall | F1 |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    `| macro F1 | | | | | | ${f(macro)} |`,
    ...(zero.length ? [`(a 0 above means no predictions or no positive labels for: ${zero.join(', ')})`] : []),
  ].join('\n');
}
