/**
 * `npm run bench:batch` (the second half of `npm run bench`): `warmline check` on an export-sized file, as a team lead runs it (through tsx, the
 * way `npm run warmline` does). Reply lines are built from the bundled authored examples (the
 * generalisation and playbook sets, docs/examples), each made unique by a case number so no two lines share
 * a sentence. Measured, each in a fresh process:
 * - the single-core rate: SINGLE_LINES (2,000) lines with --jobs 1, the process pinned to one CPU with
 *   `taskset` where there is one (unpinned, V8's GC and compiler threads give a "one core" run about 1.13
 *   cores here, which made cores × its rate an over-promise);
 * - 1,000, 10,000 and BIG_LINES (100,000) lines with one worker per core: wall time, replies per second and
 *   peak RSS (the process's VmHWM: the workers are threads of it).
 * Targets (issue "Team leads test a rule change…"): every line answered; throughput within 15 % of cores ×
 * the single-core rate; peak RSS for 100,000 lines within 1.2 × that for 1,000.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { labelledRows } from '../fixtures/labelled';

const SINGLE_LINES = Number(process.env.SINGLE_LINES ?? 2000);
const BIG_LINES = Number(process.env.BIG_LINES ?? 100_000);
const cores = availableParallelism();
const dir = mkdtempSync(join(tmpdir(), 'warmline-batch-'));

const sources = labelledRows();

function build(lines: number): string {
  const file = join(dir, `${lines}.jsonl`);
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const s = sources[i % sources.length]!;
    out.push(JSON.stringify({ id: `b${i}`, text: `${s.text}\n\n(case ${100_000 + i})`, ...(s.customer ? { customer: s.customer } : {}) }));
  }
  writeFileSync(file, out.join('\n') + '\n');
  return file;
}

interface Run {
  lines: number;
  jobs: number;
  answered: number;
  wallS: number;
  /** Replies per second from the first answer to the last: the start-up (tsx, loading the engine) left out. */
  rate: number;
  startS: number;
  peakRssMb: number;
}

/** Runs the CLI on `file`, counting output lines and sampling the process's peak RSS. */
function runCli(file: string, lines: number, jobs: number, pin = false): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    // node with tsx's loader directly (not npx): the measured process is the CLI itself.
    const command = [process.execPath, '--import', 'tsx', 'src/cli/bin.ts', 'check', '--jsonl', '--jobs', String(jobs), file];
    // taskset execs the command, so the child's pid is the CLI's own.
    const [exe, ...args] = pin ? ['taskset', '-c', '0', ...command] : command;
    const child = spawn(exe!, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let answered = 0;
    let peakKb = 0;
    let first = 0;
    child.stdout.on('data', (b: Buffer) => {
      first ||= Date.now();
      for (const c of b) if (c === 10) answered++;
    });
    const sample = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        /* exited */
      }
    }, 200);
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(sample);
      const end = Date.now();
      const wallS = (end - started) / 1000;
      resolve({ lines, jobs, answered, wallS, startS: ((first || end) - started) / 1000, rate: answered / Math.max(0.001, (end - (first || end)) / 1000), peakRssMb: peakKb / 1024 });
    });
  });
}

const canPin = process.platform === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
const single = await runCli(build(SINGLE_LINES), SINGLE_LINES, 1, canPin);
const runs: Run[] = [];
for (const n of [1000, 10_000, BIG_LINES]) {
  runs.push(await runCli(build(n), n, cores));
  process.stderr.write(`${n} lines done\n`);
}
const expected = cores * single.rate;
const r1k = runs.find((r) => r.lines === 1000)!;
const big = runs.find((r) => r.lines === BIG_LINES)!;
const f0 = (x: number) => Math.round(x).toLocaleString('en');
console.log(`\n## warmline check --jsonl on this machine (${cores} cores)\n`);
console.log(`(the single-core run ${canPin ? 'pinned to one CPU with taskset' : 'NOT pinned: taskset is missing, so its rate is high and the throughput check strict'})\n`);
console.log('| lines | jobs | answered | wall (of it start-up) | replies/s after start-up | peak RSS |\n|---|---|---|---|---|---|');
for (const r of [single, ...runs]) console.log(`| ${f0(r.lines)} | ${r.jobs} | ${f0(r.answered)} | ${r.wallS.toFixed(1)} s (${r.startS.toFixed(1)} s) | ${f0(r.rate)} | ${r.peakRssMb.toFixed(0)} MB |`);
const checks: [string, boolean][] = [
  ['every line answered', [single, ...runs].every((r) => r.answered === r.lines)],
  [`throughput at ${f0(BIG_LINES)} lines within 15 % of ${cores} × the single-core rate (${f0(expected)}/s): ${f0(big.rate)}/s`, big.rate >= 0.85 * expected],
  [`peak RSS at ${f0(BIG_LINES)} lines within 1.2 × that at 1,000 (${r1k.peakRssMb.toFixed(0)} MB): ${big.peakRssMb.toFixed(0)} MB`, big.peakRssMb <= 1.2 * r1k.peakRssMb],
];
console.log('');
for (const [what, ok] of checks) console.log(`${ok ? 'met    ' : 'NOT MET'} ${what}`);
writeFileSync('bench-batch-report.json', JSON.stringify({ date: new Date().toISOString(), cores, singlePinned: canPin, single, runs }, null, 2));
