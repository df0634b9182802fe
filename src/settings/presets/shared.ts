/** Custom rules that more than one preset uses. Presets are plain data: each file is a valid Settings. */
import type { CustomRule } from '../schema';

/** "refund" in the customer's message → the reply says when (the playbook: no vague promises). */
export const refundTimeFrame: CustomRule = {
  id: 'refund-time-frame',
  type: 'conditional',
  level: 'warning',
  message: 'The customer asks about "{{trigger}}": say when they will see it, with a concrete time frame.',
  when: ['(refund|refunds|refunded|reimburse|reimbursement|money back|chargeback)'],
  patterns: [
    '(within|in) #Value (business|working)? (minute|minutes|hour|hours|day|days|week|weeks)',
    '(today|tomorrow|tonight)',
    '(by|before|on) #WeekDay',
    '(by|before) end of (day|week|today|tomorrow)',
    'by #Date',
  ],
  suggestion: 'You will see the refund on your statement within 5 business days.',
};

/** "kindly" reads as stiff to most customers; "please" says the same warmly. */
export const kindlyToPlease: CustomRule = {
  id: 'kindly-to-please',
  type: 'substitution',
  level: 'hint',
  message: '"{{match}}" sounds stiff; "{{replacement}}" says the same warmly.',
  patterns: ['kindly'],
  replacement: 'please',
};

/** Pointing at policy instead of explaining it (the playbook: never hide behind policy). */
export const hidingBehindPolicy: CustomRule = {
  id: 'hiding-behind-policy',
  type: 'phrase',
  level: 'warning',
  message: '"{{match}}" hides behind policy. Say what the rule protects, or what you can do instead.',
  patterns: ['(as per|according to|due to|per) (our|the|company|company\'s) policy', 'it is (our|company) policy', "(that's|that is) (our|the) policy"],
  suggestion: 'to keep every account safe',
};
