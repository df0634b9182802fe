import { readFileSync } from 'node:fs';
import { createAnalyzer } from './src/engine/analyzer';
const a = createAnalyzer();
for (const f of process.argv.slice(2)) for (const line of readFileSync(f, 'utf8').trim().split('\n')) {
  const [label, customer, text] = line.split('\t');
  const got = a.analyze(text!, { customer }).filter((x) => x.rule === 'deflection');
  if (label === '1' && got.length) console.log(JSON.stringify({ text, customer, findings: got.map((g) => ({ flagged: text!.slice(g.start, g.end), msg: (g as any).messageId ?? g.message.slice(0, 20) })) }));
}
