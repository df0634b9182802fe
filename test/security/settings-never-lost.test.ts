/**
 * "Never lose a setting": corrupted stored settings, an older schema version, a sync quota overflow, and
 * bad rule packs (numbered in the test names: "bad pack 7/40: …"). Each case gives a clear message and keeps
 * (or migrates) what was there. Every case adds to a "settings lost" count that must end at 0.
 */
import { fakeBrowser } from '../settings/use-fake-browser';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSettings } from '../../src/settings/schema';
import { rules as builtin } from '../../src/rules';
import { LIMITS } from '../../src/settings/limits';
import { previewImport } from '../../src/settings/pack';
import { BACKUP_KEY, OVERFLOW_KEY, SYNC_BUDGET } from '../../src/settings/quota';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema';
import { getBackups, loadSettingsState, saveSettings } from '../../src/settings/store';
import { bigRule, brokenPacks, goodPack, withRules } from '../settings/packs';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

let lost = 0;
let packsTried = 0;
afterAll(() => {
  console.log(`settings never lost: ${packsTried} bad packs tried, ${lost} settings lost`);
});

/** The team's settings before each case: what must survive. */
const previous: Settings = goodPack;

const pack = (extra: Record<string, unknown>) => JSON.stringify({ version: 2, rules: {}, ...extra });
const rule = (extra: Record<string, unknown>) => ({ id: 'r', type: 'phrase', message: 'Hi', patterns: ['refund'], ...extra });

/** Bad packs beyond test/settings/packs.ts's list, each a distinct way to be wrong. */
const moreBadPacks: [string, string, string][] = [
  ['JSON null', 'null', 'must be a JSON object'],
  ['a bare number', '42', 'must be a JSON object'],
  ['a bare string', '"settings"', 'must be a JSON object'],
  ['version 0', pack({ version: 0 }), 'version: must be between 1 and 2, not 0'],
  ['a fractional version', pack({ version: 1.5 }), 'version: must be a whole number, not 1.5'],
  ['larger than the pack limit', `{"version":2,"description":"${'x'.repeat(LIMITS.packText)}"}`, 'at most 1,000,000 are allowed'],
  ['a byte-order mark before broken JSON', '\uFEFF{"version": 2,,}', 'not valid JSON'],
  ['too many custom rules', pack({ customRules: Array.from({ length: LIMITS.customRules + 1 }, (_, i) => rule({ id: `r${i}` })) }), `at most ${LIMITS.customRules} custom rules`],
  ['a message longer than the limit', pack({ customRules: [rule({ message: 'm'.repeat(LIMITS.message + 1) })] }), `at most ${LIMITS.message} are allowed`],
  ['too many alternatives in a pattern', pack({ customRules: [rule({ patterns: [`(${Array.from({ length: 41 }, (_, i) => String.fromCharCode(97 + (i % 26)) + (i >= 26 ? 'z' : '')).join('|')})`] })] }), 'alternatives; at most 40'],
  ['a duplicate custom domain', pack({ sites: { customDomains: ['help.acme.example', 'help.acme.example'] } }), 'duplicate domain "help.acme.example"'],
  ['an upper-case rule id', pack({ rules: { Deflection: { level: 'off' } } }), '"Deflection" is not a rule id'],
  ['phrase removals not a list', pack({ rules: { 'missing-thanks': { phrases: { thanks: { remove: 'thanks' } } } } }), 'remove must be a list of phrases'],
  ['phrase lists given as a list', pack({ rules: { 'missing-thanks': { phrases: ['thanks'] } } }), 'phrases must be an object'],
  ['customRules not a list', pack({ customRules: { r: rule({}) } }), 'customRules must be a list'],
  ['a conditional rule with a bad "when" pattern', pack({ customRules: [rule({ type: 'conditional', when: ['(late'], suggestion: 'Sorry.' })] }), 'customRules[0].when[0]: Unbalanced brackets'],
  ['a required rule without a suggestion', pack({ customRules: [rule({ type: 'required' })] }), 'customRules[0].suggestion: is missing'],
  ['coachInternalNotes not a boolean', pack({ coachInternalNotes: 'yes' }), 'coachInternalNotes must be true or false'],
];

const ALL_BAD_PACKS = [...brokenPacks, ...moreBadPacks];
const kinds = new Set(ALL_BAD_PACKS.map(([what]) => what));

