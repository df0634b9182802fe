import { describe, expect, it } from 'vitest';
import { comparePriority, mergeOverlapping, overlaps, type MergedFinding } from '../../src/engine/merge';
import { createAnalyzer } from '../../src/engine/analyzer';
import type { Finding } from '../../src/engine/types';
import blame from '../../src/rules/blame';
import condescension from '../../src/rules/condescension';
import missingPersonalTouch from '../../src/rules/missing-personal-touch';
import roboticPhrasing from '../../src/rules/robotic-phrasing';

const f = (rule: string, start: number, end: number, level: Finding['level'] = 'hint', text = rule): Finding => ({
  rule,
  messageId: 'm',
  message: `${rule} message`,
  start,
  end,
  level,
  suggestions: [{ label: `fix ${rule}`, text, start, end }],
});

describe('overlaps', () => {
  it('is true only when two spans share characters', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 3, end: 3 }, { start: 0, end: 9 })).toBe(false);
    expect(overlaps({ start: 3, end: 3 }, { start: 3, end: 3 })).toBe(false);
  });
});

describe('comparePriority', () => {
  it('puts warnings first, then core rules, then the wider span, then the rule id', () => {
    const list = [f('shouting', 0, 4), f('blame', 0, 4, 'warning'), f('vague-promise', 0, 2), f('condescension', 0, 9), f('deflection', 0, 2, 'warning')];
    expect([...list].sort(comparePriority).map((x) => x.rule)).toEqual(['deflection', 'blame', 'vague-promise', 'condescension', 'shouting']);
  });
  it('orders core rules as the contract lists them', () => {
    const list = [f('missing-thanks', 0, 1), f('vague-promise', 0, 1), f('deflection', 0, 1), f('missing-apology', 0, 1)];
    expect([...list].sort(comparePriority).map((x) => x.rule)).toEqual(['missing-apology', 'deflection', 'vague-promise', 'missing-thanks']);
  });
});

describe('mergeOverlapping', () => {
  it('leaves findings that do not overlap alone', () => {
    const list = [f('blame', 0, 5), f('shouting', 6, 9)];
    expect(mergeOverlapping(list)).toEqual(list);
  });

  it('keeps the higher-level finding as the underline and folds the other into it', () => {
    const [one, ...rest] = mergeOverlapping([f('condescension', 0, 10), f('blame', 4, 12, 'warning')]) as MergedFinding[];
    expect(rest).toEqual([]);
    expect(one!.rule).toBe('blame');
    expect([one!.start, one!.end]).toEqual([4, 12]);
    expect(one!.suggestions.map((s) => s.label)).toEqual(['fix blame', 'fix condescension']);
    expect(one!.also).toEqual([{ rule: 'condescension', messageId: 'm', message: 'condescension message', level: 'hint', start: 0, end: 10 }]);
  });

  it('prefers a core rule at the same level', () => {
    const merged = mergeOverlapping([f('negative-phrasing', 0, 8, 'warning'), f('vague-promise', 2, 6, 'warning')]);
    expect(merged.map((m) => m.rule)).toEqual(['vague-promise']);
    expect(merged[0]!.also!.map((a) => a.rule)).toEqual(['negative-phrasing']);
  });

  it('never folds a core rule away, even when it loses on level', () => {
    const merged = mergeOverlapping([f('vague-promise', 2, 6, 'hint'), f('shouting', 0, 8, 'warning')]);
    expect(merged.map((m) => m.rule).sort()).toEqual(['shouting', 'vague-promise']);
  });

  it('keeps two overlapping core findings apart', () => {
    const merged = mergeOverlapping([f('deflection', 0, 10, 'warning'), f('vague-promise', 5, 15, 'warning')]);
    expect(merged.map((m) => m.rule)).toEqual(['deflection', 'vague-promise']);
  });

  it('folds a chain into the first host and drops duplicate edits', () => {
    const merged = mergeOverlapping([
      f('robotic-phrasing', 0, 13, 'hint', 'Hi Sam'),
      f('missing-personal-touch', 0, 14, 'hint', 'Hi Sam'),
      f('shouting', 0, 14, 'hint', 'Hi Sam'),
      f('condescension', 10, 20),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.rule).toBe('missing-personal-touch');
    expect(merged[0]!.also!.map((a) => a.rule)).toEqual(['shouting', 'robotic-phrasing', 'condescension']);
    // shouting's edit is the same as the host's: it is not offered twice.
    expect(merged[0]!.suggestions.map((s) => s.label)).toEqual(['fix missing-personal-touch', 'fix robotic-phrasing', 'fix condescension']);
  });

  it('never folds a rule into itself or touches insertion points', () => {
    const list = [f('shouting', 0, 5), f('shouting', 3, 8), f('missing-greeting', 0, 0), f('missing-personal-touch', 0, 0)];
    expect(mergeOverlapping(list)).toHaveLength(4);
  });

  it('does not change its input', () => {
    const list = [f('condescension', 0, 10), f('blame', 4, 12, 'warning')];
    const copy = structuredClone(list);
    mergeOverlapping(list);
    expect(list).toEqual(copy);
  });

  it('runs in the analyzer: "Dear Customer" gets one underline with both fixes', () => {
    const analyzer = createAnalyzer({ version: 1 }, [missingPersonalTouch, roboticPhrasing]);
    const text = 'Dear Customer,\n\nYour booking is confirmed.\n\nBest,\nAna';
    const found = analyzer.analyze(text, { channel: 'email', customerName: 'Priya' }) as MergedFinding[];
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('Dear Customer');
    expect(found[0]!.also).toHaveLength(1);
    expect(new Set([found[0]!.rule, found[0]!.also![0]!.rule])).toEqual(new Set(['missing-personal-touch', 'robotic-phrasing']));
    expect(found[0]!.suggestions.map((s) => s.text)).toContain('Dear Priya');
  });

  it('runs in the analyzer: blame (a warning) hosts condescension on the same words', () => {
    const analyzer = createAnalyzer({ version: 1 }, [blame, condescension]);
    const text = 'As we told you, obviously the sale ended on Sunday.';
    const found = analyzer.analyze(text) as MergedFinding[];
    expect(found.map((x) => [x.rule, text.slice(x.start, x.end)])).toEqual([
      ['blame', 'As we told you'],
      ['condescension', 'obviously'],
    ]);
    const text2 = 'As I told you, the sale ended on Sunday.';
    const found2 = analyzer.analyze(text2) as MergedFinding[];
    expect(found2.map((x) => x.rule)).toEqual(['blame']);
    expect(found2[0]!.also!.map((a) => a.rule)).toEqual(['condescension']);
  });
});
