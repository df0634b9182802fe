/**
 * The loop `check` and `report` share over an export: read rows, skip and report bad ones (file and line),
 * hand good ones on in batches, show progress on a terminal.
 */
import { itemOf, type Columns, type Format, type Item } from '../batch/rows';
import { BATCH_SIZE } from './pool';
import { progressOn, type ProgressStream } from './progress';
import { readable, readRows } from './rows';

export interface Counts {
  good: number;
  bad: number;
}

export interface StreamIo {
  err(s: string): void;
  progress?: ProgressStream;
}

export async function eachBatch(file: string, format: Format, columns: Columns, io: StreamIo, handle: (batch: Item[]) => Promise<void>): Promise<Counts> {
  await readable(file);
  const source = readRows(file, format, columns);
  const progress = progressOn(io.progress ?? { write: () => undefined });
  const counts: Counts = { good: 0, bad: 0 };
  let batch: Item[] = [];
  try {
    for await (const row of source.rows) {
      const got = itemOf(file, row);
      if ('problem' in got) {
        counts.bad++;
        io.err(`warmline: ${got.problem} (skipped)\n`);
        continue;
      }
      counts.good++;
      batch.push(got.item);
      if (batch.length === BATCH_SIZE) {
        await handle(batch);
        batch = [];
      }
      progress.tick(counts.good + counts.bad, source.bytes());
    }
    if (batch.length) await handle(batch);
  } finally {
    progress.done();
  }
  return counts;
}

/** The closing line about skipped rows, or nothing. */
export function badRowsNote(counts: Counts, verb: string): string {
  const { good, bad } = counts;
  return bad === 0 ? '' : `warmline: ${bad.toLocaleString('en')} bad row${bad === 1 ? '' : 's'} skipped, ${good.toLocaleString('en')} ${verb}\n`;
}
