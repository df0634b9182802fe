/** What one reply's analysis leaves for a report: which rules fired, where first, and the warmth score. Small enough to pass between threads by the thousand. */
import type { Analyzer } from '../engine/analyzer';
import { warmthScore } from '../engine/warmth';
import type { Item } from './rows';

export interface Mark {
  rule: string;
  start: number;
  end: number;
  message: string;
}

export interface Outcome {
  /** Rule ids that fired, sorted, each once. */
  rules: string[];
  score: number;
  /** The first finding of each rule that fired, in `rules` order. */
  marks: Mark[];
}

export function outcomeOf(analyzer: Analyzer, item: Pick<Item, 'text' | 'customer' | 'channel'>): Outcome {
  const findings = analyzer.analyze(item.text, { customer: item.customer, channel: item.channel });
  const first = new Map<string, Mark>();
  for (const f of findings) if (!first.has(f.rule)) first.set(f.rule, { rule: f.rule, start: f.start, end: f.end, message: f.message });
  const rules = [...first.keys()].sort();
  return { rules, score: warmthScore(findings), marks: rules.map((r) => first.get(r)!) };
}
