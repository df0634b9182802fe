import rule from '../../src/rules/shouting';
import { runRuleTests } from './tester';

runRuleTests(rule, {
  valid: [
    // A warm exclamation ("Oh no!", "Thanks!") is not forced cheer; a social sign-off is no shouting.
    { text: "Oh no! We'd love to sort this, Kim! Can you tell us what the screen shows? Thanks!", customer: 'app keeps crashing, so annoying' },
    { text: 'Your refund is on its way. ^KM', customer: 'I was charged twice!!' },
    { text: 'Please attach the PDF invoice and your order code AVQ19T.' },
    { text: 'Great news! The new plan is live!!', customer: 'Can I switch to the annual plan?' },
    { text: "I've sent the USB-C cable and the EU adapter by DHL." },
    { text: "OK, I've updated your PIN and your IBAN." },
    { text: 'Your reference is RMA-55120 and the courier is UPS.' },
    { text: "I'm sorry about the double charge. The extra £40 is back on your card today!", customer: 'I was charged twice this month and nobody answers the phone. Furious.' },
    { text: 'Thanks so much!!! Loved hearing that.', customer: 'Just wanted to say your team was brilliant.' },
    { text: 'Hi Ana,\n\nYour ETA is 3pm and the FAQ link is below.\n\nBest,\nTeo', channel: 'email' },
    { text: "I'm sorry for the wait. I've refunded the £40 and called the depot; the driver arrives by 5pm.", customer: 'I was charged twice this month and nobody answers the phone. Furious.' },
    { text: 'Refund done! Anything else I can help with?', customer: 'I was charged twice this month and nobody answers the phone. Furious.' },
    { text: "We don't offer a HIPAA package yet, but your IT administrator can request one.", customer: 'Your portal is down again, this is unacceptable.' },
    { text: "Once she replies YES to the text, she'll appear on your account." },
  ],
  invalid: [
    { text: 'Please DO NOT reset the router again.', findings: [{ messageId: 'caps', flagged: 'DO NOT', output: 'Please do not reset the router again.' }] },
    { text: 'YOU MUST READ THE EMAIL.', findings: [{ messageId: 'caps', flagged: 'YOU MUST READ THE', output: 'You must read the EMAIL.' }] },
    { text: "I've sent the USB cable. IMPORTANT: keep the receipt.", findings: [{ messageId: 'caps', flagged: 'IMPORTANT', output: "I've sent the USB cable. Important: keep the receipt." }] },
    { text: 'Your refund is on its way!!! It will land by Friday.', customer: 'I was charged twice this month and nobody answers the phone. Furious.', findings: [{ messageId: 'bangs', flagged: '!!!', output: 'Your refund is on its way. It will land by Friday.' }] },
    { text: 'We have ALREADY refunded you.', customer: 'I was charged twice this month and nobody answers the phone. Furious.', findings: [{ messageId: 'caps', flagged: 'ALREADY', output: 'We have already refunded you.' }] },
    { text: 'Sorted! Your card works now! Enjoy! Thanks!', customer: 'My card was declined twice today, so embarrassing.', findings: [{ messageId: 'many', flagged: '!', output: 'Sorted! Your card works now. Enjoy! Thanks!' }, { messageId: 'many', flagged: '!', output: 'Sorted! Your card works now! Enjoy. Thanks!' }, { messageId: 'many', flagged: '!', output: 'Sorted! Your card works now! Enjoy! Thanks.' }] },
    { text: 'The parcel was delivered on Monday!!', customer: 'Where is my parcel?? It has been two weeks.', findings: [{ messageId: 'bangs', flagged: '!!', output: 'The parcel was delivered on Monday.' }] },
    { text: 'Hi Sam,\n\nThe fee applies to ALL accounts, NOT just yours.\n\nThanks,\nLia', channel: 'email', findings: [{ messageId: 'caps', flagged: 'ALL', output: 'Hi Sam,\n\nThe fee applies to all accounts, NOT just yours.\n\nThanks,\nLia' }, { messageId: 'caps', flagged: 'NOT', output: 'Hi Sam,\n\nThe fee applies to ALL accounts, not just yours.\n\nThanks,\nLia' }] },
    { text: 'Please NEVER share your PIN with anyone.', findings: [{ messageId: 'caps', flagged: 'NEVER', output: 'Please never share your PIN with anyone.' }] },
    { text: 'I CANNOT change the booking.', customer: 'I was charged twice this month and nobody answers the phone. Furious.', findings: [{ messageId: 'caps', flagged: 'CANNOT', output: 'I cannot change the booking.' }] },
    { text: 'read the FAQ before writing in, THANKS.', findings: [{ messageId: 'caps', flagged: 'THANKS', output: 'read the FAQ before writing in, thanks.' }] },
  ],
});