describe(`bad rule packs (${ALL_BAD_PACKS.length} distinct kinds)`, () => {
  it('has at least 30 distinct kinds of bad pack', () => {
    expect(kinds.size).toBe(ALL_BAD_PACKS.length);
    expect(kinds.size).toBeGreaterThanOrEqual(30);
  });

  it.each(ALL_BAD_PACKS.map(([what, text, message], i) => [`${i + 1}/${ALL_BAD_PACKS.length}`, what, text, message] as const))(
    'bad pack %s: %s is refused with a clear message, and the stored settings stay as they were',
    async (_n, _what, text, message) => {
      packsTried++;
      await saveSettings(previous);
      const before = await fakeBrowser.storage.sync.get(null);
      const { user } = await loadSettingsState();
      const r = previewImport(text, user, builtin);
      expect(r.ok).toBe(false);
      const errors = r.ok ? [] : r.errors;
      expect(errors.join('\n')).toContain(message);
      // Clear: every line says where and why, in words, and none is a stack trace or "[object Object]".
      for (const e of errors) expect(e).not.toMatch(/\[object Object\]|^\s*at |undefined:/);
      expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
      const after = await loadSettingsState();
      if (!isDeepStrictEqual(await fakeBrowser.storage.sync.get(null), before) || !isDeepStrictEqual(after.user, previous)) lost++;
      expect(after.user).toEqual(previous);
      expect(after.problems).toEqual([]);
    },
  );
});

const stored = (settings: unknown) => fakeBrowser.storage.sync.set({ settings });
const local = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;

describe('prototype pollution through a pack', () => {
  it('a "__proto__" or "constructor" key in rules or sites is dropped, never reaches Object.prototype', () => {
    const r = parseSettings(JSON.parse('{"version":2,"rules":{"__proto__":{"level":"off","polluted":true},"constructor":{"level":"off"}},"sites":{"enabled":{"__proto__":true}}}'));
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.ok && Object.keys(r.settings.rules ?? {})).toEqual([]);
    expect(r.ok && Object.getPrototypeOf(r.settings.rules)).toBe(Object.prototype);
  });
});

describe('stored settings that are corrupted keep every valid piece, and the raw value aside', () => {
  const good = goodPack.customRules![0]!;
  const cases: [string, unknown, (s: Settings) => void][] = [
    ['one bad rule level among good settings', { ...goodPack, rules: { ...goodPack.rules, deflection: { level: 'loud' } } }, (s) => expect(s.rules?.['missing-thanks']).toEqual(goodPack.rules!['missing-thanks'])],
    ['one bad custom rule among good ones', { ...goodPack, customRules: [good, { id: 'bad', type: 'regex' }] }, (s) => expect(s.customRules).toEqual([good])],
    ['a bad site entry among good ones', { ...goodPack, sites: { enabled: { 'zendesk.com': false, 'https://x/': true }, customDomains: ['help.acme.example', 'not a domain'] } }, (s) => expect(s.sites).toEqual(goodPack.sites)],
    ['an unknown top-level key', { ...goodPack, colour: 'red' }, (s) => expect(s.customRules).toEqual(goodPack.customRules)],
    ['a bad phrase in one list, a good level beside it', { ...goodPack, rules: { 'missing-thanks': { level: 'hint', phrases: { thanks: { add: ['(broken'] } } } } }, (s) => expect(s.rules?.['missing-thanks']?.level).toBe('hint')],
    ['a duplicate custom rule id', { ...goodPack, customRules: [good, good] }, (s) => expect(s.customRules).toEqual([good])],
  ];
  it.each(cases.map(([what, raw, check], i) => [`${i + 1}/${cases.length}`, what, raw, check] as const))('stored case %s: %s', async (_n, _what, raw, check) => {
    await stored(raw);
    const state = await loadSettingsState();
    check(state.user);
    expect(state.problems.join('\n')).toMatch(/stored settings had errors .* kept aside/);
    expect((await getBackups())[0]!.raw).toEqual(raw);
    // Nothing is written over the stored value until the team lead saves.
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(raw);
  });

  it.each([
    ['text', 'garbage'],
    ['a number', 7],
    ['a newer version', { version: 9, rules: { deflection: { level: 'off' } } }],
    ['an array', [goodPack]],
    ['a value with no version', { rules: { deflection: { level: 'off' } } }],
  ])('unreadable stored value (%s): defaults apply, the raw value is kept aside whole, and the message says so', async (_what, raw) => {
    await stored(raw);
    const state = await loadSettingsState();
    expect(state.user).toEqual(DEFAULT_SETTINGS);
    expect(state.problems[0]).toMatch(/kept aside unchanged/);
    const backups = (await local())[BACKUP_KEY] as { raw: unknown }[];
    expect(backups[0]!.raw).toEqual(raw);
    if ((backups[0]!.raw as unknown) === undefined) lost++;
  });

  it('chunks whose JSON is corrupted: nothing is treated as settings, nothing is overwritten, the message says why', async () => {
    await fakeBrowser.storage.sync.set({ settings: { $chunks: 2, $length: 26 }, 'settings.0': '{"version":2,', 'settings.1': '"rules":{{{{' });
    const state = await loadSettingsState();
    expect(state.complete).toBe(false);
    expect(state.problems[0]).toMatch(/not readable yet/);
    expect((await fakeBrowser.storage.sync.get('settings.1'))['settings.1']).toBe('"rules":{{{{');
  });

  it('a corrupted overflow in storage.local keeps the valid custom rules it held', async () => {
    await saveSettings(withRules(100));
    const overflow = (await local())[OVERFLOW_KEY] as { customRules: unknown[] };
    const kept = overflow.customRules.length;
    await fakeBrowser.storage.local.set({ [OVERFLOW_KEY]: { ...overflow, customRules: [...overflow.customRules, { id: 'broken' }] } });
    const state = await loadSettingsState();
    expect(state.user.customRules).toHaveLength(100);
    expect(state.problems.join('\n')).toMatch(/kept on this device is invalid and was left out/);
    expect(kept).toBeGreaterThan(0);
  });
});

