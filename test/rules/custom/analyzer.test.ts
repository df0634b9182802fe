/** Custom rules reach the engine through settings: createAnalyzer compiles settings.customRules next to the built-in rules. */
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../../src/engine';
import missingThanks from '../../../src/rules/missing-thanks';
import { parseSettings, type Settings } from '../../../src/settings/schema';

const settings: Settings = {
  version: 2,
  rules: {},
  customRules: [
    { id: 'kindly', type: 'substitution', level: 'warning', message: 'Say please.', patterns: ['kindly'], replacement: 'please' },
    { id: 'ticket', type: 'required', level: 'hint', message: 'Give the ticket number.', patterns: ['ticket #Value'], suggestion: 'Your ticket is #' },
  ],
};

describe('createAnalyzer with custom rules', () => {
  it('runs them beside the given rules, with custom: ids and their own levels', () => {
    const found = createAnalyzer(settings, [missingThanks]).analyze('Kindly wait.');
    expect(found.map((f) => [f.rule, f.level]).sort()).toEqual([
      ['custom:kindly', 'warning'],
      ['custom:ticket', 'hint'],
      ['missing-thanks', 'warning'],
    ]);
  });

  it('works through analyze() and a parsed pack', () => {
    const r = parseSettings(JSON.parse(JSON.stringify(settings)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(analyze('Thanks! Kindly wait, ticket 12 is open.', {}, r.settings).map((f) => f.rule)).toContain('custom:kindly');
  });

  it('leaves the built-in behaviour alone when there are none', () => {
    const text = 'Your card is on its way.';
    expect(createAnalyzer({ version: 2, rules: {}, customRules: [] }, [missingThanks]).analyze(text)).toEqual(createAnalyzer({ version: 1, rules: {} }, [missingThanks]).analyze(text));
  });
});
