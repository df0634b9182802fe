import rule from '../../src/rules/missing-thanks';
import { runRuleTests } from './tester';

const problem = 'My order arrived with a cracked screen and I need it replaced.';

runRuleTests(rule, {
  valid: [
    { text: 'Hi Sam,\n\nThanks for letting us know. A replacement is on its way.\n\nBest,\nAna' },
    { text: 'Hi Sam,\n\nA replacement ships today.\n\nThanks,\nAna' },
    { text: 'Thank you for your patience while we checked this.' },
    { text: 'thx for reporting, fixed now 👍' },
    { text: 'We really appreciate you flagging this so quickly.' },
    { text: "I'm grateful you took the time to write." },
    { text: 'Hi Jo,\n\nYour refund went out this morning. Thanks again for bearing with us!\n\nBest,\nLee' },
    { text: 'Many thanks for the screenshots, they made this quick to confirm.' },
    { text: 'Cheers for the heads-up, the link is fixed now.' },
    { text: 'Appreciate your patience on this one.' },
    { text: 'Ty! All sorted on our side.' },
    { text: 'Your feedback is genuinely appreciated, and I have passed it to the design team.' },
    { text: 'Hi Priya, thank you so much for the kind words — they made our day.' },
    { text: 'Thanks in advance for sending the order number.' },
    { text: 'We appreciate your business and your patience.' },
    { text: "Hi Tom,\n\nI've reset the password for you.\n\nThank you,\nMia\nSupport" },
    { text: '', customer: problem },
    { text: '   \n  ' },
  ],
  invalid: [
    {
      text: 'Hi Sam,\n\nA replacement ships today.\n\nBest,\nAna',
      customer: problem,
      findings: [{ flagged: '', at: 9, output: 'Hi Sam,\n\nThank you for letting us know. A replacement ships today.\n\nBest,\nAna' }],
    },
    {
      text: 'Thanks to a change in our policy, name changes are now free.',
      findings: [{ flagged: '', at: 0, output: 'Thanks for getting in touch. Thanks to a change in our policy, name changes are now free.' }],
    },
    {
      text: 'Thankfully the outage is over and your account works again.',
      findings: [{ flagged: '', at: 0 }],
    },
    {
      text: 'Haha no thanks needed, glad it is working!',
      findings: [{ flagged: '', at: 0 }],
    },
    {
      text: "You're welcome! Enjoy the new plan.",
      findings: [{ flagged: '', at: 0 }],
    },
    {
      text: 'I appreciate this is frustrating. Your card is unblocked now.',
      findings: [{ flagged: '', at: 0 }],
    },
    {
      text: 'I appreciate how stressful a blocked card is. It is unblocked now.',
      findings: [{ flagged: '', at: 0 }],
    },
    {
      text: 'Hi Ravi,\n\n> How do I move my account? Thanks in advance, Ravi\n\nI have unlinked your old console, so you can sign in now.\n\nBest,\nElle',
      findings: [{ flagged: '', at: 63 }],
    },
    {
      text: 'Hello Dana,\n\nThe parcel is with the courier and arrives Friday.\n\nKind regards,\nOmar\n\nOn Mon, 3 Jun 2024 at 10:02, Dana <dana@x.example> wrote:\n> Thanks for the quick reply last time!',
      findings: [{ flagged: '', at: 13 }],
    },
    {
      text: 'Dear Mrs Bassey,\n\nWe have received your feedback.\n\nKind regards,\nPatient Relations',
      findings: [{ flagged: '', at: 18, output: 'Dear Mrs Bassey,\n\nThanks for getting in touch. We have received your feedback.\n\nKind regards,\nPatient Relations' }],
    },
    {
      text: 'Your new card is in the post.',
      findings: [{ flagged: '', at: 0, output: 'Thanks for getting in touch. Your new card is in the post.' }],
    },
    {
      text: 'We would appreciate it if you could send the receipt.',
      findings: [{ flagged: '', at: 0 }],
    },
  ],
});