describe('older schema versions are migrated, keeping every setting', () => {
  it('version 1 settings in storage', async () => {
    const v1 = { version: 1, name: 'Old team', rules: { 'missing-thanks': { level: 'hint', phrases: { thanks: { add: ['ta'], remove: ['cheers'] } } }, deflection: { level: 'off' } } };
    await stored(v1);
    const state = await loadSettingsState();
    expect(state.migratedFrom).toBe(1);
    expect(state.problems).toEqual([]);
    expect(state.user).toMatchObject({ version: 2, name: 'Old team', rules: v1.rules, customRules: [], sites: { enabled: {}, customDomains: [] } });
  });

  it('a version 1 rule pack imported over version 2 settings', async () => {
    await saveSettings(previous);
    const r = previewImport(JSON.stringify({ version: 1, rules: { deflection: { level: 'hint' } } }), (await loadSettingsState()).user, builtin);
    expect(r.ok && r.preview.migratedFrom).toBe(1);
    expect(r.ok && r.preview.settings.rules).toEqual({ deflection: { level: 'hint' } });
  });
});

describe('sync quota overflow never drops a setting', () => {
  it.each([40, 100])('%i custom rules of ~1 KB: what does not fit in sync goes to local, and all of it reads back', async (n) => {
    const settings = withRules(n);
    const info = await saveSettings(settings);
    const state = await loadSettingsState();
    if (!isDeepStrictEqual(state.user.customRules, settings.customRules)) lost++;
    expect(state.user.customRules).toEqual(settings.customRules);
    if (JSON.stringify(settings).length > SYNC_BUDGET) expect(info.note).toMatch(/saved on this device only|do not sync/);
  });

  it('sync refusing the write (QUOTA_BYTES) keeps everything in local, with a note', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const info = await saveSettings(goodPack);
    expect(info).toMatchObject({ where: 'local' });
    expect(info.note).toContain('QUOTA_BYTES quota exceeded');
    const state = await loadSettingsState();
    if (!isDeepStrictEqual(state.user, goodPack)) lost++;
    expect(state.user).toEqual(goodPack);
  });

  it('a single custom rule bigger than one sync item is split over chunks and read back whole', async () => {
    const rule = { ...bigRule(1), message: 'x'.repeat(300), description: 'd'.repeat(500) };
    const settings = { ...goodPack, customRules: [rule, ...Array.from({ length: 20 }, (_, i) => bigRule(i + 2))] };
    await saveSettings(settings);
    const state = await loadSettingsState();
    if (!isDeepStrictEqual(state.user, settings)) lost++;
    expect(state.user).toEqual(settings);
  });

  it('settings lost over every case above: 0', () => {
    expect(lost).toBe(0);
    expect(packsTried).toBe(ALL_BAD_PACKS.length);
  });
});
