import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../src/engine';
import missingThanks from '../../src/rules/missing-thanks';

const draft = (extra: string) => `Hi Sam,\n\nYour parcel left our warehouse this morning. It arrives on Friday. ${extra}\n\nBest,\nAna`;

describe('createAnalyzer', () => {
  it('re-parses only the sentence that changed', () => {
    const a = createAnalyzer();
    a.analyze(draft('Tracking is in your account.'));
    const before = a.stats().parsed;
    a.analyze(draft('Tracking is in your account!'));
    expect(a.stats().parsed - before).toBeLessThanOrEqual(1);
    a.analyze(draft('Tracking is in your account!'));
    expect(a.stats().parsed - before).toBeLessThanOrEqual(1);
  });

  it('does not keep every old version of a sentence being typed', () => {
    const a = createAnalyzer();
    let typed = '';
    for (const ch of 'Tracking is in your account and updates every hour.') {
      typed += ch;
      a.analyze(draft(typed));
    }
    expect(a.stats().cached).toBeLessThan(80);
  });

  it('gives the same findings as a fresh analyzer after many edits', () => {
    const a = createAnalyzer();
    for (const t of ['Done.', 'Done. Thanks!', 'Done. Thanks to the update it works.']) a.analyze(t);
    expect(a.analyze('Done. Thanks to the update it works.')).toEqual(createAnalyzer().analyze('Done. Thanks to the update it works.'));
  });

  it('answers the same text and context again without running the rules, and runs them for another context', () => {
    let runs = 0;
    const counted = { ...missingThanks, check: (...a: Parameters<typeof missingThanks.check>) => (runs++, missingThanks.check(...a)) };
    const analyzer = createAnalyzer(undefined, [counted]);
    const text = 'Hi Sam,\n\nYour refund went out today.\n\nBest,\nAna';
    const first = analyzer.analyze(text, { customer: 'Where is my refund?' });
    expect(runs).toBe(1);
    expect(analyzer.analyze(text, { customer: 'Where is my refund?' })).toEqual(first);
    expect(runs).toBe(1);
    analyzer.analyze(text, { customer: 'Where is my refund?', channel: 'chat' });
    expect(runs).toBe(2);
    analyzer.analyze(`${text} `, { customer: 'Where is my refund?', channel: 'chat' });
    expect(runs).toBe(3);
  });

  it('turns a rule off through settings', () => {
    const off = createAnalyzer({ version: 1, rules: { 'missing-thanks': { level: 'off' } } });
    expect(off.analyze('Your card is on its way.').map((f) => f.rule)).not.toContain('missing-thanks');
  });

  it('lets a team lead add a phrase to a rule list', () => {
    const a = createAnalyzer({ version: 1, rules: { 'missing-thanks': { phrases: { thanks: { add: ['much obliged'] } } } } }, [missingThanks]);
    expect(a.analyze('Much obliged, all fixed.')).toEqual([]);
    expect(createAnalyzer(undefined, [missingThanks]).analyze('Much obliged, all fixed.')).toHaveLength(1);
  });

  it('lets a team lead remove a default phrase', () => {
    const a = createAnalyzer({ version: 1, rules: { 'missing-thanks': { phrases: { thanks: { remove: ['(appreciate|appreciated|appreciation|grateful|gratitude)'] } } } } }, [missingThanks]);
    expect(a.analyze('We appreciate your patience.')).toHaveLength(1);
  });

  it('reports the level from the settings', () => {
    const a = createAnalyzer({ version: 1, rules: { 'missing-thanks': { level: 'hint' } } }, [missingThanks]);
    expect(a.analyze('Done.')[0]?.level).toBe('hint');
  });
});

describe('analyze', () => {
  it('never analyses the signature or quoted text as the agent\'s words', () => {
    const text = 'Hi Dana,\n\nThe parcel arrives Friday.\n\nRegards,\nOmar\n\nOn Mon, 3 Jun 2024, Dana <d@x.example> wrote:\n> Thanks a lot!';
    expect(analyze(text).map((f) => f.rule)).toContain('missing-thanks');
  });

  it('returns findings sorted by position with offsets in range', () => {
    const text = 'Done.';
    for (const f of analyze(text)) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
    }
  });
});

describe('a shared analyzer', () => {
  const a = 'Hi Sam,\n\nYou will need to contact your bank about that. We will get back to you soon.\n\nBest,\nAna';
  const b = 'You will need to contact your bank about that. We will get back to you soon.';

  it('gives the same findings as a fresh one when a cached sentence moves', () => {
    const shared = createAnalyzer();
    for (const text of [a, b, a, `Extra words first. ${b}`, b]) {
      expect(shared.analyze(text)).toEqual(createAnalyzer().analyze(text));
    }
  });

});
