/**
 * A worker of `warmline check`'s pool (src/cli/pool.ts): analyses a batch of replies and gives back their
 * output lines. One analyzer per worker and rule pack, kept across batches, so the phrase lists are compiled
 * once per worker.
 */
import { createAnalyzer, type Analyzer } from '../engine/analyzer';
import type { Settings } from '../settings/schema';

export interface Batch {
  /** The rule pack in force, as JSON (the same for every batch of a run). */
  pack: string;
  items: { id: string; text: string; customer?: string; channel?: 'email' | 'chat' }[];
}

export interface BatchResult {
  lines: string[];
  warned: boolean;
}

let held: { pack: string; analyzer: Analyzer } | undefined;

export default function checkBatch({ pack, items }: Batch): BatchResult {
  if (held?.pack !== pack) held = { pack, analyzer: createAnalyzer(JSON.parse(pack) as Settings) };
  let warned = false;
  const lines = items.map((item) => {
    const findings = held!.analyzer.analyze(item.text, { customer: item.customer, channel: item.channel });
    if (findings.some((f) => f.level === 'warning')) warned = true;
    return JSON.stringify({ id: item.id, findings });
  });
  return { lines, warned };
}
