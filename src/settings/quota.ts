/**
 * How settings are laid out in extension storage so they fit storage.sync's quota (pure: no browser API).
 *
 *   sync:settings         the Settings object when it fits one item (QUOTA_BYTES_PER_ITEM = 8192), or a
 *                         manifest { $chunks: n, $length } when it is split over
 *   sync:settings.<i>     chunk i of the Settings JSON text (a string), i = 0 … n-1
 *   local:settings-overflow
 *       { kind: 'customRules', customRules, reason }  custom rules that did not fit in sync (this device only)
 *       { kind: 'all', settings, reason }             everything, when even the rest did not fit or sync refused
 *
 * What goes to storage.local is never silently dropped: the store reads it back and the options page says so.
 */
import type { CustomRule, Settings } from './schema';

/** Chrome's limits for storage.sync (Firefox's are the same or larger). */
export const SYNC_QUOTA = { perItem: 8192, total: 102_400 } as const;
/** What Warmline's settings may use of storage.sync; the rest is left to other small items (site toggles …). */
export const SYNC_BUDGET = 90_000;
/** Margin under the per-item quota for the browser's own bookkeeping. */
const ITEM_LIMIT = SYNC_QUOTA.perItem - 192;

export const SETTINGS_KEY = 'settings';
export const CHUNK_PREFIX = 'settings.';
export const OVERFLOW_KEY = 'settings-overflow';
export const BACKUP_KEY = 'settings-backup';
export const chunkKey = (i: number) => `${CHUNK_PREFIX}${i}`;

export type Overflow =
  | { kind: 'customRules'; customRules: CustomRule[]; reason: string }
  | { kind: 'all'; settings: Settings; reason: string };

export interface ChunkManifest {
  $chunks: number;
  $length: number;
}

export interface StoragePlan {
  /** Items to write to storage.sync (key without the "sync:" area). */
  sync: Record<string, unknown>;
  /** Chunk count written, so stale chunks beyond it can be removed. */
  chunks: number;
  /** What goes to storage.local, or undefined when everything fits in sync. */
  overflow: Overflow | undefined;
}

const encoder = new TextEncoder();
/** Bytes an item takes in storage.sync, the way Chrome counts: key plus JSON of the value, in UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

export const isManifest = (x: unknown): x is ChunkManifest =>
  typeof x === 'object' && x !== null && typeof (x as ChunkManifest).$chunks === 'number' && typeof (x as ChunkManifest).$length === 'number';

/** Splits text into strings that each fit one sync item under their chunk key, never inside a surrogate pair. */
export function splitText(text: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    const key = chunkKey(chunks.length);
    let size = Math.min(text.length - start, ITEM_LIMIT);
    for (;;) {
      let end = start + size;
      const code = text.charCodeAt(end - 1);
      if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
      const piece = text.slice(start, end);
      if (itemBytes(key, piece) <= ITEM_LIMIT || size <= 1) {
        chunks.push(piece);
        start = end;
        break;
      }
      size = Math.max(1, Math.floor(size * 0.8));
    }
  }
  return chunks;
}

/** The sync items for settings that must go to sync whole (no overflow), and their total size. */
function layout(settings: Settings): { items: Record<string, unknown>; chunks: number; bytes: number } {
  if (itemBytes(SETTINGS_KEY, settings) <= ITEM_LIMIT) return { items: { [SETTINGS_KEY]: settings }, chunks: 0, bytes: itemBytes(SETTINGS_KEY, settings) };
  const json = JSON.stringify(settings);
  const pieces = splitText(json);
  const items: Record<string, unknown> = { [SETTINGS_KEY]: { $chunks: pieces.length, $length: json.length } satisfies ChunkManifest };
  pieces.forEach((p, i) => (items[chunkKey(i)] = p));
  const bytes = Object.entries(items).reduce((n, [k, v]) => n + itemBytes(k, v), 0);
  return { items, chunks: pieces.length, bytes };
}

/**
 * Plans where each part of the settings goes: all in sync when it fits the budget; otherwise the custom
 * rules that do not fit stay in storage.local (last ones first); when even the rest does not fit, all of it.
 */
export function planStorage(settings: Settings, budget: number = SYNC_BUDGET): StoragePlan {
  const whole = layout(settings);
  if (whole.bytes <= budget) return { sync: whole.items, chunks: whole.chunks, overflow: undefined };
  const rules = settings.customRules ?? [];
  // Largest prefix of the custom rules that fits (binary search: sizes grow with the prefix).
  let lo = 0;
  let hi = rules.length;
  const fits = (n: number) => layout({ ...settings, customRules: rules.slice(0, n) }).bytes <= budget;
  if (!fits(0)) {
    const reason = `The settings take ${whole.bytes.toLocaleString('en')} bytes, more than the ${budget.toLocaleString('en')} bytes Warmline may use in sync storage, even without custom rules.`;
    return { sync: { [SETTINGS_KEY]: { $storedIn: 'local' } }, chunks: 0, overflow: { kind: 'all', settings, reason } };
  }
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  const synced = layout({ ...settings, customRules: rules.slice(0, lo) });
  const kept = rules.length - lo;
  const reason = `${kept} custom rule${kept === 1 ? '' : 's'} did not fit in sync storage (${budget.toLocaleString('en')} bytes for Warmline) and ${kept === 1 ? 'is' : 'are'} saved on this device only.`;
  return { sync: synced.items, chunks: synced.chunks, overflow: { kind: 'customRules', customRules: rules.slice(lo), reason } };
}

/** Puts chunked sync items back together; returns the raw stored value (validated later), or an error. */
export function joinChunks(manifest: ChunkManifest, items: Record<string, unknown>): { ok: true; value: unknown } | { ok: false; error: string } {
  let text = '';
  for (let i = 0; i < manifest.$chunks; i++) {
    const piece = items[chunkKey(i)];
    if (typeof piece !== 'string') return { ok: false, error: `sync storage is missing part ${i + 1} of ${manifest.$chunks} of the settings` };
    text += piece;
  }
  if (text.length !== manifest.$length) return { ok: false, error: `the settings in sync storage are incomplete (${text.length} of ${manifest.$length} characters)` };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: `the settings in sync storage are not valid JSON (${(e as Error).message})` };
  }
}
