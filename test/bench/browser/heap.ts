/**
 * The page's JS heap after a full garbage collection (CDP HeapProfiler.collectGarbage: no --js-flags needed),
 * so a sample is what is still reachable, not what was merely not yet collected. The renderer's isolate holds
 * the page's world and the content script's isolated world, so with the extension minus without it is the
 * content script's share.
 */
import type { CDPSession } from 'playwright-core';

export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
}
