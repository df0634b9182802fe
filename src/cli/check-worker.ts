/**
 * A worker of `warmline check`'s pool (src/cli/pool.ts): analyses a batch of replies and gives back their
 * output lines. One analyzer per worker and rule pack, kept across batches, so the phrase lists are compiled
 * once per worker.
 */
import { analyzerFor } from './analyzer-for-pack';

export interface Batch {
  /** The rule pack in force, as JSON (the same for every batch of a run). */
  pack: string;
  items: { id: string; text: string; customer?: string; channel?: 'email' | 'chat' }[];
}

export interface BatchResult {
  lines: string[];
  warned: boolean;
}

export default function checkBatch({ pack, items }: Batch): BatchResult {
  const analyzer = analyzerFor(pack);
  let warned = false;
  const lines = items.map((item) => {
    const findings = analyzer.analyze(item.text, { customer: item.customer, channel: item.channel });
    if (findings.some((f) => f.level === 'warning')) warned = true;
    return JSON.stringify({ id: item.id, findings });
  });
  return { lines, warned };
}
