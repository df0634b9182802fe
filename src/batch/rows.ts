/**
 * Turning an export's raw rows into replies, the same way in the CLI (node streams) and in the options page
 * (a worker reading a File): JSON lines one at a time, CSV records after their header row. Only the sources
 * differ; what a row means, which columns are found and what makes a row bad are decided here once.
 */
import { InputError } from './errors';

/** A reply longer than this is no draft (a pasted log, an attachment's text): reported and skipped. */
export const MAX_TEXT_CHARS = 200_000;

export type Format = 'jsonl' | 'csv';

/** The format a file's name says: CSV for .csv, else JSON lines. */
export function formatOfName(name: string): Format {
  return /\.csv$/i.test(name) ? 'csv' : 'jsonl';
}

/** Which CSV columns hold what; each is matched case-insensitively against the header row. */
export interface Columns {
  id?: string;
  text?: string;
  customer?: string;
  agent?: string;
  date?: string;
}

type Field = keyof Columns;

/** Header names of common helpdesk exports (Zendesk, Freshdesk, Help Scout, Gorgias …), tried in order when no column flag is given. */
const DEFAULT_COLUMNS: Record<Field, readonly string[]> = {
  id: ['id', 'reply_id', 'comment_id', 'message_id', 'ticket_id', 'ticket id', 'conversation_id'],
  text: ['text', 'reply', 'body', 'comment', 'comment body', 'message', 'agent_reply', 'content'],
  customer: ['customer', 'customer_message', 'customer message', 'request', 'inbound', 'question'],
  agent: ['agent', 'agent_name', 'agent name', 'assignee', 'author', 'responder', 'agent_email'],
  date: ['date', 'created_at', 'created at', 'sent_at', 'timestamp', 'time', 'updated_at'],
};

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

