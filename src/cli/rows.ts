/**
 * Reading replies for `warmline check` and `eval` a row at a time, from JSON lines or a helpdesk's CSV export,
 * from a file or stdin, so memory stays flat however long the export is. A bad row (broken JSON or quoting,
 * a missing column, an empty or oversized text) is yielded as a problem naming its file and line, and reading
 * goes on with the next row.
 */
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { InputError } from './input';

/** A reply longer than this is no draft (a pasted log, an attachment's text): reported and skipped. */
export const MAX_TEXT_CHARS = 200_000;

export type Format = 'jsonl' | 'csv';

/** Which CSV columns hold what; each is matched case-insensitively against the header row. */
export interface Columns {
  id?: string;
  text?: string;
  customer?: string;
}

/** Header names of common helpdesk exports, tried in order when no column flag is given. */
const DEFAULT_COLUMNS = {
  id: ['id', 'reply_id', 'comment_id', 'message_id', 'ticket_id', 'ticket id', 'conversation_id'],
  text: ['text', 'reply', 'body', 'comment', 'comment body', 'message', 'agent_reply', 'content'],
  customer: ['customer', 'customer_message', 'customer message', 'request', 'inbound', 'question'],
} as const;

export interface RawRow {
  /** 1-based line where the row starts in its file. */
  line: number;
  value: Record<string, unknown>;
}

export interface BadRow {
  line: number;
  problem: string;
}

export type RowResult = { ok: true; row: RawRow } | ({ ok: false } & BadRow);

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
  return /\.csv$/i.test(file) ? 'csv' : 'jsonl';
}

async function* jsonRows(input: Readable): AsyncGenerator<RowResult> {
  let line = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (raw.trim() === '') continue;
    if (raw.length > MAX_TEXT_CHARS * 2) {
      yield { ok: false, line, problem: `line of ${raw.length.toLocaleString('en')} characters is too long (a reply has at most ${MAX_TEXT_CHARS.toLocaleString('en')})` };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      yield { ok: false, line, problem: `not valid JSON (${(e as Error).message})` };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) yield { ok: false, line, problem: 'expected a JSON object' };
    else yield { ok: true, row: { line, value: value as Record<string, unknown> } };
  }
}

/** The header to read for each field: the flag's column, else the first common export header present. */
function pick(header: string[], columns: Columns): { id?: string; text: string; customer?: string } {
  const lower = new Map(header.map((h) => [h.trim().toLowerCase(), h]));
  const find = (flag: string | undefined, defaults: readonly string[], what: string, required: boolean): string | undefined => {
    if (flag !== undefined) {
      const got = lower.get(flag.trim().toLowerCase());
      if (!got) throw new InputError(`no column "${flag}" for ${what} (the header has: ${header.join(', ')})`);
      return got;
    }
    for (const d of defaults) if (lower.has(d)) return lower.get(d);
    if (required) throw new InputError(`no column for ${what}: name it with --${what}-column (the header has: ${header.join(', ')})`);
    return undefined;
  };
  return {
    id: find(columns.id, DEFAULT_COLUMNS.id, 'id', false),
    text: find(columns.text, DEFAULT_COLUMNS.text, 'text', true)!,
    customer: find(columns.customer, DEFAULT_COLUMNS.customer, 'customer', false),
  };
}

async function* csvRows(file: string, input: Readable, columns: Columns): AsyncGenerator<RowResult> {
  const skipped: BadRow[] = [];
  const parser = input.pipe(
    parse({
      bom: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      // Bounds the memory a runaway quote can take; a long cell inside it is reported as too long, not fatal.
      max_record_size: 16 * 1024 * 1024,
      relax_quotes: false,
    }),
  );
  parser.on('skip', (e: Error & { lines?: number }) => skipped.push({ line: e.lines ?? 0, problem: `not valid CSV (${e.message.replace(/^Invalid Record Length: /, '')})` }));
  /** Where each field's column is in a record, read from the header row. */
  let at: { id?: number; text: number; customer?: number } | undefined;
  let header: string[] = [];
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    while (skipped.length) yield { ok: false, ...skipped.shift()! };
    if (!at) {
      header = record;
      const fields = pick(header, columns);
      const index = (name: string | undefined) => (name === undefined ? undefined : header.indexOf(name));
      at = { id: index(fields.id), text: index(fields.text)!, customer: index(fields.customer) };
      continue;
    }
    const line = info.lines;
    if (record.length !== header.length) {
      yield { ok: false, line, problem: `${record.length} columns where the header has ${header.length}` };
      continue;
    }
    const value: Record<string, unknown> = { id: (at.id === undefined ? undefined : record[at.id]) ?? `${file}:${line}`, text: record[at.text] };
    const customer = at.customer === undefined ? undefined : record[at.customer];
    if (customer !== undefined && customer !== '') value.customer = customer;
    yield { ok: true, row: { line, value } };
  }
  while (skipped.length) yield { ok: false, ...skipped.shift()! };
  if (!at) throw new InputError(`${file}: no header row`);
}

export interface RowSource {
  rows: AsyncGenerator<RowResult>;
  /** How far through the file reading is (undefined for stdin). */
  bytes(): { read: number; total: number } | undefined;
}

/** Every row of `file` (or stdin for '-'), good or bad, in order. */
export function readRows(file: string, format: Format, columns: Columns = {}): RowSource {
  const input = open(file);
  const total = file === '-' ? 0 : statSync(file).size;
  return {
    rows: format === 'csv' ? csvRows(file, input, columns) : jsonRows(input),
    bytes: () => (file === '-' ? undefined : { read: (input as ReturnType<typeof createReadStream>).bytesRead, total }),
  };
}
