import rule from '../../src/rules/missing-greeting';
import { runRuleTests } from './tester';

runRuleTests(rule, {
  valid: [
    { text: 'Hi Sam,\n\nYour replacement card was posted today and arrives within 3 working days.\n\nThanks,\nAna', channel: 'email' },
    { text: 'Your replacement card was posted today, thanks for waiting!', channel: 'chat' },
    { text: 'Your replacement card was posted today.' },
    { text: 'Hello Mr Price,\n\nThank you for asking about parking.\n\nKind regards,\nNell', channel: 'email' },
    { text: 'Dear Ms Duarte,\n\nThank you for your message.\n\nBest,\nRui', channel: 'email' },
    { text: 'Hey Dom, thanks so much for the kind words!\n\nCheers,\nAbi', channel: 'email' },
    { text: 'Good morning Ines,\n\nYour meter reading is in.\n\nBest,\nPat', channel: 'email' },
    { text: 'Hiya Bex!\n\nAll sorted on our side.\n\nThanks,\nJo', channel: 'email' },
    { text: 'Thanks Priya, the voucher is now on your account.\n\nBest,\nKim', channel: 'email' },
    { text: '', channel: 'email' },
    { text: 'Greetings from the Loomfield team! Your loom ships Monday.', channel: 'email' },
  ],
  invalid: [
    { text: 'Your replacement card was posted today and arrives within 3 working days.\n\nThanks,\nAna', channel: 'email', findings: [{ messageId: 'missing', flagged: '', at: 0, output: 'Hi there,\n\nYour replacement card was posted today and arrives within 3 working days.\n\nThanks,\nAna' }] },
    { text: 'Thanks for getting in touch. The coupon is applied.\n\nBest,\nMo', channel: 'email', customerName: 'Jo', findings: [{ messageId: 'missing', flagged: '', at: 0, output: 'Hi Jo,\n\nThanks for getting in touch. The coupon is applied.\n\nBest,\nMo' }] },
    { text: '\n\nYour replacement card was posted today.', channel: 'email', customerName: 'Jo', findings: [{ messageId: 'missing', flagged: '', at: 2, output: '\n\nHi Jo,\n\nYour replacement card was posted today.' }] },
    { text: 'We have received your feedback.\n\nKind regards,\nCarewell Patient Relations', customer: 'I waited two hours past my appointment time with my toddler. Mrs Bassey', channel: 'email', findings: [{ messageId: 'missing', flagged: '', at: 0, output: 'Hi Mrs Bassey,\n\nWe have received your feedback.\n\nKind regards,\nCarewell Patient Relations' }] },
    { text: 'Requests for records are handled by our records office.\n\nWellnook Patient Services', channel: 'email', findings: [{ messageId: 'missing', flagged: '', at: 0, output: 'Hi there,\n\nRequests for records are handled by our records office.\n\nWellnook Patient Services' }] },
    { text: "I'm so sorry about the broken lamp. A new one ships today.\n\nBest wishes,\nLiv", customer: 'The lamp arrived broken. Ines', channel: 'email', findings: [{ messageId: 'missing', flagged: '', at: 0, output: "Hi Ines,\n\nI'm so sorry about the broken lamp. A new one ships today.\n\nBest wishes,\nLiv" }] },
    { text: 'Sorry for the wait, the refund went out this morning.\n\nThanks,\nAl', channel: 'email', findings: [{ messageId: 'missing', flagged: '', at: 0, output: 'Hi there,\n\nSorry for the wait, the refund went out this morning.\n\nThanks,\nAl' }] },
    { text: 'Your booking is confirmed for Friday at 10am.', channel: 'email', customerName: 'Priya Shah', findings: [{ messageId: 'missing', flagged: '', at: 0, output: 'Hi Priya,\n\nYour booking is confirmed for Friday at 10am.' }] },
    { text: 'Following up on your call: the engineer visits Tuesday between 8am and noon.\n\nRegards,\nTom', channel: 'email', findings: [{ messageId: 'missing', flagged: '', at: 0, output: 'Hi there,\n\nFollowing up on your call: the engineer visits Tuesday between 8am and noon.\n\nRegards,\nTom' }] },
    { text: 'Great question! Yes, the plan includes two users.\n\nBest,\nSue', customer: 'Does the plan include two users? Dr Mensah', channel: 'email', findings: [{ messageId: 'missing', flagged: '', at: 0, output: 'Hi Dr Mensah,\n\nGreat question! Yes, the plan includes two users.\n\nBest,\nSue' }] },
  ],
});
