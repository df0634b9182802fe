/**
 * Realistic reply drafts of a given length, built from varied support sentences (no randomness: runs compare).
 * Each sentence is made unique by the case number it names, as in a real draft: a long draft is thousands
 * of sentences the engine has to parse, not a dozen cached ones repeated.
 */
const SENTENCES = [
  "I've checked your account and the payment went through on the 3rd.",
  'Your replacement ships from our warehouse today and arrives by Friday.',
  "We'll get back to you soon about the rest of the order.",
  'You will need to contact your bank about the second charge.',
  "I'm sorry the app kept logging you out during checkout.",
  'The tracking link in your account updates every hour.',
  'If the screen still flickers after the update, reply here and I will call you.',
  'Our engineers rolled out a fix for the sync problem this morning.',
  'Thanks for sending the screenshots, they made this quick to confirm.',
  'Your plan renews on the first of each month unless you change it.',
  "Unfortunately we can't change the delivery address once the parcel has left.",
  'I have added a note to your file so nobody asks you for this again.',
];

/** `firstCase` numbers the first sentence: drafts with different numbers share no sentence (a never-seen draft). */
export function draftOfWords(words: number, firstCase = 4000): string {
  const parts: string[] = ['Hi Sam,', ''];
  let count = 2;
  let i = 0;
  let paragraph: string[] = [];
  while (count < words) {
    const s = SENTENCES[i % SENTENCES.length]!.replace(/([.!?])$/, ` (case ${firstCase + i})$1`);
    paragraph.push(s);
    count += s.split(/\s+/).length;
    i++;
    if (paragraph.length === 4) {
      parts.push(paragraph.join(' '), '');
      paragraph = [];
    }
  }
  if (paragraph.length) parts.push(paragraph.join(' '), '');
  parts.push('Best,', 'Ana');
  return parts.join('\n');
}

export const CUSTOMER = 'My order arrived with a cracked screen and I was charged twice. This is really frustrating.';

/**
 * What the bench types, one character per keystroke: varied sentences that never repeat within a run, so
 * every keystroke changes a sentence the engine has not seen (no cached parse to fall back on).
 */
export const TYPED_PASSAGE = [
  ' I will email you the tracking number by noon tomorrow.',
  ' The courier collected the parcel from our depot this morning.',
  ' Your card ending 4421 was refunded in full on Tuesday.',
  ' If the invoice still shows the old address, reply here and I will fix it.',
  ' Our billing team has confirmed the second charge was a duplicate.',
  ' I have moved your appointment to Thursday at 3pm as you asked.',
  ' The new router should arrive within two working days.',
  ' Sorry again that the first engineer missed the visit window.',
  ' I checked the logs and the outage ended at 09:40 for your area.',
  ' Thanks for the photos of the damaged box, they helped a lot.',
  ' We will credit the missing month to your next statement.',
  ' Please keep the faulty charger, there is no need to send it back.',
].join('');

/** Another passage, for warming up the JIT on the same paths without touching the measured sentences. */
export const WARM_UP_PASSAGE = [
  ' I rang the warehouse and they found your order on the wrong shelf.',
  ' You can keep using the old card until the new one arrives on Monday.',
  ' We are sorry the chat closed before you got an answer.',
  ' I have added a note so the next agent sees all of this at once.',
  ' The discount code now works on the annual plan as well.',
].join('');
