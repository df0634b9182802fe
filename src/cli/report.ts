/**
 * `warmline report [--rules PACK.json] [--compare PACK.json] [--out FILE.html] [row flags] FILE… | -`: reads an
 * export (JSON lines or CSV, streamed over the worker pool like `check`) and writes one self-contained HTML file.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { addReply, emptyTally } from '../batch/tally';
import { InputError, loadPack } from './input';
import { columnsOf, jobsOf, ROW_OPTIONS } from './options';
import { createPool } from './pool';
import { renderReport } from './report/render';
import reportBatch, { type ReportBatch, type ReportResult } from './report-worker';
import { formatOf } from './rows';
import { badRowsNote, eachBatch, type StreamIo } from './stream';

export async function report(args: string[], io: StreamIo & { out(s: string): void }, fallbackJobs?: number): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...ROW_OPTIONS, compare: { type: 'string' }, out: { type: 'string', default: 'warmline-report.html' } },
  });
  const jobs = jobsOf(values, fallbackJobs);
  if (!/\.html?$/i.test(values.out)) throw new InputError(`--out must name an .html file, not "${values.out}"`);
  const before = JSON.stringify(loadPack(values.rules));
  const after = values.compare === undefined ? undefined : JSON.stringify(loadPack(values.compare));
  const files = positionals.length ? positionals : ['-'];
  const tally = emptyTally(after !== undefined);
  const counts = { good: 0, bad: 0 };
  for (const file of files) {
    const format = formatOf(file, values.input ?? (values.jsonl ? 'jsonl' : undefined));
    const pool = createPool<ReportBatch, ReportResult>('report-worker', reportBatch, jobs);
    try {
      const got = await eachBatch(file, format, columnsOf(values), io, (items) =>
        pool.push({ before, after, items }, (r) => items.forEach((item, i) => addReply(tally, item, r.before[i]!, r.after?.[i]))),
      );
      counts.good += got.good;
      counts.bad += got.bad;
    } finally {
      await pool.close();
    }
  }
  const packName = (file: string | undefined) => (file === undefined ? 'the default rules' : basename(file));
  const html = renderReport(tally, {
    sources: files.map((f) => (f === '-' ? 'stdin' : basename(f))),
    pack: packName(values.rules),
    compared: values.compare === undefined ? undefined : packName(values.compare),
    skipped: counts.bad,
    generated: new Date().toISOString().slice(0, 10),
  });
  try {
    writeFileSync(values.out, html);
  } catch (e) {
    throw new InputError(`${values.out}: cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  io.out(`Wrote ${values.out}: ${counts.good.toLocaleString('en')} replies${tally.compare ? `, ${tally.compare.changed.toLocaleString('en')} coached differently with ${packName(values.compare)}` : ''}.\n`);
  if (counts.bad > 0) {
    io.err(badRowsNote(counts, 'reported'));
    return 2;
  }
  return 0;
}
