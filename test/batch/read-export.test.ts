import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readExport } from '../../src/batch/read-export';
import type { RowResult } from '../../src/batch/rows';
import { readRows } from '../../src/cli/rows';
import { tempFiles } from '../cli/run';

const { file } = tempFiles('warmline-read-export-');

/** Rows and problems in file order (node's reader may hand a problem over before the row above it). */
async function all(rows: AsyncIterable<RowResult>): Promise<RowResult[]> {
  const got: RowResult[] = [];
  for await (const r of rows) got.push(r);
  const line = (r: RowResult) => (r.ok ? r.row.line : r.line);
  return got.sort((a, b) => line(a) - line(b));
}

const BAD_CSV =
  [
    'id,text,customer',
    'a1,"Thanks, your refund went out today.",',
    'a2,"this quote never closes,',
    'a3,"Thanks, the parcel is at the depot."',
    'a4,"   ",',
    `a5,"${'x'.repeat(300_000)}",`,
    'a6,"Thank you, all sorted on our side.",',
  ].join('\r\n') + '\r\n';
const BAD_JSONL = ['{"id":"j1","text":"Thanks, done."}', '{"id": "j2", "text": ', '', '{"id":"j3","text":"Thank you."}'].join('\n');

describe('reading an export in the browser', () => {
  it.each([
    ['bad.csv', BAD_CSV, 'csv'],
    ['bad.jsonl', BAD_JSONL, 'jsonl'],
    ['team-export.csv', readFileSync('docs/examples/team-export.csv', 'utf8'), 'csv'],
  ] as const)('gives the same rows and problems as the command line for %s, however the bytes are chunked', async (name, body, format) => {
    const path = file(name, body);
    const cli = await all(readRows(path, format).rows);
    let last = 0;
    const page = await all(readExport(new Blob([body]), path, (n) => (last = n)));
    expect(page).toEqual(cli);
    expect(last).toBe(new Blob([body]).size);
    // Split into small chunks (multi-byte characters cut in two included): the same again.
    const bytes = new TextEncoder().encode(body);
    const size = Math.max(7, Math.ceil(bytes.length / 300));
    const pieces = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.slice(i * size, i * size + size));
    expect(await all(readExport(new Blob(pieces), path, () => undefined))).toEqual(cli);
  });
});
