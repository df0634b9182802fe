import { createAnalyzer } from './src/engine/analyzer';
const a = createAnalyzer();
for (const t of process.argv.slice(2)) console.log(t, '=>', a.analyze(t, { customer: 'My order is wrong' }).map((f) => `${f.rule}:${t.slice(f.start, f.end)}`));
