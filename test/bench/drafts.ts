/** Realistic reply drafts of a given length, built from varied support sentences (no randomness: runs compare). */
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

export function draftOfWords(words: number): string {
  const parts: string[] = ['Hi Sam,', ''];
  let count = 2;
  let i = 0;
  let paragraph: string[] = [];
  while (count < words) {
    const s = SENTENCES[i % SENTENCES.length]!;
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
