/**
 * Spreads the CLI's rows over the machine's cores (piscina worker threads), in batches, and gives the results
 * back in input order. At most `2 × workers` batches are in flight: reading waits for the oldest, so memory
 * stays flat however long the input is. `check` and `report` each have their worker file; with one job the
 * same function runs in this thread.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';

export const BATCH_SIZE = 64;

/**
 * Old-space limit of each worker. An analyzer's live heap stays near 40 MB however many replies pass, but
 * without a limit a worker inherits the process's (a quarter of the machine's memory) and V8 lets it grow
 * with the input: measured on 2 cores, peak RSS 437 MB for 1,000 lines and 565 MB for 10,000. With 256 MB
 * it was 371 and 375 MB, and the run no slower. A 64-reply batch of 190,000-character replies stays far below it.
 */
export const WORKER_OLD_SPACE_MB = 256;

export interface Pool<T, R> {
  /** Queues a batch; `emit` is called with results in the order batches were queued. */
  push(task: T, emit: (r: R) => void): Promise<void>;
  /** Waits for every queued batch, then stops the workers. */
  close(): Promise<void>;
}

export const defaultJobs = (): number => Math.max(1, availableParallelism());

/**
 * `worker` names a file beside this one whose default export is `run`; it is loaded as .ts when run through
 * tsx (workers inherit its loader) and as .js when built.
 */
export function createPool<T, R>(worker: string, run: (task: T) => R, jobs: number): Pool<T, R> {
  if (jobs <= 1) return { push: async (task, emit) => emit(run(task)), close: async () => undefined };
  const filename = new URL(`./${worker}${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;
  const pool = new Piscina<T, R>({ filename, minThreads: jobs, maxThreads: jobs, idleTimeout: 1000, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB } });
  const inFlight: { result: Promise<R>; emit: (r: R) => void }[] = [];
  const drainOne = async () => {
    const head = inFlight.shift()!;
    head.emit(await head.result);
  };
  return {
    async push(task, emit) {
      const result = pool.run(task);
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
