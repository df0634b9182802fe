/**
 * beforeAll/afterAll that never turn tests into "skipped": vitest skips a suite's tests when its beforeAll
 * throws, so the set-up error is kept and every test that asks for the value fails with it instead.
 */
import { afterAll, beforeAll } from 'vitest';

export function setUp<T>(make: () => Promise<T>, tearDown: (value: T) => Promise<void>): () => T {
  let made: { value: T } | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      made = { value: await make() };
    } catch (error) {
      failure = error;
    }
  });
  afterAll(async () => {
    if (made) await tearDown(made.value);
  });
  return () => {
    if (failure !== undefined) throw failure;
    if (!made) throw new Error('used before its beforeAll ran');
    return made.value;
  };
}
