import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../src/engine/analyzer';
import { compileCustomRule } from '../../../src/rules/custom';
import type { PhraseRule } from '../../../src/settings/schema';
import { runRuleTests } from '../tester';

const policy: PhraseRule = {
  id: 'policy-talk',
  type: 'phrase',
  level: 'warning',
  message: '"{{match}}" hides behind policy.',
  patterns: ['(as per|according to) (our|the) policy', 'unfortunately'],
  suggestion: 'to keep your account safe',
};

runRuleTests(compileCustomRule(policy), {
  valid: [
    { text: 'Hi Sam,\n\nI have refunded the order today.\n\nBest,\nAna' },
    { text: 'Our refund policy gives you 30 days, so you are well within it.' },
    { text: 'Hi Sam,\n\nDone today.\n\nBest,\nAna\n\nOn Mon, Sam <s@x.example> wrote:\n> As per our policy you said no.' },
  ],
  invalid: [
    {
      text: 'As per our policy, we cannot refund opened items.',
      findings: [{ flagged: 'As per our policy', output: 'To keep your account safe, we cannot refund opened items.' }],
    },
    {
      text: 'Hi Sam,\n\nUnfortunately the order shipped. According to the policy it can be returned.\n\nBest,\nAna',
      findings: [
        { flagged: 'Unfortunately', output: 'Hi Sam,\n\nTo keep your account safe the order shipped. According to the policy it can be returned.\n\nBest,\nAna' },
        { flagged: 'According to the policy' },
      ],
    },
  ],
});

describe('phrase rule without a suggestion', () => {
  const rule = compileCustomRule({ id: 'no-unfortunately', type: 'phrase', level: 'hint', message: 'Drop "{{match}}".', patterns: ['unfortunately'] });
  const analyzer = createAnalyzer({ version: 2, rules: {} }, [rule]);

  it('offers to remove the words and the space after them', () => {
    const text = 'We are, unfortunately out of stock.';
    const [f] = analyzer.analyze(text);
    expect(f?.rule).toBe('custom:no-unfortunately');
    expect(f?.level).toBe('hint');
    expect(f?.message).toBe('Drop "unfortunately".');
    const s = f!.suggestions[0]!;
    expect(text.slice(0, s.start) + s.text + text.slice(s.end)).toBe('We are, out of stock.');
    expect(s.label).toBe('Remove “unfortunately”');
  });

  it('is off when its level is off', () => {
    const off = compileCustomRule({ id: 'x', type: 'phrase', level: 'off', message: 'm', patterns: ['unfortunately'] });
    expect(createAnalyzer({ version: 2, rules: {} }, [off]).analyze('Unfortunately not.')).toEqual([]);
  });
});
