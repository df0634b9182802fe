import { describe, expect, it } from 'vitest';
import { carryInto, collide, combineInSentences, COMBINED_LABEL } from '../../src/engine/combine';
import { createAnalyzer } from '../../src/engine/analyzer';
import type { Finding, Suggestion } from '../../src/engine/types';
import condescension from '../../src/rules/condescension';
import negativePhrasing from '../../src/rules/negative-phrasing';
import roboticPhrasing from '../../src/rules/robotic-phrasing';
import shouting from '../../src/rules/shouting';
import blame from '../../src/rules/blame';

const apply = (text: string, s: Suggestion) => text.slice(0, s.start) + s.text + text.slice(s.end);

/** A finding over `words` (first occurrence) whose suggestions replace the given ranges. */
function at(text: string, rule: string, words: string, level: Finding['level'], ...edits: [string, string][]): Finding {
  const start = text.indexOf(words);
  return {
    rule,
    messageId: 'm',
    message: rule,
    start,
    end: start + words.length,
    level,
    suggestions: edits.map(([from, to]) => ({ label: `${rule}: ${to}`, text: to, start: text.indexOf(from), end: text.indexOf(from) + from.length })),
  };
}

const whole = (text: string) => [{ start: 0, end: text.length }];

describe('collide', () => {
  it('sees overlapping ranges and insertions inside or at the edge of a range', () => {
    expect(collide({ start: 0, end: 5 }, { start: 4, end: 8 })).toBe(true);
    expect(collide({ start: 0, end: 5 }, { start: 5, end: 8 })).toBe(false);
    expect(collide({ start: 5, end: 5 }, { start: 0, end: 5 })).toBe(true);
    expect(collide({ start: 5, end: 5 }, { start: 5, end: 5 })).toBe(true);
    expect(collide({ start: 6, end: 6 }, { start: 0, end: 5 })).toBe(false);
  });
});

describe('carryInto', () => {
  const text = 'Unfortunately, we cannot refund it, but we will look into it soon.';
  const outer = { start: 0, end: text.length, text: 'We will look into it soon, though we cannot refund it.' };
  it('carries an edit into a clause rewrite when its words occur once there', () => {
    const i = text.indexOf('soon');
    expect(carryInto(text, outer, { start: i, end: i + 4, text: 'by Friday' })?.text).toBe('We will look into it by Friday, though we cannot refund it.');
  });
  it('keeps the capital when the rewrite moved the words to the front', () => {
    const i = text.indexOf('we will');
    expect(carryInto(text, outer, { start: i, end: text.length - 1, text: "I'll check by Friday" })?.text).toBe("I'll check by Friday, though we cannot refund it.");
  });
  it('gives up when the words are not in the rewrite or occur twice', () => {
    const i = text.indexOf('refund');
    expect(carryInto(text, { ...outer, text: 'What I can do is look into it.' }, { start: i, end: i + 6, text: 'return' })).toBeUndefined();
    const j = text.indexOf('it,');
    expect(carryInto(text, { ...outer, text: 'it it it' }, { start: j, end: j + 2, text: 'this' })).toBeUndefined();
  });
  it('needs the inner edit to lie inside the outer one', () => {
    expect(carryInto(text, { start: 0, end: 10, text: 'x' }, { start: 20, end: 25, text: 'y' })).toBeUndefined();
  });
});

