/**
 * Reading replies for `warmline check`, `eval` and `report` a row at a time, from JSON lines or a helpdesk's
 * CSV export, from a file or stdin, so memory stays flat however long the export is. What a row means is
 * src/batch/rows.ts (shared with the options page); this file only feeds it from node streams.
 */
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { InputError } from '../batch/errors';
import { csvReader, csvSkip, CSV_OPTIONS, formatOfName, jsonLine, type BadRow, type Columns, type Format, type RowResult } from '../batch/rows';

export { MAX_TEXT_CHARS, type Columns, type Format, type RawRow, type RowResult } from '../batch/rows';

const open = (file: string): Readable => (file === '-' ? process.stdin : createReadStream(file));

/** Resolves when the file can be read (or rejects with a clear message), so a missing file fails before any row. */
export function readable(file: string): Promise<void> {
  if (file === '-') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const s = createReadStream(file);
    s.once('readable', () => (s.destroy(), resolve()));
    s.once('error', (e: NodeJS.ErrnoException) => reject(new InputError(`${file}: cannot read: ${e.code ?? e.message}`)));
  });
}

/** The format a file's name says, else JSON lines. */
export function formatOf(file: string, asked?: string): Format {
  if (asked !== undefined) {
    if (asked !== 'jsonl' && asked !== 'csv') throw new InputError(`--input must be "jsonl" or "csv", not "${asked}"`);
    return asked;
  }
  return formatOfName(file);
}

async function* jsonRows(input: Readable): AsyncGenerator<RowResult> {
  let line = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    const row = jsonLine(raw, ++line);
    if (row) yield row;
  }
}

async function* csvRows(file: string, input: Readable, columns: Columns, labelled: readonly string[]): AsyncGenerator<RowResult> {
  const skipped: BadRow[] = [];
  const parser = input.pipe(parse(CSV_OPTIONS));
  parser.on('skip', (e: Error & { lines?: number }) => skipped.push(csvSkip(e)));
  const read = csvReader(file, columns, labelled);
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    while (skipped.length) yield { ok: false, ...skipped.shift()! };
    const row = read(record, info.lines);
    if (row) yield row;
  }
  while (skipped.length) yield { ok: false, ...skipped.shift()! };
  if (!read.started()) throw new InputError(`${file}: no header row`);
}

export interface RowSource {
  rows: AsyncGenerator<RowResult>;
  /** How far through the file reading is (undefined for stdin). */
  bytes(): { read: number; total: number } | undefined;
}

/** Every row of `file` (or stdin for '-'), good or bad, in order; `labelled` names rule ids whose CSV columns are labels. */
export function readRows(file: string, format: Format, columns: Columns = {}, labelled: readonly string[] = []): RowSource {
  const input = open(file);
  const total = file === '-' ? 0 : statSync(file).size;
  return {
    rows: format === 'csv' ? csvRows(file, input, columns, labelled) : jsonRows(input),
    bytes: () => (file === '-' ? undefined : { read: (input as ReturnType<typeof createReadStream>).bytesRead, total }),
  };
}
