import { compileCustomRule } from '../../../src/rules/custom';
import type { RequiredRule } from '../../../src/settings/schema';
import { runRuleTests } from '../tester';

const ticket: RequiredRule = {
  id: 'ticket-reference',
  type: 'required',
  level: 'warning',
  message: 'Every reply gives the ticket reference.',
  patterns: ['(ticket|case|reference) #Value', '(ticket|case|reference) (number|no) #Value'],
  suggestion: 'Your ticket reference is #',
};

runRuleTests(compileCustomRule(ticket), {
  valid: [
    { text: 'Hi Sam,\n\nYour ticket 4471 is being handled by me.\n\nBest,\nAna' },
    { text: 'Your case number 88 is closed.' },
    { text: '' },
    { text: '   \n  ' },
  ],
  invalid: [
    {
      text: 'Hi Sam,\n\nI have refunded the order.\n\nBest,\nAna',
      findings: [{ flagged: '', at: 35, output: 'Hi Sam,\n\nI have refunded the order. Your ticket reference is #\n\nBest,\nAna' }],
    },
    {
      text: 'Refunded today',
      findings: [{ flagged: '', at: 14, output: 'Refunded today. Your ticket reference is #' }],
    },
    {
      // A reference only in the quoted customer message does not count.
      text: 'Hi Sam,\n\nAll done.\n\nBest,\nAna\n\nOn Mon, Sam <s@x.example> wrote:\n> About ticket 4471',
      findings: [{ flagged: '', output: 'Hi Sam,\n\nAll done. Your ticket reference is #\n\nBest,\nAna\n\nOn Mon, Sam <s@x.example> wrote:\n> About ticket 4471' }],
    },
  ],
});
