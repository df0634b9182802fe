import rule from '../../src/rules/negative-phrasing';
import { runRuleTests } from './tester';

runRuleTests(rule, {
  valid: [
    { text: "We can offer store credit for this order, though a refund isn't possible." },
    { text: 'I can redirect the parcel to a pickup point near you; the address itself can no longer change.' },
    { text: "If you can't log in, reset your password from the sign-in page." },
    { text: "We can't wait to see what you build!" },
    { text: "I can't thank you enough for the detailed report." },
    { text: "The refund is ready, but we can't send it until the bank opens on Monday." },
    { text: 'Your new card arrives Friday. In the meantime, Apple Pay still works.' },
    { text: 'Hi Sam,\n\nYou can pause the subscription from Settings, and it restarts whenever you like.\n\nBest,\nNia', channel: 'email' },
    { text: 'When the app is unable to sync, it saves a copy on your phone.' },
    { text: 'Sorry for the wait! Your table for four is booked at 7pm.' },
    { text: "The courier said they could not find the door, so I've added your gate code to the label." },
  ],
  invalid: [
    { text: "Unfortunately, we can't refund this order, but we can offer store credit.", findings: [{ messageId: 'leads', flagged: 'Unfortunately', output: "We can offer store credit, though we can't refund this order." }] },
    { text: 'We are unable to change the delivery address once the parcel has shipped.', findings: [{ messageId: 'leads', flagged: 'unable to', output: 'What I can do is [offer an option], since we are unable to change the delivery address once the parcel has shipped.' }] },
    { text: "I'm afraid we cannot extend the trial.", findings: [{ messageId: 'leads', flagged: "I'm afraid", output: 'What I can do is [offer an option], since we cannot extend the trial.' }] },
    { text: 'Unfortunately, the item is out of stock.', findings: [{ messageId: 'leads', flagged: 'Unfortunately', output: 'The item is out of stock.' }] },
    { text: "Sorry, but we can't do that.", findings: [{ messageId: 'leads', flagged: "can't", output: "Sorry — what I can do is [offer an option], since we can't do that." }] },
    { text: "Thanks for asking! We can't ship to Norway yet, but you can order from our EU store.", findings: [{ messageId: 'leads', flagged: "can't", output: "Thanks for asking! You can order from our EU store, though we can't ship to Norway yet." }] },
    { text: "Unfortunately, this isn't possible.", findings: [{ messageId: 'leads', flagged: 'Unfortunately', output: "What I can do is [offer an option], since this isn't possible." }] },
    { text: 'Sadly the blue version has been discontinued.', findings: [{ messageId: 'leads', flagged: 'Sadly', output: 'The blue version has been discontinued.' }] },
    { text: "We won't be able to deliver on Sunday, but we can deliver first thing Monday.", findings: [{ messageId: 'leads', flagged: "won't be able to", output: "We can deliver first thing Monday, though we won't be able to deliver on Sunday." }] },
    { text: 'It is not possible to merge two accounts.', findings: [{ messageId: 'leads', flagged: 'is not possible', output: 'What I can do is [offer an option], since it is not possible to merge two accounts.' }] },
    { text: 'Hi Leo,\n\nI cannot reopen a closed ticket.\n\nBest,\nMae', channel: 'email', findings: [{ messageId: 'leads', flagged: 'cannot', output: 'Hi Leo,\n\nWhat I can do is [offer an option], since I cannot reopen a closed ticket.\n\nBest,\nMae' }] },
    { text: "Regrettably, we're unable to honour the old price.", findings: [{ messageId: 'leads', flagged: 'Regrettably', output: "What I can do is [offer an option], since we're unable to honour the old price." }] },
    { text: "I'm afraid the workshop is full on Saturday.", findings: [{ messageId: 'leads', flagged: "I'm afraid", output: 'The workshop is full on Saturday.' }] },
  ],
});
