/**
 * The one thing an import may leave behind, and only when the team lead asks: each rule's count over the
 * imported replies (no reply text), in this browser's storage.local, to compare with a later import. A full
 * storage is said plainly; stored counts that do not read right are ignored, not trusted.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';

export const KEPT_KEY = 'import-counts';

const KeptSchema = v.object({
  name: v.string(),
  date: v.string(),
  replies: v.pipe(v.number(), v.integer(), v.minValue(1)),
  fired: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
});

export type KeptCounts = v.InferOutput<typeof KeptSchema>;

export async function loadKept(): Promise<KeptCounts | undefined> {
  try {
    const got = await browser.storage.local.get(KEPT_KEY);
    const parsed = v.safeParse(KeptSchema, got[KEPT_KEY]);
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}

/** Resolves to a message for the page: what was kept, or why it could not be. */
export async function keepCounts(counts: KeptCounts): Promise<{ ok: boolean; message: string }> {
  try {
    await browser.storage.local.set({ [KEPT_KEY]: counts });
    return { ok: true, message: `Kept the counts of ${counts.name} in this browser (no reply text).` };
  } catch (e) {
    const full = /quota/i.test((e as Error).message);
    return {
      ok: false,
      message: full
        ? "Not kept: this browser's storage for Warmline is full. Your settings are untouched; forget the kept counts or free some space and try again."
        : `Not kept: the browser refused to store the counts (${(e as Error).message}). Your settings are untouched.`,
    };
  }
}

export async function forgetKept(): Promise<void> {
  await browser.storage.local.remove(KEPT_KEY);
}
