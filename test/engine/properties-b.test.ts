/** Engine properties, part 2 of 2 (see properties.shared.ts): the other half of the bulk, on the other core. */
import { describe } from 'vitest';
import { bulkProperty, reportCount, RUNS, SHARDS } from './properties.shared';

reportCount('properties-b.test.ts');

describe('engine properties (second shard)', () => {
  bulkProperty(Math.floor(RUNS / SHARDS));
});
