import { describe, expect, it } from 'vitest';
import { itemBytes, joinChunks, planStorage, splitText, SYNC_QUOTA, type ChunkManifest } from '../../src/settings/quota';
import type { Settings } from '../../src/settings/schema';
import { withRules } from './packs';

describe('splitText', () => {
  it('cuts text into items under the per-item quota and joins back exactly, emoji included', () => {
    const text = JSON.stringify({ s: 'héllo “quotes” 👋🏽 '.repeat(2000) });
    const pieces = splitText(text);
    expect(pieces.length).toBeGreaterThan(1);
    pieces.forEach((p, i) => expect(itemBytes(`settings.${i}`, p)).toBeLessThanOrEqual(SYNC_QUOTA.perItem));
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) expect(/[\uD800-\uDBFF]$/.test(p)).toBe(false);
  });
});

describe('planStorage', () => {
  it('keeps small settings in one sync item', () => {
    const plan = planStorage(withRules(1));
    expect(Object.keys(plan.sync)).toEqual(['settings']);
    expect(plan.overflow).toBeUndefined();
  });

  it('splits settings larger than one item across chunk items with a manifest', () => {
    const s = withRules(12);
    const plan = planStorage(s);
    expect(plan.chunks).toBeGreaterThan(1);
    expect(plan.overflow).toBeUndefined();
    for (const [k, v] of Object.entries(plan.sync)) expect(itemBytes(k, v)).toBeLessThanOrEqual(SYNC_QUOTA.perItem);
    const joined = joinChunks(plan.sync.settings as ChunkManifest, plan.sync);
    expect(joined).toEqual({ ok: true, value: s });
  });

  it('keeps the custom rules that do not fit in sync for storage.local, last ones first', () => {
    const s = withRules(100);
    const plan = planStorage(s);
    const total = Object.entries(plan.sync).reduce((n, [k, v]) => n + itemBytes(k, v), 0);
    expect(total).toBeLessThanOrEqual(90_000);
    expect(plan.overflow?.kind).toBe('customRules');
    if (plan.overflow?.kind !== 'customRules') return;
    const synced = (joinChunks(plan.sync.settings as ChunkManifest, plan.sync) as { value: Settings }).value;
    expect([...synced.customRules!, ...plan.overflow.customRules]).toEqual(s.customRules);
    expect(plan.overflow.reason).toMatch(/^\d+ custom rules did not fit in sync storage/);
  });

  it('puts everything in storage.local when even the rest does not fit', () => {
    const s: Settings = { version: 2, rules: {}, description: 'x', customRules: [] };
    const plan = planStorage(s, 20);
    expect(plan.sync).toEqual({ settings: { $storedIn: 'local' } });
    expect(plan.overflow).toMatchObject({ kind: 'all', settings: s });
  });
});

describe('joinChunks', () => {
  it('says which part is missing', () => {
    expect(joinChunks({ $chunks: 2, $length: 4 }, { 'settings.0': '{}' })).toEqual({ ok: false, error: 'sync storage is missing part 2 of 2 of the settings' });
  });
  it('notices a half-synced value', () => {
    expect(joinChunks({ $chunks: 1, $length: 10 }, { 'settings.0': '{}' }).ok).toBe(false);
  });
});
