/**
 * "No runaway patterns": team-lead patterns are compromise match syntax only, with length and complexity
 * limits (src/settings/patterns.ts, limits.ts), and one analysis is bounded (src/engine/analyzer.ts safe
 * mode): a per-call time budget, too-long sentences and too many sentences left out, and the UI told.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer, ENGINE_LIMITS, SAFE_MODE_MESSAGE } from '../../src/engine/analyzer';
import { defineRule, type Rule } from '../../src/engine/rule';
import { rules as builtin } from '../../src/rules';
import { LIMITS } from '../../src/settings/limits';
import { checkTeamPattern } from '../../src/settings/patterns';
import { parseSettings, type Settings } from '../../src/settings/schema';

const settingsWith = (patterns: string[]): Settings => {
  const r = parseSettings({ version: 2, customRules: [{ id: 'team', type: 'phrase', message: 'Team rule.', patterns }] });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.settings;
};

describe('team patterns: match syntax only, with limits', () => {
  const refused: [string, string, RegExp][] = [
    ['a regular expression', '/(a+)+$/', /regular expression/],
    ['a regular expression inside a group', '(refund|/(x+x+)+y/)', /regular expression/],
    ['a catastrophic-backtracking regex term', '/^(([a-z])+.)+[A-Z]([a-z])+$/', /regular expression/],
    ['longer than the limit', `${'refund '.repeat(20)}`.trim(), new RegExp(`longer than ${LIMITS.patternLength}`)],
    ['longer than the engine limit', 'x'.repeat(201), /longer than 200/],
    ['too many terms', Array.from({ length: LIMITS.patternTerms + 1 }, (_, i) => `w${i}`).join(' '), /terms; at most/],
    ['too many alternatives', `(${Array.from({ length: LIMITS.patternChoices + 1 }, (_, i) => String.fromCharCode(97 + (i % 26)) + (i >= 26 ? 'z' : '')).join('|')})`, /alternatives; at most/],
    ['unbalanced brackets', '((refund', /Unbalanced/],
    ['a group compromise never matches after a wildcard', 'sent .{0,2} (a few|several) messages', /after a wildcard/],
    ['empty', '   ', /empty/],
  ];
  it.each(refused)('refuses %s', (_what, pattern, reason) => {
    expect(checkTeamPattern(pattern)).toMatch(reason);
    expect(parseSettings({ version: 2, customRules: [{ id: 'x', type: 'phrase', message: 'm', patterns: [pattern] }] }).ok).toBe(false);
  });

  it('accepts words, (a|b) choices, optional words, wildcards and #Tags within the limits', () => {
    for (const p of ['refund', '(refund|reimbursement) (is|was) #Adverb? (pending|late)', 'we will . soon', '#Noun+ policy', 'get back to you']) expect(checkTeamPattern(p)).toBeUndefined();
  });

  it('the worst patterns the limits allow still match a long draft quickly', () => {
    // The most expensive shapes within the limits: greedy wildcards and many optional terms.
    const worst = [
      '. . . . . . . . . . . .',
      '.* .* .* .* .* .* .* .* .* .* .* .*',
      '#Noun+ #Verb+ #Noun+ #Verb+ #Noun+ #Verb+ #Noun+ #Verb+ #Noun+ #Verb+ #Noun+ #Verb+',
      '(a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|t)+ (u|v|w|x|y|z|aa|bb|cc|dd|ee|ff|gg|hh|ii|jj|kk|ll|mm|nn)+',
      'a? b? c? d? e? f? g? h? i? j? k? refund',
    ].filter((p) => checkTeamPattern(p) === undefined);
    expect(worst.length).toBeGreaterThanOrEqual(3);
    const analyzer = createAnalyzer(settingsWith(worst));
    const draft = Array.from({ length: 120 }, (_, i) => `Sentence ${i} is about the refund and the order we shipped late.`).join(' ');
    const started = performance.now();
    analyzer.analyze(draft);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);
});

describe('engine limits (always on, deterministic)', () => {
  it(`leaves out a sentence longer than ${ENGINE_LIMITS.sentenceChars} characters instead of parsing it (a 200,000-character run-on took 51 s)`, () => {
    const analyzer = createAnalyzer();
    const started = performance.now();
    const findings = analyzer.analyze(`Hi Sam,\n\n${'word '.repeat(40_000)}\n\nYou'll need to contact your bank.`);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(analyzer.status()).toMatchObject({ safeMode: true, skippedSentences: 1 });
    // The rest of the draft is still coached.
    expect(findings.some((f) => f.rule === 'deflection')).toBe(true);
  }, 30_000);

  it(`checks at most ${ENGINE_LIMITS.sentences} sentences of a huge paste`, () => {
    const analyzer = createAnalyzer();
    const draft = Array.from({ length: ENGINE_LIMITS.sentences + 50 }, (_, i) => `Line ${i}.`).join('\n');
    analyzer.analyze(draft);
    expect(analyzer.status()).toMatchObject({ safeMode: true, skippedSentences: 50 });
  }, 60_000);

  it('bounds a huge customer message the same way', () => {
    const analyzer = createAnalyzer();
    const started = performance.now();
    analyzer.analyze("Sorry about that. We'll refund you today.", { customer: `${'refund '.repeat(30_000)}` });
    expect(performance.now() - started).toBeLessThan(5_000);
  }, 30_000);

  it('says nothing about safe mode for an ordinary draft', () => {
    const analyzer = createAnalyzer(undefined, undefined, { budgetMs: 10_000 });
    analyzer.analyze("Hi Sam,\n\nThanks for writing in. I'm sorry the order was late; I've refunded it today.\n\nBest,\nAna");
    expect(analyzer.status()).toEqual({ safeMode: false, skippedRules: [], skippedSentences: 0, incomplete: false });
    expect(SAFE_MODE_MESSAGE).toBe('Warmline paused some checks to keep typing smooth.');
  });
});

describe('time budget (a fake clock makes it deterministic)', () => {
  /** A clock that advances only when a rule says it worked. */
  function fakeClock() {
    let t = 0;
    return { now: () => t, spend: (ms: number) => void (t += ms) };
  }
  const slowRule = (id: string, clock: { spend(ms: number): void }, ms: () => number): Rule =>
    defineRule({
      meta: { id, category: 'tone', docs: { description: id, why: '', incorrect: [], correct: [] }, messages: { m: id }, defaultLevel: 'warning', phrases: {} },
      check(draft) {
        clock.spend(ms());
        return draft.sentences.slice(0, 1).map((s) => ({ messageId: 'm', start: s.start, end: s.end, suggestions: [] }));
      },
    });
  const core = builtin.filter((r) => ['missing-apology', 'deflection', 'vague-promise', 'missing-thanks'].includes(r.meta.id));

  it('skips custom and non-core rules once one call has spent the budget; core rules always run', () => {
    const clock = fakeClock();
    const rules = [...core, slowRule('slow-one', clock, () => 80), slowRule('after-it', clock, () => 1)];
    const analyzer = createAnalyzer(settingsWith(['bank']), rules, { budgetMs: 50, now: clock.now });
    const findings = analyzer.analyze("Hi,\n\nYou'll need to contact your bank.");
    const status = analyzer.status();
    expect(status.safeMode).toBe(true);
    expect(status.skippedRules).toEqual(['after-it', 'custom:team']);
    expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['deflection', 'missing-thanks']));
    expect(findings.some((f) => f.rule === 'custom:team' || f.rule === 'after-it')).toBe(false);
  });

  it('benches a rule that alone took the whole budget for the rest of the draft, until the draft is cleared', () => {
    const clock = fakeClock();
    let cost = 80;
    const rules = [...core, slowRule('slow-one', clock, () => cost)];
    const analyzer = createAnalyzer(undefined, rules, { budgetMs: 50, now: clock.now });
    const long = "Hi,\n\nThanks for writing. I'm sorry the parcel is late and I'll chase it today.";
    analyzer.analyze(long);
    expect(analyzer.status().skippedRules).toEqual([]);
    cost = 1;
    analyzer.analyze(`${long} More.`);
    expect(analyzer.status()).toMatchObject({ safeMode: true, skippedRules: ['slow-one'] });
    analyzer.analyze('Hi');
    expect(analyzer.status()).toMatchObject({ safeMode: false, skippedRules: [] });
  });

  it('stops parsing at the budget and goes on where it stopped in the next call (bounded work per call)', () => {
    // Each new parse costs 7 ms on this clock; cached parses cost nothing (as in a browser).
    const analyzer = createAnalyzer(undefined, [core[0]!], { budgetMs: 50, now: () => analyzer.stats().parsed * 7 });
    const draft = Array.from({ length: 60 }, (_, i) => `Order ${i} shipped late.`).join(' ');
    const rounds: number[] = [];
    for (let i = 0; i < 30; i++) {
      analyzer.analyze(draft);
      rounds.push(analyzer.status().skippedSentences);
      if (!analyzer.status().incomplete) break;
    }
    expect(rounds[0]).toBeGreaterThan(0);
    expect(rounds.at(-1)).toBe(0);
    // Strictly fewer left out each round: progress, never a loop.
    for (let i = 1; i < rounds.length; i++) expect(rounds[i]!).toBeLessThan(rounds[i - 1]!);
    expect(analyzer.status()).toMatchObject({ safeMode: false, incomplete: false });
  });

  it('without a budget (CLI, tests) nothing is ever skipped for time', () => {
    const clock = fakeClock();
    const rules = [...core, slowRule('slow-one', clock, () => 10_000), slowRule('after-it', clock, () => 1)];
    const analyzer = createAnalyzer(settingsWith(['bank']), rules, { now: clock.now });
    analyzer.analyze("Hi,\n\nThe bank called.");
    expect(analyzer.status().skippedRules).toEqual([]);
  });
});

