/**
 * Reading an export the user picked in the browser (a File, in the options page's worker) a chunk at a time:
 * the same rows, problems and columns as the CLI (rows.ts), from a web stream instead of a node one.
 */
import { parse } from 'csv-parse/browser/esm';
import { InputError } from './errors';
import { csvReader, csvSkip, CSV_OPTIONS, formatOfName, jsonLine, type BadRow, type Columns, type RowResult } from './rows';

/** The text of a blob, chunk by chunk, with how many bytes have been read after each. */
async function* chunks(blob: Blob, onBytes: (n: number) => void): AsyncGenerator<string> {
  const reader = blob.stream().getReader();
  const decoder = new TextDecoder();
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    onBytes(read);
    yield decoder.decode(value, { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

async function* jsonRows(text: AsyncIterable<string>): AsyncGenerator<RowResult> {
  let carry = '';
  let line = 0;
  for await (const chunk of text) {
    const parts = (carry + chunk).split('\n');
    carry = parts.pop()!;
    for (const raw of parts) {
      const row = jsonLine(raw.replace(/\r$/, ''), ++line);
      if (row) yield row;
    }
  }
  const last = jsonLine(carry.replace(/\r$/, ''), ++line);
  if (last) yield last;
}

async function* csvRows(name: string, text: AsyncIterable<string>, columns: Columns): AsyncGenerator<RowResult> {
  const parser = parse(CSV_OPTIONS);
  const out: RowResult[] = [];
  let failure: Error | undefined;
  const read = csvReader(name, columns);
  parser.on('skip', (e: Error & { lines?: number }) => out.push({ ok: false, ...(csvSkip(e) as BadRow) }));
  parser.on('error', (e: Error) => (failure = e));
  parser.on('readable', () => {
    let got: { record: string[]; info: { lines: number } } | null;
    while ((got = parser.read() as typeof got) !== null) {
      try {
        const row = read(got.record, got.info.lines);
        if (row) out.push(row);
      } catch (e) {
        failure = e as Error;
      }
    }
  });
  const drain = function* () {
    if (failure) throw failure instanceof InputError ? failure : new InputError(`${name}: ${failure.message}`);
    while (out.length) yield out.shift()!;
  };
  for await (const chunk of text) {
    parser.write(chunk);
    // The parser hands records over on its own schedule: let it run before taking them.
    await new Promise((r) => setTimeout(r, 0));
    yield* drain();
  }
  await new Promise<void>((resolve) => {
    parser.once('end', resolve);
    parser.once('error', () => resolve());
    parser.end();
  });
  yield* drain();
  if (!read.started()) throw new InputError(`${name}: no header row`);
}

/** Every row of the blob, good or bad, in order; `onBytes` follows the reading. */
export function readExport(blob: Blob, name: string, onBytes: (read: number) => void, columns: Columns = {}): AsyncGenerator<RowResult> {
  const text = chunks(blob, onBytes);
  return formatOfName(name) === 'csv' ? csvRows(name, text, columns) : jsonRows(text);
}
