import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types';
import { warmthScore } from '../../src/engine/warmth';
import {
  addRecord,
  dayInWindow,
  emptyHistory,
  HISTORY_DAYS,
  meanScore,
  newFindings,
  parseHistory,
  pruneHistory,
  totalsByRule,
  type History,
} from '../../src/history/history';
import { dayNumber, localDay, parseRecordMessage, recordMessage, type RecordMessage } from '../../src/history/messages';

const rec = (day: string, counts: Record<string, number>, score: number): RecordMessage => ({ type: 'warmline:record', day, counts, score });

/** The day `n` days after 2026-01-01. */
function dayPlus(n: number): string {
  return new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
}

describe('parseRecordMessage', () => {
  it('accepts a record and keeps only its four fields', () => {
    const msg = { type: 'warmline:record', day: '2026-11-23', counts: { deflection: 2, 'missing-thanks': 1 }, score: 62 };
    expect(parseRecordMessage(msg)).toEqual(msg);
    expect(parseRecordMessage({ ...msg, text: 'Hi Sam, that is our policy.', flagged: 'our policy' })).toEqual(msg);
  });

  it('drops rules with a zero count', () => {
    expect(parseRecordMessage(rec('2026-11-23', { deflection: 0, 'vague-promise': 1 }, 80))?.counts).toEqual({ 'vague-promise': 1 });
  });

  it.each([
    ['not an object', 'warmline:record'],
    ['another type', { type: 'warmline:findings', count: 2 }],
    ['an impossible day', rec('2026-02-30', {}, 90)],
    ['a day with text', { ...rec('2026-11-23', {}, 90), day: 'Sorry for the wait' }],
    ['a score above 100', rec('2026-11-23', {}, 101)],
    ['a fractional score', rec('2026-11-23', {}, 55.5)],
    ['a score as text', { ...rec('2026-11-23', {}, 1), score: '90' }],
    ['a rule id that is text', rec('2026-11-23', { 'I understand your frustration': 1 }, 90)],
    ['a rule id in capitals', rec('2026-11-23', { Deflection: 1 }, 90)],
    ['a count as text', { ...rec('2026-11-23', {}, 90), counts: { deflection: 'that is our policy' } }],
    ['a negative count', rec('2026-11-23', { deflection: -1 }, 90)],
    ['counts as a list', { ...rec('2026-11-23', {}, 90), counts: ['deflection'] }],
    ['too many rules', rec('2026-11-23', Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`rule-${i}`, 1])), 90)],
  ])('rejects %s', (_, msg) => {
    expect(parseRecordMessage(msg)).toBeUndefined();
  });
});

describe('recordMessage', () => {
  const finding = (rule: string, level: Finding['level'] = 'warning'): Finding => ({
    rule,
    messageId: 'x',
    message: 'This reads cold.',
    start: 0,
    end: 4,
    level,
    suggestions: [{ label: 'Warm it', text: 'warm', start: 0, end: 4 }],
  });

  it('counts findings per rule and scores them, with the local day', () => {
    const findings = [finding('deflection'), finding('deflection'), finding('missing-thanks')];
    const m = recordMessage(findings, new Date(2026, 10, 23, 23, 59));
    expect(m).toEqual({ type: 'warmline:record', day: '2026-11-23', counts: { deflection: 2, 'missing-thanks': 1 }, score: warmthScore(findings) });
    expect(parseRecordMessage(m)).toEqual(m);
  });

  it('sends a clean draft as empty counts and 100', () => {
    expect(recordMessage([], new Date(2026, 0, 5))).toEqual({ type: 'warmline:record', day: '2026-01-05', counts: {}, score: 100 });
  });
});

describe('days', () => {
  it('formats the local day and counts days', () => {
    expect(localDay(new Date(2026, 0, 9))).toBe('2026-01-09');
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2026-13-01')).toBeUndefined();
  });

  it('accepts days from the last 90 up to tomorrow', () => {
    expect(dayInWindow('2026-11-23', '2026-11-23')).toBe(true);
    expect(dayInWindow('2026-11-24', '2026-11-23')).toBe(true);
    expect(dayInWindow('2026-11-25', '2026-11-23')).toBe(false);
    expect(dayInWindow(dayPlus(0), dayPlus(HISTORY_DAYS - 1))).toBe(true);
    expect(dayInWindow(dayPlus(0), dayPlus(HISTORY_DAYS))).toBe(false);
  });
});

