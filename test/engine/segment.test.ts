import { describe, expect, it } from 'vitest';
import { segment } from '../../src/engine/segment';

const kinds = (text: string) => segment(text).parts.map((p) => [p.kind, text.slice(p.start, p.end)]);

describe('segment', () => {
  it('splits greeting, body, sign-off and signature', () => {
    const text = 'Hi Sam,\n\nYour refund went out today.\nIt shows in 3 days.\n\nBest,\nAna\nAcme Support';
    expect(kinds(text)).toEqual([
      ['greeting', 'Hi Sam,'],
      ['body', 'Your refund went out today.\nIt shows in 3 days.'],
      ['signoff', 'Best,'],
      ['signature', 'Ana\nAcme Support'],
    ]);
  });

  it.each([
    ['Your parcel is with the courier now: track.example/88 ^KM', 'Your parcel is with the courier now: track.example/88', '^KM'],
    ['So sorry about the wait! Your table is ready. -Jo', 'So sorry about the wait! Your table is ready.', '-Jo'],
    ['Happy to help with that - Sam', 'Happy to help with that', '- Sam'],
    ['Could you DM us the order number? (1/2)', 'Could you DM us the order number?', '(1/2)'],
    ['The new code is in your inbox. *DW track.example/1', 'The new code is in your inbox.', '*DW track.example/1'],
    ['All done for you = LR', 'All done for you', '= LR'],
  ])('takes a social sign-off at the end of %j as the signature', (text, body, signature) => {
    expect(kinds(text)).toEqual([['body', body], ['signature', signature]]);
  });

  it('leaves a dash before a weekday or month in the body, and takes a thread marker off the start', () => {
    expect(kinds('We reopen at 9am - Monday')).toEqual([['body', 'We reopen at 9am - Monday']]);
    expect(kinds('2/2 and the refund goes out today. ^AB')).toEqual([['body', 'and the refund goes out today.'], ['signature', '^AB']]);
  });

  it('keeps a greeting that shares its line with the body apart from it', () => {
    const text = 'Hi Sam, your refund went out today.';
    const s = segment(text);
    expect(kinds(text)).toEqual([['greeting', 'Hi Sam,'], ['body', 'your refund went out today.']]);
    expect(s.bodyStart).toBe(8);
  });

  it('ends a greeting with no punctuation at the name, never inside the body or a word', () => {
    expect(kinds('Hi @Shop I got a salad from you with a hair in it.')).toEqual([['greeting', 'Hi @Shop'], ['body', 'I got a salad from you with a hair in it.']]);
    expect(kinds("Hi Sam I've checked your account.")).toEqual([['greeting', 'Hi Sam'], ['body', "I've checked your account."]]);
    expect(kinds("Hi my order hasn't arrived, can you help")).toEqual([['greeting', 'Hi'], ['body', "my order hasn't arrived, can you help"]]);
    expect(kinds('Hello My order is late')).toEqual([['greeting', 'Hello'], ['body', 'My order is late']]);
    expect(kinds('Hi Sam and Jo, thanks for waiting.')).toEqual([['greeting', 'Hi Sam and Jo,'], ['body', 'thanks for waiting.']]);
    expect(kinds('Good morning team, the app is down.')).toEqual([['greeting', 'Good morning team,'], ['body', 'the app is down.']]);
  });

  it('treats "On … wrote:" and everything after it as quoted', () => {
    const text = 'Hello,\n\nDone.\n\nThanks,\nLee\n\nOn Mon, 3 Jun 2024 at 10:02, Dana <d@x.example> wrote:\n> Thanks!\n> Dana';
    const parts = kinds(text);
    expect(parts.at(-1)).toEqual(['quote', 'On Mon, 3 Jun 2024 at 10:02, Dana <d@x.example> wrote:\n> Thanks!\n> Dana']);
    expect(parts.map((p) => p[0])).toEqual(['greeting', 'body', 'signoff', 'signature', 'quote']);
  });

  it('handles an "On … wrote:" header wrapped over two lines', () => {
    const text = 'Sorted now.\n\nOn Tue, 4 Jun 2024, Sam Lee <sam@x.example>\nwrote:\n> it broke';
    expect(kinds(text).at(-1)?.[0]).toBe('quote');
    expect(kinds(text)[0]).toEqual(['body', 'Sorted now.']);
  });

  it('treats a trailing block of "> " lines as quoted', () => {
    const text = 'Fixed it for you.\n\n> my app crashes\n> please help';
    expect(kinds(text)).toEqual([['body', 'Fixed it for you.'], ['quote', '> my app crashes\n> please help']]);
  });

  it('puts the opening insertion point after the greeting, skipping quoted lines', () => {
    const text = 'Hi Ravi,\n\n> How do I move my account?\n\nI have unlinked it.';
    expect(segment(text).bodyStart).toBe(text.indexOf('I have'));
  });

  it('puts the closing insertion point at the end of the body, before the sign-off', () => {
    const text = 'Hi,\n\nAll done.\n\nKind regards,\nOmar';
    const s = segment(text);
    expect(text.slice(0, s.bodyEnd)).toBe('Hi,\n\nAll done.');
    expect(s.signoff && text.slice(s.signoff.start, s.signoff.end)).toBe('Kind regards,');
  });

  it('does not take a sentence that starts with "Thanks" for a sign-off', () => {
    const text = 'Hi Jo,\n\nYour card is on its way.\n\nThanks for your patience while we sorted this out, it means a lot.';
    expect(segment(text).signoff).toBeUndefined();
  });

  it('copes with empty, blank and one-word drafts', () => {
    expect(segment('').parts).toEqual([]);
    expect(segment('  \n \n').parts).toEqual([]);
    expect(kinds('Done')).toEqual([['body', 'Done']]);
    expect(kinds('Hi')).toEqual([['greeting', 'Hi']]);
  });

  it('handles Windows line endings', () => {
    const text = 'Hi Sam,\r\n\r\nAll set.\r\n\r\nBest,\r\nAna';
    expect(kinds(text)).toEqual([['greeting', 'Hi Sam,'], ['body', 'All set.'], ['signoff', 'Best,'], ['signature', 'Ana']]);
  });
});
