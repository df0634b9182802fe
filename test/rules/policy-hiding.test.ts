import rule from '../../src/rules/policy-hiding';
import { runRuleTests } from './tester';

runRuleTests(rule, {
  valid: [
    { text: 'Refunds close after 30 days because the stock goes back on sale, but I can offer an exchange or store credit instead.' },
    { text: "Per our policy, names cannot change on a ticket. What I can do is cancel this one for free and rebook it in your friend's name." },
    { text: 'Our policy is to refund within 5 business days, and I have started yours today.' },
    { text: "It's against our terms to share an account, but we can unlock it once you change the password." },
    { text: "Here's our returns policy in plain words: anything unworn comes back free within 60 days." },
    { text: "I've updated our privacy policy page so the link works again." },
    { text: "Company policy doesn't allow a cash refund for gift cards; however, I can move the balance to a new card for you." },
    { text: "Under our terms the deposit is non-refundable, but I'd be happy to move your booking to any date this year." },
    { text: "Thanks for reading the terms so carefully! You're right that the fee should not apply, and I've removed it." },
    { text: "You can read the full policy at help.tidewater.example/returns, and I've already started your return." },
  ],
  invalid: [
    { text: 'Per our policy, refunds are not possible after 30 days.', findings: [{ messageId: 'hiding', flagged: 'Per our policy', output: 'Per our policy, refunds are not possible after 30 days. What I can do instead is [offer an option].' }] },
    { text: 'Company policy does not allow us to change the name on a ticket.', findings: [{ messageId: 'hiding', flagged: 'Company policy does not', output: 'Company policy does not allow us to change the name on a ticket. What I can do instead is [offer an option].' }] },
    { text: "Sharing an account is against our terms, so we've locked it.", findings: [{ messageId: 'hiding', flagged: 'against our terms', output: "Sharing an account is against our terms, so we've locked it. What I can do instead is [offer an option]." }] },
    { text: "That's our policy, I'm afraid.", findings: [{ messageId: 'hiding', flagged: "That's our policy", output: "That's our policy, I'm afraid. What I can do instead is [offer an option]." }] },
    { text: 'Our hands are tied here.', findings: [{ messageId: 'hiding', flagged: 'Our hands are tied', output: 'Our hands are tied here. What I can do instead is [offer an option].' }] },
    { text: 'Hi Rosa,\n\nAs per company policy, we do not price-match other retailers.\n\nRegards,\nKit', channel: 'email', findings: [{ messageId: 'hiding', flagged: 'As per company policy', output: 'Hi Rosa,\n\nAs per company policy, we do not price-match other retailers. What I can do instead is [offer an option].\n\nRegards,\nKit' }] },
    { text: 'Due to our policy, we can only speak to the account holder.', findings: [{ messageId: 'hiding', flagged: 'Due to our policy', output: 'Due to our policy, we can only speak to the account holder. What I can do instead is [offer an option].' }] },
    { text: 'It is company policy that deposits are non-refundable.', findings: [{ messageId: 'hiding', flagged: 'It is company policy', output: 'It is company policy that deposits are non-refundable. What I can do instead is [offer an option].' }] },
    { text: 'Unfortunately, late returns are outside our returns policy.', findings: [{ messageId: 'hiding', flagged: 'outside our returns policy', output: 'Unfortunately, late returns are outside our returns policy. What I can do instead is [offer an option].' }] },
    { text: 'In line with our guidelines, the review has been removed.', findings: [{ messageId: 'hiding', flagged: 'In line with our guidelines', output: 'In line with our guidelines, the review has been removed. What I can do instead is [offer an option].' }] },
    { text: 'Our policy states that tickets are non-transferable. Thanks for understanding.', findings: [{ messageId: 'hiding', flagged: 'Our policy states', output: 'Our policy states that tickets are non-transferable. What I can do instead is [offer an option]. Thanks for understanding.' }] },
    { text: 'It is against our booking policy to hold seats without payment.', findings: [{ messageId: 'hiding', flagged: 'against our booking policy', output: 'It is against our booking policy to hold seats without payment. What I can do instead is [offer an option].' }] },
    { text: 'Our booking terms state that deposits are non-refundable.', findings: [{ messageId: 'hiding', flagged: 'Our booking terms state', output: 'Our booking terms state that deposits are non-refundable. What I can do instead is [offer an option].' }] },
  ],
});
