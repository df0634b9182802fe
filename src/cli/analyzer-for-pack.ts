/** The analyzer for a rule pack (as JSON), made once per worker thread and pack, so phrase lists compile once. */
import { createAnalyzer, type Analyzer } from '../engine/analyzer';
import type { Settings } from '../settings/schema';

const held = new Map<string, Analyzer>();

export function analyzerFor(pack: string): Analyzer {
  let a = held.get(pack);
  if (!a) held.set(pack, (a = createAnalyzer(JSON.parse(pack) as Settings)));
  return a;
}
