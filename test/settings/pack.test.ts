import { describe, expect, it } from 'vitest';
import { defineRule, type Rule } from '../../src/engine/rule';
import { rules as builtin } from '../../src/rules';
import { diffSettings, effectiveRule, settingsWarnings } from '../../src/settings/diff';
import { applyPreset, exportPack, packFileName, previewImport, previewPreset, readPack } from '../../src/settings/pack';
import { presets } from '../../src/settings/presets';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../src/settings/schema';
import { goodPack } from './packs';

const thanks: Rule = defineRule({
  meta: {
    id: 'missing-thanks',
    category: 'thanks',
    docs: { description: 'd', why: 'w', incorrect: [], correct: [] },
    messages: { m: 'm' },
    defaultLevel: 'warning',
    phrases: { thanks: { description: 't', patterns: ['thanks', 'cheers'] } },
  },
  check: () => [],
});
const registry = [thanks];

describe('export and import', () => {
  it('round-trips: the exported file imports to the same settings', () => {
    const text = exportPack(goodPack);
    expect(JSON.parse(text).version).toBe(2);
    const r = readPack(text);
    expect(r).toEqual({ ok: true, settings: goodPack });
  });

  it('names the file after the pack', () => {
    expect(packFileName(goodPack, new Date('2026-03-04T10:00:00Z'))).toBe('warmline-acme-support-2026-03-04.json');
    expect(packFileName(DEFAULT_SETTINGS, new Date('2026-03-04T10:00:00Z'))).toBe('warmline-rules-2026-03-04.json');
  });

  it('previews what an import changes', () => {
    const r = previewImport(exportPack(goodPack), DEFAULT_SETTINGS, registry);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = r.preview.diff;
    expect(d.levels).toEqual([{ rule: 'missing-thanks', from: 'warning', to: 'hint' }]);
    expect(d.phrases).toEqual([{ rule: 'missing-thanks', list: 'thanks', added: ['ta very much'], removed: [] }]);
    expect(d.customAdded.map((c) => c.id)).toEqual(['kindly', 'ticket-ref']);
    expect(d.sites).toEqual([{ domain: 'zendesk.com', from: undefined, to: false }]);
    expect(d.domainsAdded).toEqual(['help.acme.example']);
    expect(d.name).toEqual({ from: undefined, to: 'Acme support' });
    expect(r.preview.warnings).toEqual(['rules.deflection: this version of Warmline has no rule "deflection"; its settings are kept but do nothing']);
  });

  it('says when a version 1 pack was migrated', () => {
    const r = previewImport(JSON.stringify({ version: 1, rules: {} }), DEFAULT_SETTINGS, registry);
    expect(r.ok && r.preview.migratedFrom).toBe(1);
  });
});

describe('diffSettings', () => {
  it('lists changed custom rules with the fields that changed, and removed ones', () => {
    const after: Settings = {
      ...goodPack,
      customRules: [{ ...goodPack.customRules![0]!, message: 'Please say please.', patterns: ['kindly', 'pray'] }],
    };
    const d = diffSettings(goodPack, after, registry);
    expect(d.customChanged.map((c) => [c.id, c.fields])).toEqual([['kindly', ['message', 'patterns']]]);
    expect(d.customRemoved.map((c) => c.id)).toEqual(['ticket-ref']);
    expect(d.count).toBe(2);
  });

  it('compares the lists as the engine sees them (a removed default is a removal)', () => {
    const after: Settings = { version: 2, rules: { 'missing-thanks': { phrases: { thanks: { remove: ['Cheers'] } } } } };
    expect(diffSettings(DEFAULT_SETTINGS, after, registry).phrases).toEqual([{ rule: 'missing-thanks', list: 'thanks', added: [], removed: ['cheers'] }]);
    expect(effectiveRule(thanks, after).lists.thanks).toEqual(['thanks']);
  });

  it('is empty for equal settings', () => {
    expect(diffSettings(goodPack, structuredClone(goodPack), registry).count).toBe(0);
  });
});

describe('settingsWarnings', () => {
  it('names unknown lists and removals that match nothing', () => {
    const s: Settings = { version: 2, rules: { 'missing-thanks': { phrases: { thank: { add: ['x'] }, thanks: { remove: ['nope'] } } } } };
    expect(settingsWarnings(s, registry)).toEqual([
      'rules.missing-thanks.phrases.thank: rule "missing-thanks" has no phrase list "thank" (it has: thanks); ignored',
      'rules.missing-thanks.phrases.thanks.remove[0]: "nope" is not in the list; nothing to remove',
    ]);
  });
});

describe('presets', () => {
  it.each(presets.map((p) => [p.id, p] as const))('%s is valid Settings naming only real rules and lists', (_id, preset) => {
    const r = parseSettings(JSON.parse(JSON.stringify(preset.settings)));
    expect(r.ok, r.ok ? '' : r.errors.join('\n')).toBe(true);
    expect(preset.settings.name).toBeTruthy();
    expect(preset.settings.description).toBeTruthy();
    const core = ['missing-apology', 'deflection', 'vague-promise', 'missing-thanks'];
    const known = new Set([...builtin.map((b) => b.meta.id), ...core]);
    for (const id of Object.keys(preset.settings.rules ?? {})) expect(known.has(id), id).toBe(true);
    expect(settingsWarnings(preset.settings, builtin).filter((w) => !/has no rule "(missing-apology|deflection|vague-promise)"/.test(w))).toEqual([]);
  });

  it('has the four presets', () => {
    expect(presets.map((p) => p.id)).toEqual(['email', 'chat', 'strict', 'gentle']);
  });

  it('applying one replaces rule settings, adds its custom rules, and keeps name, sites and other custom rules', () => {
    const strict = presets.find((p) => p.id === 'strict')!.settings;
    const next = applyPreset(goodPack, strict);
    expect(next.name).toBe('Acme support');
    expect(next.sites).toEqual(goodPack.sites);
    expect(next.rules).toEqual(strict.rules);
    expect(next.customRules!.map((r) => r.id)).toEqual(['kindly', 'ticket-ref', 'refund-time-frame', 'kindly-to-please', 'hiding-behind-policy']);
    expect(previewPreset(goodPack, strict, registry).diff.customAdded.map((r) => r.id)).toEqual(['refund-time-frame', 'kindly-to-please', 'hiding-behind-policy']);
  });
});
