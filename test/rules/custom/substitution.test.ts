import { describe, expect, it } from 'vitest';
import { compileCustomRule } from '../../../src/rules/custom';
import { createAnalyzer } from '../../../src/engine/analyzer';
import type { SubstitutionRule } from '../../../src/settings/schema';
import { runRuleTests } from '../tester';

const kindly: SubstitutionRule = {
  id: 'kindly',
  type: 'substitution',
  level: 'warning',
  message: 'Say "{{replacement}}" instead of "{{match}}".',
  patterns: ['kindly'],
  replacement: 'please',
};

runRuleTests(compileCustomRule(kindly), {
  valid: [
    { text: 'Please send us a photo of the parcel.' },
    { text: 'Thank you, that was kind of you.' },
    { text: 'Hi,\n\nPlease reply here.\n\n--\nKindly Support Team' },
  ],
  invalid: [
    { text: 'Kindly send us a photo of the parcel.', findings: [{ flagged: 'Kindly', output: 'Please send us a photo of the parcel.' }] },
    { text: 'Could you kindly send it? We kindly ask once more.', findings: [{ flagged: 'kindly', output: 'Could you please send it? We kindly ask once more.' }, { flagged: 'kindly' }] },
    { text: 'KINDLY REPLY.', findings: [{ flagged: 'KINDLY', output: 'PLEASE REPLY.' }] },
  ],
});

describe('substitution messages', () => {
  it('fill {{match}} and {{replacement}} in the case of the words found', () => {
    const [f] = createAnalyzer({ version: 2, rules: {} }, [compileCustomRule(kindly)]).analyze('Kindly wait.');
    expect(f?.message).toBe('Say "Please" instead of "Kindly".');
    expect(f?.suggestions[0]?.label).toBe('Use “Please”');
  });

  it('handles multi-word patterns with choices', () => {
    const rule = compileCustomRule({ id: 'reach-out', type: 'substitution', level: 'hint', message: 'Plainer: {{replacement}}.', patterns: ['reach out to (us|me)'], replacement: 'write to us' });
    const text = 'Feel free to reach out to me any time.';
    const [f] = createAnalyzer({ version: 2, rules: {} }, [rule]).analyze(text);
    expect(text.slice(f!.start, f!.end)).toBe('reach out to me');
    expect(f!.suggestions[0]!.text).toBe('write to us');
  });
});
