/**
 * A worker of `warmline report`'s pool: each reply's outcome under the rule pack in force and, with --compare,
 * under the compared pack. Analyzers are kept across batches, one per pack.
 */
import { outcomeOf, type Outcome } from '../batch/outcome';
import type { Item } from '../batch/rows';
import { analyzerFor } from './analyzer-for-pack';

export interface ReportBatch {
  /** The packs as JSON: `before` is the one in force, `after` the compared one. */
  before: string;
  after?: string;
  items: Item[];
}

export interface ReportResult {
  before: Outcome[];
  after?: Outcome[];
}

export default function reportBatch({ before, after, items }: ReportBatch): ReportResult {
  const a = analyzerFor(before);
  const b = after === undefined ? undefined : analyzerFor(after);
  return { before: items.map((i) => outcomeOf(a, i)), after: b && items.map((i) => outcomeOf(b, i)) };
}
