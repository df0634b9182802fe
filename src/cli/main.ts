/**
 * `warmline check [--jsonl] [--format human|json] [--rules pack.json] [FILE…|-]` and `warmline eval FILE`.
 * Exit codes: 0 clean, 1 warnings found, 2 bad input.
 */
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../engine/analyzer';
import type { Finding } from '../engine/types';
import { rules } from '../rules';
import { formatErrors, formatScores, score, type EvalError } from './eval';
import { InputError, loadPack, parseJsonLines, readSource, toItem } from './input';

const USAGE = `Usage:
  warmline check [--jsonl] [--format human|json] [--rules PACK.json] [FILE… | -]
      Coach reply drafts. Plain files are one draft each; with --jsonl each line is
      {"id": "...", "text": "...", "customer"?: "..."} and one JSON line is printed per input.
  warmline eval [--rules PACK.json] [--errors] FILE
      Score the rules on labelled lines {"id","text","customer"?,"labels":{"<rule-id>": true|false}}:
      TP / FP / FN / TN, precision, recall and F1 per rule. --errors also lists every false
      positive (with the flagged words) and false negative by id.
Exit: 0 no warnings, 1 warnings, 2 bad input.`;

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

function human(name: string, text: string, findings: Finding[]): string {
  return findings
    .map((f) => {
      const flagged = text.slice(f.start, f.end);
      const head = `${name}:${lineCol(text, f.start)}  ${f.level.padEnd(7)}  ${f.rule.padEnd(16)}  ${f.message}`;
      const where = flagged ? `\n    “${flagged}”` : '';
      const fix = f.suggestions[0] ? `\n    → ${f.suggestions[0].label}` : '';
      return head + where + fix;
    })
    .join('\n');
}

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

const stdio: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

function check(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { jsonl: { type: 'boolean' }, format: { type: 'string', default: 'human' }, rules: { type: 'string' } },
  });
  if (values.format !== 'human' && values.format !== 'json') throw new InputError(`--format must be "human" or "json", not "${values.format}"`);
  const analyzer = createAnalyzer(loadPack(values.rules));
  const files = positionals.length ? positionals : ['-'];
  let warned = false;
  const out: string[] = [];
  for (const file of files) {
    const source = readSource(file);
    const items = values.jsonl
      ? parseJsonLines(file, source).map((l) => toItem(file, l, false))
      : [{ id: file, text: source, customer: undefined, channel: undefined }];
    for (const item of items) {
      const findings = analyzer.analyze(item.text, { customer: item.customer, channel: item.channel });
      if (findings.some((f) => f.level === 'warning')) warned = true;
      if (values.jsonl) out.push(JSON.stringify({ id: item.id, findings }));
      else if (values.format === 'json') out.push(JSON.stringify({ id: item.id, findings }, null, 2));
      else if (findings.length) out.push(human(item.id, item.text, findings));
    }
  }
  if (out.length) io.out(out.join('\n') + '\n');
  return warned ? 1 : 0;
}

function evaluate(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { rules: { type: 'string' }, errors: { type: 'boolean' } } });
  if (positionals.length !== 1) throw new InputError('eval takes exactly one FILE of labelled lines');
  const file = positionals[0]!;
  const items = parseJsonLines(file, readSource(file)).map((l) => toItem(file, l, true));
  const analyzer = createAnalyzer(loadPack(values.rules));
  const known = new Set(rules.map((r) => r.meta.id));
  const labelled = [...new Set(items.flatMap((i) => Object.keys(i.labels ?? {})))].filter((r) => known.has(r)).sort();
  const findings = items.map((i) => analyzer.analyze(i.text, { customer: i.customer, channel: i.channel }));
  const errors: EvalError[] = [];
  const scores = labelled.map((rule) =>
    score(
      rule,
      items.flatMap((item, n) => {
        const label = item.labels?.[rule];
        if (label === undefined) return [];
        const mine = findings[n]!.filter((f) => f.rule === rule);
        const predicted = mine.length > 0;
        if (predicted !== label) {
          errors.push({
            id: item.id,
            rule,
            kind: predicted ? 'false positive' : 'false negative',
            findings: mine.map((f) => ({ flagged: f.start === f.end ? `(at ${f.start})` : item.text.slice(f.start, f.end), message: f.message })),
          });
        }
        return [{ predicted, label }];
      }),
    ),
  );
  io.out(`${items.length} labelled replies from ${file}\n\n${formatScores(scores)}\n`);
  if (values.errors) io.out(`\n${formatErrors(errors)}\n`);
  return 0;
}

export function main(argv: string[], io: Io = stdio): number {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return check(rest, io);
    if (command === 'eval') return evaluate(rest, io);
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE + '\n');
      return command === undefined ? 2 : 0;
    }
    throw new InputError(`unknown command "${command}"\n${USAGE}`);
  } catch (e) {
    if (e instanceof InputError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`warmline: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}
