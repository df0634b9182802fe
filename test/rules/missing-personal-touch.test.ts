import rule from '../../src/rules/missing-personal-touch';
import { runRuleTests } from './tester';

runRuleTests(rule, {
  valid: [
    { text: 'Hi Priya,\n\nYour booking is confirmed for Friday at 10am.\n\nBest,\nAna', channel: 'email', customerName: 'Priya' },
    { text: 'Hello,\n\nYour booking is confirmed for Friday at 10am.\n\nBest,\nAna', channel: 'email' },
    { text: 'Hello,\n\nYour booking is confirmed.', channel: 'chat', customerName: 'Priya' },
    { text: 'Hi there,\n\nThanks for the photos, Priya. A new lamp ships today.\n\nBest,\nLiv', channel: 'email', customerName: 'Priya' },
    { text: 'Dear Mr Booth,\n\nYour controller is re-paired.\n\nRegards,\nEd', customer: 'My controller stopped working. The house is freezing. Mr Booth', channel: 'email' },
    { text: "Dear Mrs Bassey,\n\nI'm sorry for the long wait.\n\nKind regards,\nJen", customer: 'I waited two hours. Mrs Bassey', channel: 'email' },
    { text: 'Hi Marcus,\n\nSorry to hear the game crashes.\n\nBest,\nKo', customer: "It's crashing on level 4. Any ideas? Marcus", channel: 'email' },
    { text: 'Hello,\n\nYes, we deliver on Saturdays.\n\nBest,\nKo', customer: 'Do you deliver on Saturdays? Thanks in advance!', channel: 'email' },
    { text: 'Hi Ms Nowak,\n\nYour refund is on its way.\n\nBest,\nAl', customer: 'Where is my refund? Ms Nowak', channel: 'email' },
    { text: 'Hi ALAN,\n\nYour reading is corrected.\n\nBest,\nAl', channel: 'email', customerName: 'Alan Hale' },
    { text: 'Hi there,\n\nThe outage is over.\n\nBest,\nAl', customer: 'Is the site down? Please help', channel: 'email' },
    { text: 'Hi Seo-yeon,\n\nYour tickets are resent.\n\nBest,\nRuth', customer: 'My tickets never came. Seo-yeon', channel: 'email' },
  ],
  invalid: [
    { text: 'Hello,\n\nYour booking is confirmed for Friday at 10am.\n\nBest,\nAna', channel: 'email', customerName: 'Priya', findings: [{ messageId: 'missing', flagged: 'Hello', output: 'Hello Priya,\n\nYour booking is confirmed for Friday at 10am.\n\nBest,\nAna' }] },
    { text: 'Dear Customer,\n\nYour booking is confirmed for Friday at 10am.\n\nBest,\nAna', channel: 'email', customerName: 'Priya', findings: [{ messageId: 'missing', flagged: 'Dear Customer', output: 'Dear Priya,\n\nYour booking is confirmed for Friday at 10am.\n\nBest,\nAna' }] },
    { text: 'Your booking is confirmed.\n\nBest,\nAna', customer: 'Can I move my booking? The house is freezing. Mr Booth', channel: 'email', findings: [{ messageId: 'missing', flagged: '', at: 0, output: 'Hi Mr Booth,\n\nYour booking is confirmed.\n\nBest,\nAna' }] },
    { text: 'Hi there, your booking is confirmed.\n\nBest,\nAna', channel: 'email', customerName: 'Priya Shah', findings: [{ messageId: 'missing', flagged: 'Hi there', output: 'Hi Priya, your booking is confirmed.\n\nBest,\nAna' }] },
    { text: 'Hi,\n\nSorry the lamp arrived broken. A new one ships today.\n\nBest,\nLiv', customer: 'The lamp arrived broken. Ines', channel: 'email', findings: [{ messageId: 'missing', flagged: 'Hi', output: 'Hi Ines,\n\nSorry the lamp arrived broken. A new one ships today.\n\nBest,\nLiv' }] },
    { text: 'Hey!\n\nThe update is live now.\n\nCheers,\nAbi', channel: 'email', customerName: 'Dom', findings: [{ messageId: 'missing', flagged: 'Hey', output: 'Hey Dom!\n\nThe update is live now.\n\nCheers,\nAbi' }] },
    { text: 'Dear Sir or Madam,\n\nYour meter reading is corrected.\n\nRegards,\nBilling', customer: 'Why is my bill estimated?? Alan Hale', channel: 'email', findings: [{ messageId: 'missing', flagged: 'Dear Sir or Madam', output: 'Dear Alan,\n\nYour meter reading is corrected.\n\nRegards,\nBilling' }] },
    { text: 'Good morning,\n\nYour table is booked for 7pm.\n\nBest,\nPat', channel: 'email', customerName: 'Ines', findings: [{ messageId: 'missing', flagged: 'Good morning', output: 'Good morning Ines,\n\nYour table is booked for 7pm.\n\nBest,\nPat' }] },
    { text: 'Hello team,\n\nThe invoice is attached.\n\nBest,\nPat', channel: 'email', customerName: 'Jordan', findings: [{ messageId: 'missing', flagged: 'Hello team', output: 'Hello Jordan,\n\nThe invoice is attached.\n\nBest,\nPat' }] },
    { text: "Hi there,\n\nI'm sorry the driver missed you. He is back tomorrow before noon.\n\nBest,\nRo", customer: 'The driver never came. I waited all day. Mrs Grainger', channel: 'email', findings: [{ messageId: 'missing', flagged: 'Hi there', output: "Hi Mrs Grainger,\n\nI'm sorry the driver missed you. He is back tomorrow before noon.\n\nBest,\nRo" }] },
    { text: 'Hello,\n\nYes, the blender ships to Ireland.\n\nBest,\nTheo', customer: 'Do you ship blenders to Ireland? Thanks, Mirela', channel: 'email', findings: [{ messageId: 'missing', flagged: 'Hello', output: 'Hello Mirela,\n\nYes, the blender ships to Ireland.\n\nBest,\nTheo' }] },
  ],
});
