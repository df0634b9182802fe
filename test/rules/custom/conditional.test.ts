import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../src/engine/analyzer';
import { compileCustomRule } from '../../../src/rules/custom';
import type { ConditionalRule } from '../../../src/settings/schema';
import { runRuleTests } from '../tester';

const refund: ConditionalRule = {
  id: 'refund-time-frame',
  type: 'conditional',
  level: 'warning',
  message: 'The customer asks about "{{trigger}}": say when.',
  when: ['(refund|refunds|refunded|money back)'],
  patterns: ['(within|in) #Value (business|working)? (hour|hours|day|days|week|weeks)', '(today|tomorrow)', '(by|before|on) #WeekDay'],
  suggestion: 'You will see it within 5 business days.',
};

const customer = 'Hi, I returned the shoes two weeks ago and still have no refund. Where is my money?';

runRuleTests(compileCustomRule(refund), {
  valid: [
    { text: 'I have issued the refund; it shows within 5 business days.', customer },
    { text: 'The refund went out today.', customer },
    { text: 'I will confirm the refund by Friday.', customer },
    { text: 'I have issued the refund.', customer: 'My parcel is late, where is it?' },
    { text: 'I have issued the refund.' },
    { text: '', customer },
  ],
  invalid: [
    {
      text: 'Hi Dana,\n\nI have issued the refund.\n\nBest,\nAna',
      customer,
      findings: [{ flagged: '', at: 35, output: 'Hi Dana,\n\nI have issued the refund. You will see it within 5 business days.\n\nBest,\nAna' }],
    },
    {
      text: 'We are looking into it soon.',
      customer: 'Can I get my money back?',
      findings: [{ flagged: '', output: 'We are looking into it soon. You will see it within 5 business days.' }],
    },
  ],
});

describe('conditional message', () => {
  it('names the words in the customer message that set it off', () => {
    const [f] = createAnalyzer({ version: 2, rules: {} }, [compileCustomRule(refund)]).analyze('Looking into it.', { customer: 'Where is my refund?' });
    expect(f?.message).toBe('The customer asks about "refund": say when.');
    expect(f?.rule).toBe('custom:refund-time-frame');
  });

  it('ignores the customer quoting our own earlier reply', () => {
    const quoted = 'Thanks.\n\nOn Mon, Support <s@x.example> wrote:\n> Your refund is on its way.';
    expect(createAnalyzer({ version: 2, rules: {} }, [compileCustomRule(refund)]).analyze('Glad to help.', { customer: quoted })).toEqual([]);
  });
});
