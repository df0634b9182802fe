/**
 * buildDraft after one edit, from the draft before it (the incremental path: segment-edit.ts and the reused
 * sentences), must give exactly the draft built afresh: the same parts and the same sentences.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDraft, type Draft } from '../../src/engine/draft';
import { diffTexts } from '../../src/engine/segment-edit';

const shape = (d: Draft) => ({
  segments: d.segments,
  sentences: d.sentences.map((s) => ({ text: s.text, start: s.start, end: s.end, part: s.part })),
});

const line = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('We will get back to you soon.', 'Thanks for your patience!', 'You will need to contact your bank. It is not us.', "I've refunded the order, e.g. 3.5 days.", 'Sorry 😀 about the 👩‍💻 delay', 'The PDF is attached... see it?') },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '> quoted line', 'On Mon, 3 Jun, Sam <sam@x.example> wrote:', 'On Tuesday Sam', 'wrote:', '-- ', 'From: Sam <sam@x.example>', '---- Original Message ----') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
);
const greeting = fc.constantFrom('', 'Hi Sam,', 'Hello there, thanks for writing.', 'Dear Ms. Lee,');
const signoff = fc.constantFrom('', 'Best,', 'Thanks,', 'Kind regards,\nAna', 'Cheers\n--\nAna Ruiz\nSupport');
const draftText = fc.tuple(greeting, fc.array(line, { maxLength: 12 }), signoff, fc.constantFrom('\n', '\r\n', '\n\n')).map(([g, body, s, nl]) => [g, ...body, s].join(nl));
const inserted = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', ' ', '.', 'x y', 'soon', '!', ',', 'é', '😀') },
  { weight: 1, arbitrary: fc.constantFrom('\n', '> ', 'On ', ' wrote:', '--', 'Hi ', 'Best,', '\r', '\u200b') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
/** An edit: at a position, delete up to n characters and insert a string (a keystroke, a deletion, a paste). */
const edited = fc.tuple(draftText, fc.integer({ min: 0, max: 1_000_003 }), fc.integer({ min: 0, max: 3 }), inserted, fc.boolean()).map(([text, at, del, ins, typing]) => {
  // (A prime spread over the text: fast-check leans towards the ends of a range, and keystrokes land anywhere.)
  const i = (at * 7919) % (text.length + 1);
  const after = text.slice(0, i) + (typing ? ins : '') + text.slice(Math.min(text.length, i + (typing ? 0 : del)));
  return { before: text, after };
});

describe('buildDraft after an edit', () => {
  it('equals the draft built afresh (parts and sentences), for generated drafts and edits', () => {
    let reused = 0;
    fc.assert(
      fc.property(edited, ({ before, after }) => {
        const caches = { sentences: new Map(), lines: new Map() };
        const previous = buildDraft(before, caches, 1);
        const next = buildDraft(after, caches, 2, Infinity, previous);
        if (previous.sentences.length > 0 && next.sentences.includes(previous.sentences[0]!)) reused++;
        expect(shape(next)).toEqual(shape(buildDraft(after, new Map(), 1)));
      }),
      { numRuns: Number(process.env.DRAFT_EDIT_RUNS ?? 3000), seed: Number(process.env.DRAFT_EDIT_SEED ?? 20261202) },
    );
    // The fast path itself must have been taken (and so tested) in a good share of the runs.
    expect(reused).toBeGreaterThan(300);
  });

  it('typing through a long body reuses the sentences before the line and moves those after it', () => {
    const body = Array.from({ length: 30 }, (_, i) => `Line ${i} says the parcel left on day ${i}.`).join('\n');
    const before = `Hi Sam,\n\n${body}\n\nBest,\nAna`;
    const at = before.indexOf('Line 10 ') + 'Line 10 says'.length;
    const after = before.slice(0, at) + ' that' + before.slice(at);
    const caches = { sentences: new Map(), lines: new Map() };
    const previous = buildDraft(before, caches, 1);
    const next = buildDraft(after, caches, 2, Infinity, previous);
    expect(shape(next)).toEqual(shape(buildDraft(after, new Map(), 1)));
    const i = next.sentences.findIndex((s) => s.text.startsWith('Line 10 '));
    expect(next.sentences.slice(0, i)).toEqual(previous.sentences.slice(0, i));
    expect(next.sentences.slice(0, i).every((s, k) => s === previous.sentences[k])).toBe(true);
    expect(next.sentences[i + 1]!.start).toBe(previous.sentences[i + 1]!.start + ' that'.length);
  });
});

describe('diffTexts', () => {
  it('never starts an edit inside a surrogate pair', () => {
    // "😀" is \ud83d\ude00; "😃" is \ud83d\ude03: the texts first differ at the low half.
    expect(diffTexts('a😀b', 'a😃b')).toMatchObject({ start: 1, beforeEnd: 3, afterEnd: 3 });
    expect(diffTexts('abc', 'abXc')).toMatchObject({ start: 2, beforeEnd: 2, afterEnd: 3 });
  });
});