describe('huge inputs finish in bounded time with the content script budget', () => {
  const inputs: [string, string][] = [
    ['200,000 characters of ordinary sentences', "Thanks for writing in about the refund. You'll need to contact your bank about the charge. ".repeat(2200).slice(0, 200_000)],
    ['200,000 characters without punctuation', 'word '.repeat(40_000)],
    ['200,000 characters of one word', 'a'.repeat(200_000)],
    ['200,000 characters of line breaks and emoji', '😀\n'.repeat(66_666)],
    ['200,000 characters of HTML-looking text', '<div class="x"><img src=x onerror=alert(1)></div> '.repeat(4000)],
    ['200,000 zero-width and RTL characters', '\u200b\u200fשלום مرحبا '.repeat(12_500)],
  ];
  it.each(inputs)('%s', (_what, text) => {
    const analyzer = createAnalyzer(undefined, undefined, { budgetMs: 50 });
    let worst = 0;
    for (let round = 0; round < 3; round++) {
      const started = performance.now();
      analyzer.analyze(round === 2 ? `${text} x` : text);
      worst = Math.max(worst, performance.now() - started);
    }
    // Budget plus one sentence's parse plus the fixed cost of splitting 200 KB; generous for a slow CI core.
    expect(worst).toBeLessThan(3_000);
  }, 60_000);
});