/** One line of a JSON-lines file as a row, a problem, or nothing (a blank line). */
export function jsonLine(raw: string, line: number): RowResult | undefined {
  if (raw.trim() === '') return undefined;
  if (raw.length > MAX_TEXT_CHARS * 2) {
    return { ok: false, line, problem: `line of ${raw.length.toLocaleString('en')} characters is too long (a reply has at most ${MAX_TEXT_CHARS.toLocaleString('en')})` };
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { ok: false, line, problem: `not valid JSON (${(e as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, line, problem: 'expected a JSON object' };
  return { ok: true, row: { line, value: value as Record<string, unknown> } };
}

/** The header has no column for a field that must be read; the CLI says which flag names it, the options page which header to use. */
export class MissingColumn extends InputError {
  constructor(
    readonly field: Field,
    readonly header: string[],
  ) {
    super(`no column for ${field}: name it with --${field}-column (the header has: ${header.join(', ')})`);
  }

  /** Said to someone who cannot pass a flag. */
  forPage(name: string): string {
    return `${name} has no column for the reply text (its header has: ${this.header.join(', ')}). Name that column "${DEFAULT_COLUMNS[this.field][0]}" or "${DEFAULT_COLUMNS[this.field][1]}" in the file and import it again.`;
  }
}

/** The header to read for each field: the flag's column, else the first common export header present. */
function pick(header: string[], columns: Columns): Partial<Record<Field, number>> & { text: number } {
  const lower = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const find = (field: Field, required: boolean): number | undefined => {
    const flag = columns[field];
    if (flag !== undefined) {
      const got = lower.get(flag.trim().toLowerCase());
      if (got === undefined) throw new InputError(`no column "${flag}" for ${field} (the header has: ${header.join(', ')})`);
      return got;
    }
    for (const d of DEFAULT_COLUMNS[field]) if (lower.has(d)) return lower.get(d);
    if (required) throw new MissingColumn(field, header);
    return undefined;
  };
  return { id: find('id', false), text: find('text', true)!, customer: find('customer', false), agent: find('agent', false), date: find('date', false) };
}

export interface CsvReader {
  /** A record as a row or a problem; the first record is the header (undefined back). Throws InputError when the header lacks a needed column. */
  (record: string[], line: number): RowResult | undefined;
  /** The header row has been read. */
  started(): boolean;
}

const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/**
 * Reads a CSV export's records: the header first, then each record as a reply row. Columns named after one of
 * `labelled` (rule ids, for `warmline eval`) are read as labels: true / false, yes / no, 1 / 0, or empty for
 * a reply not labelled for that rule.
 */
export function csvReader(file: string, columns: Columns = {}, labelled: readonly string[] = []): CsvReader {
  let header: string[] | undefined;
  let at: ReturnType<typeof pick> | undefined;
  let labelAt: [string, number][] = [];
  const read = (record: string[], line: number): RowResult | undefined => {
    if (!header || !at) {
      at = pick(record, columns);
      header = record;
      const ids = new Set(labelled);
      labelAt = record.flatMap((h, i) => (ids.has(h.trim().toLowerCase()) ? [[h.trim().toLowerCase(), i] as [string, number]] : []));
      return undefined;
    }
    if (record.length !== header.length) return { ok: false, line, problem: `${record.length} columns where the header has ${header.length}` };
    const cell = (i: number | undefined) => (i === undefined ? undefined : record[i]);
    const value: Record<string, unknown> = { id: cell(at.id) || `${file}:${line}`, text: record[at.text] };
    for (const field of ['customer', 'agent', 'date'] as const) {
      const v = cell(at[field]);
      if (v !== undefined && v !== '') value[field] = v;
    }
    if (labelAt.length) {
      const labels: Record<string, boolean> = {};
      for (const [rule, i] of labelAt) {
        const v = record[i]!.trim().toLowerCase();
        if (TRUE.has(v)) labels[rule] = true;
        else if (FALSE.has(v)) labels[rule] = false;
        else if (v !== '') return { ok: false, line, problem: `label "${rule}" must be true or false (or empty), not "${record[i]}"` };
      }
      value.labels = labels;
    }
    return { ok: true, row: { line, value } };
  };
  return Object.assign(read, { started: () => header !== undefined });
}

/** Options for csv-parse that both readers use, so the CLI and the options page read a file alike. */
export const CSV_OPTIONS = {
  bom: true,
  info: true,
  skip_empty_lines: true,
  skip_records_with_error: true,
  // Bounds the memory a runaway quote can take; a long cell inside it is reported as too long, not fatal.
  max_record_size: 16 * 1024 * 1024,
  relax_quotes: false,
} as const;

/** csv-parse's message for a record it skipped, as a row problem. */
export function csvSkip(e: Error & { lines?: number }): BadRow {
  return { line: e.lines ?? 0, problem: `not valid CSV (${e.message.replace(/^Invalid Record Length: /, '')})` };
}

/** One reply of an export, checked. */
export interface Item {
  id: string;
  text: string;
  customer?: string;
  channel?: 'email' | 'chat';
  /** Who sent it and when, where the export says (for the report's by-agent and by-week views). */
  agent?: string;
  date?: string;
  labels?: Record<string, boolean>;
}

const optionalString = (value: Record<string, unknown>, key: string, where: string): string | undefined => {
  const v = value[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') throw new InputError(`${where}: "${key}" must be a string`);
  return v;
};

export function toItem(file: string, { line, value }: RawRow, needLabels: boolean): Item {
  const where = `${file}:${line}`;
  if (typeof value.id !== 'string' || value.id === '') throw new InputError(`${where}: "id" must be a non-empty string`);
  if (typeof value.text !== 'string') throw new InputError(`${where}: "text" must be a string`);
  if (value.customer !== undefined && typeof value.customer !== 'string') throw new InputError(`${where}: "customer" must be a string`);
  if (value.channel !== undefined && value.channel !== 'email' && value.channel !== 'chat') throw new InputError(`${where}: "channel" must be "email" or "chat"`);
  const item: Item = { id: value.id, text: value.text, customer: value.customer as string | undefined, channel: value.channel as Item['channel'] };
  const agent = optionalString(value, 'agent', where);
  const date = optionalString(value, 'date', where);
  if (agent) item.agent = agent;
  if (date) item.date = date;
  if (needLabels) {
    const labels = value.labels;
    if (typeof labels !== 'object' || labels === null || Array.isArray(labels)) throw new InputError(`${where}: "labels" must be an object of rule id → true/false`);
    for (const [k, b] of Object.entries(labels)) if (typeof b !== 'boolean') throw new InputError(`${where}: label "${k}" must be true or false`);
    item.labels = labels as Record<string, boolean>;
  }
  return item;
}

/** Why an item cannot be checked, or undefined. */
export function unusable(item: Item): string | undefined {
  if (item.text.trim() === '') return 'the reply text is empty';
  if (item.text.length > MAX_TEXT_CHARS) return `the reply text has ${item.text.length.toLocaleString('en')} characters (at most ${MAX_TEXT_CHARS.toLocaleString('en')})`;
  return undefined;
}

/** A good row as an item, or the problem that skips it (naming file and line). */
export function itemOf(file: string, row: RowResult): { item: Item } | { problem: string } {
  if (!row.ok) return { problem: `${file}:${row.line}: ${row.problem}` };
  try {
    const item = toItem(file, row.row, false);
    const why = unusable(item);
    return why ? { problem: `${file}:${row.row.line}: ${why}` } : { item };
  } catch (e) {
    if (e instanceof InputError) return { problem: e.message };
    throw e;
  }
}