describe('combineInSentences', () => {
  it('combines two edits in one sentence into one extra suggestion on both findings', () => {
    const text = 'Obviously we will look into it soon.';
    const findings = [
      at(text, 'condescension', 'Obviously', 'hint', ['Obviously w', 'W']),
      at(text, 'vague-promise', 'we will look into it soon', 'warning', ['soon', 'by Friday']),
    ];
    const out = combineInSentences(findings, text, whole(text));
    for (const f of out) {
      const last = f.suggestions[f.suggestions.length - 1]!;
      expect(last.label).toBe(COMBINED_LABEL);
      expect(apply(text, last)).toBe('We will look into it by Friday.');
    }
    // The findings' own suggestions stay first.
    expect(out[0]!.suggestions[0]!.label).toBe('condescension: W');
    expect(findings[0]!.suggestions).toHaveLength(1);
  });

  it('does nothing for one finding, or for findings in different sentences', () => {
    const text = 'Obviously it works. We will look into it soon.';
    const findings = [at(text, 'condescension', 'Obviously', 'hint', ['Obviously i', 'I']), at(text, 'vague-promise', 'soon', 'warning', ['soon', 'by Friday'])];
    const sentences = [{ start: 0, end: 19 }, { start: 20, end: text.length }];
    expect(combineInSentences(findings, text, sentences).map((f) => f.suggestions.length)).toEqual([1, 1]);
    expect(combineInSentences(findings.slice(0, 1), text, whole(text))[0]!.suggestions).toHaveLength(1);
  });

  it('never combines overlapping edits; a finding whose edits all collide stays out', () => {
    const text = 'We will look into it soon.';
    const findings = [
      at(text, 'vague-promise', 'will look into it soon', 'warning', ['will look into it soon', 'will reply by Friday']),
      at(text, 'shouting', 'soon', 'hint', ['soon', 'shortly']),
    ];
    const out = combineInSentences(findings, text, whole(text));
    expect(out.map((f) => f.suggestions.length)).toEqual([1, 1]);
  });

  it('tries a finding\'s next suggestion when the first collides', () => {
    const text = 'Unfortunately, we will look into it soon.';
    const findings = [
      at(text, 'vague-promise', 'soon', 'warning', ['soon', 'by Friday']),
      at(text, 'negative-phrasing', 'Unfortunately', 'hint', ['Unfortunately, we will look into it soon.', 'What I can do is [x].'], ['Unfortunately, w', 'W']),
    ];
    const out = combineInSentences(findings, text, whole(text));
    expect(apply(text, out[1]!.suggestions.at(-1)!)).toBe('We will look into it by Friday.');
  });

  it('ignores insertion-point findings and suggestions outside the sentence', () => {
    const text = 'Obviously it works. Thanks!';
    const findings: Finding[] = [
      { rule: 'missing-thanks', messageId: 'm', message: 'm', start: 0, end: 0, level: 'warning', suggestions: [{ label: 'x', text: 'Thanks! ', start: 0, end: 0 }] },
      at(text, 'condescension', 'Obviously', 'hint', ['Obviously i', 'I']),
    ];
    const out = combineInSentences(findings, text, [{ start: 0, end: 19 }]);
    expect(out.map((f) => f.suggestions.length)).toEqual([1, 1]);
  });

  it('does not offer a rewrite that one suggestion already gives', () => {
    const text = 'Obviously we will reply soon.';
    const findings = [at(text, 'condescension', 'Obviously', 'hint', ['Obviously w', 'W']), at(text, 'blame', 'we', 'hint', ['Obviously w', 'W'])];
    expect(combineInSentences(findings, text, whole(text)).map((f) => f.suggestions.length)).toEqual([1, 1]);
  });

  it('tidies the joins of removed words', () => {
    const text = 'As I said, it is simply not possible , really.';
    const findings = [at(text, 'condescension', 'As I said', 'hint', ['As I said, i', 'I']), at(text, 'shouting', 'simply', 'hint', ['simply ', ''])];
    const out = combineInSentences(findings, text, whole(text));
    // The sentence's own " ," is left alone.
    expect(apply(text, out[0]!.suggestions.at(-1)!)).toBe('It is not possible , really.');
  });

  it('runs in the analyzer with real rules: robotic phrasing and shouting in one sentence', () => {
    const analyzer = createAnalyzer({ version: 1 }, [roboticPhrasing, shouting]);
    const text = 'Kindly note that we do NOT ship on Sundays.';
    const found = analyzer.analyze(text);
    expect(found.map((f) => f.rule)).toEqual(['robotic-phrasing', 'shouting']);
    for (const f of found) {
      const last = f.suggestions.at(-1)!;
      expect(last.label).toBe(COMBINED_LABEL);
      expect(apply(text, last)).toBe('We do not ship on Sundays.');
    }
  });

  it('runs in the analyzer: negative phrasing leads with what can be done and keeps the other fix', () => {
    const analyzer = createAnalyzer({ version: 1 }, [negativePhrasing, condescension, blame]);
    const text = "Unfortunately, we can't swap the size, but you can simply return it for free.";
    const found = analyzer.analyze(text);
    expect(found.map((f) => f.rule)).toEqual(['negative-phrasing', 'condescension']);
    const combined = found[0]!.suggestions.at(-1)!;
    expect(combined.label).toBe(COMBINED_LABEL);
    expect(apply(text, combined)).toBe("You can return it for free, though we can't swap the size.");
  });
});
