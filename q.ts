import { readFileSync } from 'node:fs';
import { createAnalyzer } from './src/engine/analyzer';
const a = createAnalyzer();
let tp = 0, fp = 0, fn = 0, tn = 0;
for (const line of readFileSync(process.argv[2]!, 'utf8').trim().split('\n')) {
  const [label, customer, text] = line.split('\t');
  const rule = process.argv[3] ?? 'deflection';
  const f = a.analyze(text!, { customer }).filter((x) => x.rule === rule);
  const got = f.length > 0, want = label === '1';
  if (got && want) tp++; else if (got) fp++; else if (want) fn++; else tn++;
  if (got !== want) console.log(want ? 'FN' : 'FP', '|', text, '|', f.map((x) => text!.slice(x.start, x.end)).join(' / '));
}
console.log({ tp, fp, fn, tn });