describe('addRecord', () => {
  it('counts only the findings that are new since the previous snapshot', () => {
    expect(newFindings({ deflection: 2, 'missing-thanks': 1 }, { deflection: 1, 'vague-promise': 1 })).toEqual({ deflection: 1, 'missing-thanks': 1 });
    let h = addRecord(emptyHistory(), rec('2026-11-23', { deflection: 1 }, 79), undefined, '2026-11-23');
    h = addRecord(h, rec('2026-11-23', { deflection: 1, 'missing-thanks': 1 }, 64), { deflection: 1 }, '2026-11-23');
    h = addRecord(h, rec('2026-11-23', {}, 100), { deflection: 1, 'missing-thanks': 1 }, '2026-11-23');
    expect(h.days).toEqual([{ day: '2026-11-23', counts: { deflection: 1, 'missing-thanks': 1 }, scoreSum: 243, samples: 3 }]);
    expect(meanScore(h.days[0]!)).toBe(81);
  });

  it('keeps days in order, one entry each', () => {
    let h = emptyHistory();
    for (const day of ['2026-11-20', '2026-11-18', '2026-11-20', '2026-11-19']) h = addRecord(h, rec(day, { deflection: 1 }, 80), undefined, '2026-11-23');
    expect(h.days.map((d) => [d.day, d.counts.deflection])).toEqual([
      ['2026-11-18', 1],
      ['2026-11-19', 1],
      ['2026-11-20', 2],
    ]);
  });

  it('is bounded to the last 90 days', () => {
    let h = emptyHistory();
    for (let i = 0; i < 200; i++) h = addRecord(h, rec(dayPlus(i), { deflection: 1 }, 70), undefined, dayPlus(i));
    expect(h.days).toHaveLength(HISTORY_DAYS);
    expect(h.days[0]!.day).toBe(dayPlus(200 - HISTORY_DAYS));
    expect(h.days.at(-1)!.day).toBe(dayPlus(199));
    // Days age out even without new records.
    expect(pruneHistory(h, dayPlus(199 + 30)).days).toHaveLength(HISTORY_DAYS - 30);
  });

  it('does not change the history it is given', () => {
    const h = addRecord(emptyHistory(), rec('2026-11-23', { deflection: 1 }, 80), undefined, '2026-11-23');
    const copy = structuredClone(h);
    addRecord(h, rec('2026-11-23', { deflection: 3 }, 40), undefined, '2026-11-23');
    expect(h).toEqual(copy);
  });
});

describe('parseHistory', () => {
  it('reads what addRecord writes', () => {
    const h = addRecord(emptyHistory(), rec('2026-11-23', { deflection: 1 }, 80), undefined, '2026-11-23');
    expect(parseHistory(JSON.parse(JSON.stringify(h)))).toEqual(h);
  });

  it.each([null, 'text', 42, { version: 2, days: [] }, { version: 1, days: 'x' }])('reads %j as empty', (raw) => {
    expect(parseHistory(raw)).toEqual(emptyHistory());
  });

  it('drops anything that is not a count: text keys, bad days, bad numbers', () => {
    const raw = {
      version: 1,
      days: [
        { day: '2026-11-22', counts: { deflection: 2, 'Sorry about that': 1, 'vague-promise': 'soon' }, scoreSum: 150, samples: 2 },
        { day: 'yesterday', counts: {}, scoreSum: 1, samples: 1 },
        { day: '2026-11-21', counts: {}, scoreSum: 500, samples: 1 },
        'I will look into it',
      ],
    };
    expect(parseHistory(raw)).toEqual({ version: 1, days: [{ day: '2026-11-22', counts: { deflection: 2 }, scoreSum: 150, samples: 2 }] });
  });
});

describe('totalsByRule', () => {
  it('sums every day, most frequent first', () => {
    const h: History = {
      version: 1,
      days: [
        { day: '2026-11-22', counts: { deflection: 2, 'missing-thanks': 1 }, scoreSum: 70, samples: 1 },
        { day: '2026-11-23', counts: { 'missing-thanks': 3 }, scoreSum: 80, samples: 1 },
      ],
    };
    expect(totalsByRule(h)).toEqual([
      { rule: 'missing-thanks', count: 4 },
      { rule: 'deflection', count: 2 },
    ]);
  });
});
