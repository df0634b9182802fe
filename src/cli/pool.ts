/**
 * Spreads `warmline check`'s rows over the machine's cores (piscina worker threads), in batches, and gives the
 * results back in input order. At most `2 × workers` batches are in flight: reading waits for the oldest, so
 * memory stays flat however long the input is.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Batch, BatchResult } from './check-worker';
import checkBatch from './check-worker';

export const BATCH_SIZE = 64;

export interface Checker {
  /** Queues a batch; `emit` is called with results in the order batches were queued. */
  push(items: Batch['items'], emit: (r: BatchResult) => void): Promise<void>;
  /** Waits for every queued batch, then stops the workers. */
  close(): Promise<void>;
}

export const defaultJobs = (): number => Math.max(1, availableParallelism());

/** One worker: batches run in this thread, no pool. */
function inProcess(pack: string): Checker {
  return {
    push: async (items, emit) => emit(checkBatch({ pack, items })),
    close: async () => undefined,
  };
}

export function createChecker(pack: string, jobs: number): Checker {
  if (jobs <= 1) return inProcess(pack);
  // The worker file sits beside this one: .ts when run through tsx (workers inherit its loader), .js when built.
  const filename = new URL(`./check-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;
  const pool = new Piscina<Batch, BatchResult>({ filename, minThreads: jobs, maxThreads: jobs, idleTimeout: 1000 });
  const inFlight: { result: Promise<BatchResult>; emit: (r: BatchResult) => void }[] = [];
  const drainOne = async () => {
    const head = inFlight.shift()!;
    head.emit(await head.result);
  };
  return {
    async push(items, emit) {
      const result = pool.run({ pack, items });
      result.catch(() => undefined); // awaited in order below; this only keeps a later batch's failure from going unhandled meanwhile
      inFlight.push({ result, emit });
      while (inFlight.length > jobs * 2) await drainOne();
    },
    async close() {
      while (inFlight.length) await drainOne();
      await pool.destroy();
    },
  };
}
