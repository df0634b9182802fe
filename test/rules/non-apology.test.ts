import rule from '../../src/rules/non-apology';
import { runRuleTests } from './tester';

runRuleTests(rule, {
  valid: [
    { text: "I'm sorry your order hasn't arrived. I've opened a trace with the courier and will email you by 5pm.", customer: 'My order was supposed to arrive Tuesday and it still has not come. Really annoying.' },
    { text: 'Sorry for the wait, and thanks for bearing with us.' },
    { text: "I'm so sorry about the mix-up with your seats; I've moved you both to row 12." },
    { text: 'Apologies for the late reply, the refund is done.' },
    { text: "We're sorry we charged you twice. The extra £40 is back on your card today." },
    { text: 'Sorry for the inconvenience, your new card is on its way and arrives Friday.' },
    { text: "I'm sorry if I wasn't clear earlier: the discount applies at checkout." },
    { text: 'Sorry, could you tell me which email address you used?' },
    { text: 'No need to apologise! Happy to help.' },
    { text: "I'm sorry you had to chase us three times; that's on me." },
    { text: "I understand how you feel, and I'd feel the same. I've escalated it to our head of billing, who will call you today." },
  ],
  invalid: [
    { text: "I'm sorry you feel that way. The courier says it was delivered.", customer: 'My parcel never arrived and nobody will help me.', findings: [{ messageId: 'hedged', flagged: 'sorry you feel that way', output: "I'm sorry your parcel never arrived. The courier says it was delivered." }] },
    { text: 'We apologize for any inconvenience this may have caused.', findings: [{ messageId: 'hedged', flagged: 'apologize for any inconvenience this may have caused', output: "I'm sorry for the trouble this has caused." }] },
    { text: "We're sorry if you feel the wait was too long.", findings: [{ messageId: 'hedged', flagged: 'sorry if you feel', output: "I'm sorry you feel the wait was too long." }] },
    { text: 'Sorry if this caused any confusion, the page is fixed now.', findings: [{ messageId: 'hedged', flagged: 'Sorry if this caused', output: 'Sorry for the trouble this has caused, the page is fixed now.' }] },
    { text: 'Please accept our apologies for any inconvenience caused and thank you for your patience.', findings: [{ messageId: 'hedged', flagged: 'apologies for any inconvenience caused', output: "I'm sorry for the trouble this has caused and thank you for your patience." }] },
    { text: 'We regret any inconvenience. The bill has been corrected.', customer: 'I was charged twice for March!', findings: [{ messageId: 'hedged', flagged: 'regret any inconvenience', output: "I'm sorry you were charged twice for March. The bill has been corrected." }] },
    { text: "I'm sorry you were upset by the email.", findings: [{ messageId: 'hedged', flagged: 'sorry you were upset', output: "I'm sorry for the trouble this has caused." }] },
    { text: 'Hi Greta,\n\nWe apologise for any inconvenience. Your delivery is now booked for Friday.\n\nBest,\nLuis', customer: 'My order was supposed to arrive Tuesday and it still has not come. Really annoying.', channel: 'email', findings: [{ messageId: 'hedged', flagged: 'apologise for any inconvenience', output: "Hi Greta,\n\nI'm sorry for the trouble this has caused you. Your delivery is now booked for Friday.\n\nBest,\nLuis" }] },
    { text: 'I am sorry if you felt our agent was rude.', findings: [{ messageId: 'hedged', flagged: 'sorry if you felt', output: "I'm sorry you felt our agent was rude." }] },
    { text: 'Apologies for any trouble this may have caused.', findings: [{ messageId: 'hedged', flagged: 'Apologies for any trouble this may have caused', output: 'Sorry for the trouble this has caused.' }] },
    { text: "We're sorry that you feel that way about the new layout.", customer: 'The new app layout is awful, I hate it.', findings: [{ messageId: 'hedged', flagged: 'sorry that you feel that way', output: "I'm sorry this has been so frustrating." }] },
    { text: 'Sorry if there was any delay on our side.', customer: 'Where is my refund? It has been three weeks.', findings: [{ messageId: 'hedged', flagged: 'Sorry if there was', output: 'Sorry for the wait.' }] },
    { text: 'Apologies if our engineer came across as abrupt on the phone.', findings: [{ messageId: 'hedged', flagged: 'Apologies if our engineer came across', output: 'Sorry our engineer came across as abrupt on the phone.' }] },
    { text: 'We apologise if the repair did not meet your expectations.', findings: [{ messageId: 'hedged', flagged: 'apologise if the repair did not meet', output: "I'm sorry the repair did not meet your expectations." }] },
  ],
});
