import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/engine/draft';
import { compilePhrases } from '../../../src/engine/phrases';
import { concreteTimes, hasConcreteTime } from '../../../src/rules/shared/time';

/** The first sentence of `text`, parsed as the engine does. */
function sentence(text: string) {
  return buildDraft(text, new Map(), 1).sentences[0]!;
}
const words = (text: string) => {
  const s = sentence(text);
  return concreteTimes(s).map((t) => text.slice(t.start, t.end));
};

describe('concreteTimes', () => {
  it.each([
    ['They will email you by 5pm today.', ['5pm today']],
    ["You'll hear from us within 24 hours.", ['24 hours']],
    ['The courier comes on Monday.', ['Monday']],
    ["I'll call you tomorrow morning.", ['tomorrow morning']],
    ['It shows in 3-5 business days.', ['3-5 business days']],
    ["I'll update you by end of day.", ['end of day']],
    ['Expect it by EOD.', ['EOD']],
    ["We'll sort it before your flight.", ['before your flight']],
    ['The engineer will visit on the 14th.', ['the 14th']],
    ['Your new card arrives by 9 August.', ['9 August']],
    ["I'll check it again at 3:30 p.m. GMT.", ['3:30 p.m. GMT']],
    ['Approval takes two working days.', ['two working days']],
    ['Confirmation comes within the hour.', ['within the hour']],
    ['Gift cards take up to an hour to activate.', ['up to an hour']],
    ["I'll fix that right away.", ['right away']],
    ["I'll book it straight away.", ['straight away']],
    ['We ship next Tuesday.', ['next Tuesday']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    "We'll get back to you soon.",
    'It should be fixed in the coming days.',
    'They should reply in the next few days.',
    'We will write to you in due course.',
    'A fix will land in a future update.',
    "It's been down since Monday.",
    'I reset it 2 days ago.',
    'We will let you know as soon as possible.',
    'It should arrive any day now.',
  ])('finds nothing concrete in %s', (text) => {
    expect(words(text)).toEqual([]);
    expect(hasConcreteTime(sentence(text))).toBe(false);
  });

  it('returns draft offsets, not sentence offsets', () => {
    const text = 'Hi Sam,\n\nSorry again. The refund lands within 2 working days.';
    const s = buildDraft(text, new Map(), 1).sentences.find((x) => x.text.startsWith('The refund'))!;
    const [t] = concreteTimes(s);
    expect(text.slice(t!.start, t!.end)).toBe('2 working days');
    expect(t!.kind).toBe('time');
  });

  it('marks immediate actions as `now`', () => {
    expect(concreteTimes(sentence("I'll check it right now.")).map((t) => t.kind)).toEqual(['now']);
  });

  it('adds a team’s own patterns', () => {
    const extra = compilePhrases(['after the next sprint']);
    const s = sentence('The fix goes out after the next sprint.');
    expect(hasConcreteTime(s)).toBe(false);
    expect(hasConcreteTime(s, extra)).toBe(true);
  });

  it('caches per sentence text', () => {
    const cache = new Map();
    const a = buildDraft('You get it by Friday.', cache, 1).sentences[0]!;
    const b = buildDraft('You get it by Friday.', cache, 2).sentences[0]!;
    expect(concreteTimes(a)).toBe(concreteTimes(b));
  });
});
