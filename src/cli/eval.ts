/** Precision, recall and F1 per rule over labelled replies, as the dev set's README defines them. */
export interface Score {
  rule: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function score(rule: string, pairs: { predicted: boolean; label: boolean }[]): Score {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const { predicted, label } of pairs) {
    if (predicted && label) tp++;
    else if (predicted) fp++;
    else if (label) fn++;
    else tn++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { rule, tp, fp, fn, tn, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

export function formatScores(scores: Score[]): string {
  const f = (n: number) => n.toFixed(3);
  const rows = scores.map((s) => `| ${s.rule} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.tn} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} |`);
  const macro = scores.reduce((a, s) => a + s.f1, 0) / (scores.length || 1);
  const zero = scores.filter((s) => s.tp + s.fp === 0 || s.tp + s.fn === 0).map((s) => s.rule);
  return [
    '| rule | TP | FP | FN | TN | precision | recall | F1 |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    `| macro F1 | | | | | | | ${f(macro)} |`,
    ...(zero.length ? [`(a 0 above means no predictions or no positive labels for: ${zero.join(', ')})`] : []),
  ].join('\n');
}

/** One wrong call of one rule on one reply: what a team lead reads to see why. */
export interface EvalError {
  id: string;
  rule: string;
  kind: 'false positive' | 'false negative';
  /** For a false positive, the flagged words (or "(at N)" for a missing-X finding) and the message. */
  findings: { flagged: string; message: string }[];
}

export function formatErrors(errors: EvalError[]): string {
  if (errors.length === 0) return 'No false positives or false negatives.';
  const byRule = new Map<string, EvalError[]>();
  for (const e of errors) byRule.set(e.rule, [...(byRule.get(e.rule) ?? []), e]);
  const out: string[] = [];
  for (const [rule, list] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`## ${rule}`);
    for (const e of list) {
      out.push(`${e.kind === 'false positive' ? 'FP' : 'FN'} ${e.id}`);
      for (const f of e.findings) out.push(`    “${f.flagged}” — ${f.message}`);
    }
  }
  return out.join('\n');
}
