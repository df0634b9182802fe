/**
 * `warmline check [--jsonl | --input csv] [--format human|json] [--rules pack.json] [FILE…|-]` and `warmline eval FILE`.
 * Exit codes: 0 clean, 1 warnings found, 2 bad input (bad rows are skipped and counted; the run goes on).
 */
import { parseArgs } from 'node:util';
import { createAnalyzer, type Analyzer } from '../engine/analyzer';
import type { Finding } from '../engine/types';
import { rules } from '../rules';
import { formatErrors, formatScores, score, type EvalError } from './eval';
import { formatOfName } from '../batch/rows';
import checkBatch, { type Batch, type BatchResult } from './check-worker';
import { InputError, loadPack, readSource, toItem } from './input';
import { columnsOf, jobsOf, ROW_OPTIONS } from './options';
import { createPool } from './pool';
import type { ProgressStream } from './progress';
import { report } from './report';
import { formatOf, readable, readRows } from './rows';
import { badRowsNote, eachBatch } from './stream';

const USAGE = `Usage:
  warmline check [--jsonl | --input jsonl|csv] [--id-column C] [--text-column C] [--customer-column C]
                 [--agent-column C] [--date-column C]
                 [--jobs N] [--format human|json] [--rules PACK.json] [FILE… | -]
      Coach reply drafts. Plain files are one draft each; with --jsonl each line is
      {"id": "...", "text": "...", "customer"?: "..."}; a .csv file (or --input csv) is a helpdesk export
      with a header row (common headers are found; name others with the column flags). Rows are read
      and answered one at a time: one JSON line is printed per row. A bad row is reported with its file
      and line and skipped; the run goes on and exits 2. --jobs: worker threads (default: one per
      core); the output keeps the input's order. A progress line shows on stderr when it is a terminal.
  warmline report [--rules PACK.json] [--compare PACK.json] [--out FILE.html] [row flags as for check] FILE… | -
      One self-contained HTML report over an export (JSON lines or CSV; --agent-column and --date-column
      name the columns for the by-agent and by-week views): per rule the share of replies it fires on,
      the warmth scores, examples; --compare shows per rule what another pack or level would change,
      and the replies it changes. Nothing is sent anywhere; the file loads nothing. Default out:
      warmline-report.html.
  warmline eval [--rules PACK.json] [--errors] [--input jsonl|csv] [column flags] FILE
      Score the rules on labelled lines {"id","text","customer"?,"labels":{"<rule-id>": true|false}},
      or a CSV with a column per labelled rule id (true/false, yes/no, 1/0; empty: not labelled):
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
  /** Where the progress line goes (stderr); none in tests. */
  progress?: ProgressStream;
}

const stdio: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), progress: process.stderr };

/** Defaults a caller may set (tests run in one thread: their TypeScript is not loadable by worker threads). */
export interface Defaults {
  jobs?: number;
}

async function check(args: string[], io: Io, defaults: Defaults): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...ROW_OPTIONS, format: { type: 'string', default: 'human' } } });
  const jobs = jobsOf(values, defaults.jobs);
  if (values.format !== 'human' && values.format !== 'json') throw new InputError(`--format must be "human" or "json", not "${values.format}"`);
  const settings = loadPack(values.rules);
  /** For whole-file drafts only (rows go through the pool's own). */
  let analyzer: Analyzer | undefined;
  const files = positionals.length ? positionals : ['-'];
  const rowsOf = (file: string) => values.jsonl || values.input !== undefined || formatOfName(file) === 'csv';
  let warned = false;
  const counts = { good: 0, bad: 0 };
  for (const file of files) {
    if (!rowsOf(file)) {
      const text = readSource(file);
      const findings = (analyzer ??= createAnalyzer(settings)).analyze(text, {});
      if (findings.some((f) => f.level === 'warning')) warned = true;
      if (values.format === 'json') io.out(JSON.stringify({ id: file, findings }, null, 2) + '\n');
      else if (findings.length) io.out(human(file, text, findings) + '\n');
      continue;
    }
    const format = formatOf(file, values.input ?? (values.jsonl ? 'jsonl' : undefined));
    const pack = JSON.stringify(settings);
    const pool = createPool<Batch, BatchResult>('check-worker', checkBatch, jobs);
    const emit = (r: BatchResult) => {
      if (r.warned) warned = true;
      if (r.lines.length) io.out(r.lines.join('\n') + '\n');
    };
    try {
      const got = await eachBatch(file, format, columnsOf(values), io, (items) => pool.push({ pack, items }, emit));
      counts.good += got.good;
      counts.bad += got.bad;
    } finally {
      await pool.close();
    }
  }
  if (counts.bad > 0) {
    io.err(badRowsNote(counts, 'checked'));
    return 2;
  }
  return warned ? 1 : 0;
}

/**
 * Scores the rules on labelled replies, read a row at a time (JSON lines with a "labels" object, or CSV with a
 * column per rule id). Labelled rows must all be right to score them: the first bad one stops the run, naming
 * its line.
 */
async function evaluate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { rules: { type: 'string' }, errors: { type: 'boolean' }, input: { type: 'string' }, 'id-column': { type: 'string' }, 'text-column': { type: 'string' }, 'customer-column': { type: 'string' } },
  });
  if (positionals.length !== 1) throw new InputError('eval takes exactly one FILE of labelled replies');
  const file = positionals[0]!;
  const analyzer = createAnalyzer(loadPack(values.rules));
  const known = rules.map((r) => r.meta.id);
  const pairs = new Map<string, { predicted: boolean; label: boolean }[]>();
  const errors: EvalError[] = [];
  let count = 0;
  await readable(file);
  for await (const row of readRows(file, formatOf(file, values.input), columnsOf(values), known).rows) {
    if (!row.ok) throw new InputError(`${file}:${row.line}: ${row.problem}`);
    const item = toItem(file, row.row, true);
    count++;
    const findings = analyzer.analyze(item.text, { customer: item.customer, channel: item.channel });
    for (const [rule, label] of Object.entries(item.labels ?? {})) {
      if (!known.includes(rule)) continue;
      const mine = findings.filter((f) => f.rule === rule);
      const predicted = mine.length > 0;
      if (!pairs.has(rule)) pairs.set(rule, []);
      pairs.get(rule)!.push({ predicted, label });
      if (predicted !== label) {
        errors.push({
          id: item.id,
          rule,
          kind: predicted ? 'false positive' : 'false negative',
          findings: mine.map((f) => ({ flagged: f.start === f.end ? `(at ${f.start})` : item.text.slice(f.start, f.end), message: f.message })),
        });
      }
    }
  }
  const scores = [...pairs.keys()].sort().map((rule) => score(rule, pairs.get(rule)!));
  io.out(`${count} labelled replies from ${file}\n\n${formatScores(scores)}\n`);
  if (values.errors) io.out(`\n${formatErrors(errors)}\n`);
  return 0;
}

export async function main(argv: string[], io: Io = stdio, defaults: Defaults = {}): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return await check(rest, io, defaults);
    if (command === 'eval') return await evaluate(rest, io);
    if (command === 'report') return await report(rest, io, defaults.jobs);
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
