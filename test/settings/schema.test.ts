import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, migrate } from '../../src/settings/migrations';
import { readPack } from '../../src/settings/pack';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION } from '../../src/settings/schema';
import { brokenPacks, goodPack } from './packs';

describe('parseSettings', () => {
  it('accepts a full version 2 pack and fills nothing it does not need', () => {
    const r = parseSettings(JSON.parse(JSON.stringify(goodPack)));
    expect(r).toEqual({ ok: true, settings: goodPack });
  });

  it('fills the optional sections of a minimal pack', () => {
    expect(parseSettings({ version: 2 })).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('fills a custom rule level with warning when the pack leaves it out', () => {
    const r = parseSettings({ version: 2, customRules: [{ id: 'a', type: 'phrase', message: 'm', patterns: ['x'] }] });
    expect(r.ok && r.settings.customRules?.[0]?.level).toBe('warning');
  });

  describe.each(brokenPacks)('names what is wrong: %s', (_what, text, message) => {
    it('rejects it with a path and a reason', () => {
      const r = readPack(text);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.errors.join('\n')).toContain(message);
    });
  });

  it('reports every problem, not just the first', () => {
    const r = parseSettings({ version: 2, rules: { deflection: { level: 'loud' } }, customRules: [{ id: 'a', type: 'phrase', message: '', patterns: ['(x'] }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toHaveLength(3);
  });
});

describe('migrations', () => {
  it('are an ordered chain ending at the schema version', () => {
    expect(LATEST_VERSION).toBe(SETTINGS_VERSION);
    MIGRATIONS.forEach((m, i) => {
      expect(m.to).toBe(m.from + 1);
      if (i > 0) expect(m.from).toBe(MIGRATIONS[i - 1]!.to);
    });
    expect(MIGRATIONS[0]!.from).toBe(1);
  });

  it('migrate a version 1 pack to version 2, keeping every setting', () => {
    const v1 = { version: 1, name: 'Old', rules: { 'missing-thanks': { level: 'hint', phrases: { thanks: { add: ['cheers mate'], remove: ['kudos to you'] } } } } };
    const r = parseSettings(v1);
    expect(r).toEqual({
      ok: true,
      migratedFrom: 1,
      settings: { version: 2, name: 'Old', rules: v1.rules, customRules: [], sites: { enabled: {}, customDomains: [] } },
    });
  });

  it('still validates a migrated pack', () => {
    const r = parseSettings({ version: 1, rules: { deflection: { level: 'loud' } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^rules\.deflection\.level: /);
  });

  it('leave a current value untouched', () => {
    expect(migrate({ version: 2 })).toEqual({ ok: true, value: { version: 2 } });
  });

  it.each([0, -1, 1.5])('refuse version %s', (version) => {
    expect(migrate({ version }).ok).toBe(false);
  });
});
