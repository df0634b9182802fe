import rule from '../../src/rules/condescension';
import { runRuleTests } from './tester';

runRuleTests(rule, {
  valid: [
    { text: 'Glad it works now, and just reach out again if anything comes up!' },
    { text: 'If it happens again, just DM us and we will look at it.' },
    { text: "I've just refunded the second charge, so you'll see it within 5 days." },
    { text: 'If anything else comes up, just reply here.' },
    { text: 'Just to let you know, your parcel left our warehouse this morning.' },
    { text: 'It was fixed just now, thanks for bearing with us.' },
    { text: 'I just wanted to check the new router is behaving.' },
    { text: 'We just shipped the replacement by express post.' },
    { text: 'Restarting the router usually fixes this; hold the power button for 10 seconds.' },
    { text: "Of course! I've moved your booking to Friday." },
    { text: "I can clearly see the double charge on your statement, and I've reversed it." },
    { text: "It's simply not the standard we hold ourselves to, and I'm sorry." },
    { text: "Just give us a call on 0800 555 0101 if that's easier." },
    { text: 'Actual delivery times depend on the courier; yours is booked for Tuesday.' },
  ],
  invalid: [
    { text: 'As I already said, the refund takes 5 days.', findings: [{ messageId: 'condescending', flagged: 'As I already said', output: 'To recap, the refund takes 5 days.' }] },
    { text: 'Like I said, the code only works once.', findings: [{ messageId: 'condescending', flagged: 'Like I said', output: 'To recap, the code only works once.' }] },
    { text: 'Just restart the router and it will work.', findings: [{ messageId: 'condescending', flagged: 'Just', output: 'Restart the router and it will work.' }] },
    { text: 'You can simply log out and back in.', findings: [{ messageId: 'condescending', flagged: 'simply', output: 'You can log out and back in.' }] },
    { text: 'You just need to clear the cache.', findings: [{ messageId: 'condescending', flagged: 'just', output: 'You need to clear the cache.' }] },
    { text: "Obviously the discount can't be combined with the sale price.", findings: [{ messageId: 'condescending', flagged: 'Obviously', output: "The discount can't be combined with the sale price." }] },
    { text: 'The app is, obviously, not meant for that.', findings: [{ messageId: 'condescending', flagged: 'obviously', output: 'The app is not meant for that.' }] },
    { text: 'Calm down, we are looking at your account now.', findings: [{ messageId: 'condescending', flagged: 'Calm down', output: 'I understand this is stressful, and we are looking at your account now.' }] },
    { text: 'Please calm down.', findings: [{ messageId: 'condescending', flagged: 'Please calm down', output: 'I understand this is stressful.' }] },
    { text: "There's no need to panic, the money is safe.", findings: [{ messageId: 'condescending', flagged: "There's no need to panic", output: 'I understand this is stressful, and the money is safe.' }] },
    { text: 'Actually, the setting is under Profile.', findings: [{ messageId: 'condescending', flagged: 'Actually', output: 'The setting is under Profile.' }] },
    { text: "It's really easy to change your password.", findings: [{ messageId: 'condescending', flagged: "It's really easy", output: 'It only takes a minute to change your password.' }] },
    { text: 'All you need to do is click Reset.', findings: [{ messageId: 'condescending', flagged: 'All you need to do is', output: 'The next step is to click Reset.' }] },
    { text: "As previously mentioned, we don't ship to PO boxes.", findings: [{ messageId: 'condescending', flagged: 'As previously mentioned', output: "To recap, we don't ship to PO boxes." }] },
    { text: 'Hi Tom,\n\nSimply tap Forgot password on the sign-in page.\n\nBest,\nRia', channel: 'email', findings: [{ messageId: 'condescending', flagged: 'Simply', output: 'Hi Tom,\n\nTap Forgot password on the sign-in page.\n\nBest,\nRia' }] },
    { text: 'It works on any browser: just open the link on your laptop.', findings: [{ messageId: 'condescending', flagged: 'just', output: 'It works on any browser: open the link on your laptop.' }] },
  ],
});
