import rule from '../../src/rules/robotic-phrasing';
import { runRuleTests } from './tester';

runRuleTests(rule, {
  valid: [
    { text: 'Hi Dana,\n\nThanks for writing in. Your refund went out this morning.\n\nBest,\nOmar', channel: 'email' },
    { text: 'Dear Mrs Okafor,\n\nThank you for the photos. A replacement kettle ships today.\n\nKind regards,\nJune', channel: 'email' },
    { text: 'Just so you know, the shop closes at 6pm on Sundays.' },
    { text: "I've attached the invoice you asked for." },
    { text: "If anything else comes up, I'm happy to help." },
    { text: "I'm sorry to say the concert is sold out, but I've added you to the returns list." },
    { text: 'Please note the new address on the label: 14 Harbour Row.' },
    { text: "Got your message, and I'm on it now: the replacement is booked for Thursday." },
    { text: 'When you get a moment, could you send a photo of the serial number?' },
    { text: 'Thanks for your patience while we sorted the outage.' },
    { text: 'Dear Jamal, your tickets are attached.' },
  ],
  invalid: [
    { text: 'Dear Customer,\n\nPlease be advised that your refund has been issued.\n\nRegards,\nSupport', channel: 'email', findings: [{ messageId: 'robotic', flagged: 'Dear Customer', output: 'Hi there,\n\nPlease be advised that your refund has been issued.\n\nRegards,\nSupport' }, { messageId: 'robotic', flagged: 'Please be advised that', output: 'Dear Customer,\n\nYour refund has been issued.\n\nRegards,\nSupport' }] },
    { text: 'Dear Valued Customer,\n\nThe outage is over.', channel: 'email', customerName: 'Priya', findings: [{ messageId: 'robotic', flagged: 'Dear Valued Customer', output: 'Hi Priya,\n\nThe outage is over.' }] },
    { text: 'Dear Sir or Madam,\n\nThe parcel is with the courier.', findings: [{ messageId: 'robotic', flagged: 'Dear Sir or Madam', output: 'Hi there,\n\nThe parcel is with the courier.' }] },
    { text: 'We regret to inform you that the event is sold out.', findings: [{ messageId: 'robotic', flagged: 'We regret to inform you that', output: "I'm sorry to say that the event is sold out." }] },
    { text: 'Your ticket has been received and assigned to an agent.', findings: [{ messageId: 'robotic', flagged: 'Your ticket has been received and', output: 'Thanks for writing in. Your ticket has been assigned to an agent.' }] },
    { text: 'Your request has been received.', findings: [{ messageId: 'robotic', flagged: 'Your request has been received', output: 'Thanks for writing in.' }] },
    { text: 'We have received your email regarding the late delivery.', findings: [{ messageId: 'robotic', flagged: 'We have received your email', output: 'Thanks for your email regarding the late delivery.' }] },
    { text: 'Please do not hesitate to contact us if you have any further questions.', findings: [{ messageId: 'robotic', flagged: 'Please do not hesitate to contact us if you have any further questions', output: "If anything else comes up, I'm happy to help." }] },
    { text: "Thanks again. Don't hesitate to reach out to us.", findings: [{ messageId: 'robotic', flagged: "Don't hesitate to reach out to us", output: "Thanks again. If anything else comes up, I'm happy to help." }] },
    { text: 'Kindly note that the store closes at 6pm.', findings: [{ messageId: 'robotic', flagged: 'Kindly note that', output: 'The store closes at 6pm.' }] },
    { text: 'We thank you for your patience in this matter.', findings: [{ messageId: 'robotic', flagged: 'We thank you for your patience', output: 'Thanks for your patience in this matter.' }] },
    { text: 'Please find attached the invoice for March.', findings: [{ messageId: 'robotic', flagged: 'Please find attached', output: "I've attached the invoice for March." }] },
    { text: 'Could you send the receipt at your earliest convenience?', findings: [{ messageId: 'robotic', flagged: 'at your earliest convenience', output: 'Could you send the receipt when you get a moment?' }] },
    { text: 'As per your request, the account has been closed.', findings: [{ messageId: 'robotic', flagged: 'As per your request', output: 'As you asked, the account has been closed.' }] },
    { text: 'This is to inform you that your plan renews on 1 June.', findings: [{ messageId: 'robotic', flagged: 'This is to inform you that', output: 'Your plan renews on 1 June.' }] },
  ],
});
