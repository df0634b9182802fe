import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/engine/analyzer';
import { outcomeOf } from '../../src/batch/outcome';
import { addReply, CHANGES, emptyTally, EXAMPLES, MAX_AGENTS, OTHER_AGENTS, weekOf } from '../../src/batch/tally';
import type { Item } from '../../src/batch/rows';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

const COLD = "You'll need to contact your bank about that. We'll get back to you soon.";
const WARM = 'Sorry about the double charge, and thanks for waiting, Sam. The refund went out this morning and reaches you by Friday.';
const analyzer = createAnalyzer();
const deflectionOff = createAnalyzer({ ...DEFAULT_SETTINGS, rules: { deflection: { level: 'off' } } });

const item = (id: string, text: string, extra: Partial<Item> = {}): Item => ({ id, text, customer: 'I was charged twice!', ...extra });

describe('weekOf', () => {
  it.each([
    ['2026-09-09T14:00:00Z', '2026-09-07'],
    ['2026-09-07', '2026-09-07'],
    ['2026-09-13 23:10:00Z', '2026-09-07'],
    ['1788789600', '2026-09-07'],
  ])('%s is in the week of %s', (date, week) => expect(weekOf(date)).toBe(week));

  it.each(['', 'soon', 'n/a'])('cannot read "%s"', (date) => expect(weekOf(date)).toBeUndefined());
});

describe('adding replies up', () => {
  it('counts the replies each rule fires on once each, by week and agent, and the warmth bands', () => {
    const t = emptyTally();
    addReply(t, item('a', COLD, { agent: 'Ana', date: '2026-09-08' }), outcomeOf(analyzer, item('a', COLD)));
    addReply(t, item('b', COLD + ' ' + COLD, { agent: 'Ana', date: '2026-09-15' }), outcomeOf(analyzer, item('b', COLD + ' ' + COLD)));
    addReply(t, item('c', WARM, { agent: 'Ben' }), outcomeOf(analyzer, item('c', WARM)));
    expect(t.replies).toBe(3);
    expect(t.fired.deflection).toBe(2);
    expect(t.fired['vague-promise']).toBe(2);
    expect(Object.keys(t.weeks)).toEqual(['2026-09-07', '2026-09-14']);
    expect(t.undated).toBe(1);
    expect(t.agents.Ana!.replies).toBe(2);
    expect(t.agents.Ben!.fired).toEqual({});
    expect(t.scores[10]).toBe(1);
    expect(t.scores.reduce((a, b) => a + b)).toBe(3);
  });

  it('keeps a few examples per rule, the same ones whatever order the replies come in, with the flagged words', () => {
    const replies = Array.from({ length: 40 }, (_, i) => item(`r${i}`, `Case ${i}. ${COLD}`));
    const forwards = emptyTally();
    const backwards = emptyTally();
    for (const r of replies) addReply(forwards, r, outcomeOf(analyzer, r));
    for (const r of [...replies].reverse()) addReply(backwards, r, outcomeOf(analyzer, r));
    expect(forwards.examples.deflection).toHaveLength(EXAMPLES);
    expect(forwards.examples).toEqual(backwards.examples);
    const e = forwards.examples.deflection![0]!;
    expect(e.excerpt.slice(e.start, e.end).toLowerCase()).toContain('contact your bank');
  });

  it('compares two packs: counts after, and lists (a bounded number of) the replies that change', () => {
    const t = emptyTally(true);
    const replies = Array.from({ length: CHANGES + 10 }, (_, i) => item(`r${i}`, i % 2 ? WARM : `Case ${i}. ${COLD}`));
    for (const r of replies) addReply(t, r, outcomeOf(analyzer, r), outcomeOf(deflectionOff, r));
    expect(t.fired.deflection).toBe(30);
    expect(t.compare!.fired.deflection).toBeUndefined();
    expect(t.compare!.fired['vague-promise']).toBe(t.fired['vague-promise']);
    expect(t.compare!.changed).toBe(30);
    expect(t.compare!.changes.length).toBe(30);
    expect(t.compare!.changes[0]!.removed).toEqual(['deflection']);
    expect(t.compare!.changes[0]!.after).toBeGreaterThan(t.compare!.changes[0]!.before);
  });

  it('counts agents past the limit together, so a wrong column cannot grow the report without end', () => {
    const t = emptyTally();
    const o = outcomeOf(analyzer, item('x', WARM));
    for (let i = 0; i < MAX_AGENTS + 5; i++) addReply(t, item(`r${i}`, WARM, { agent: `agent ${i}` }), o);
    expect(Object.keys(t.agents)).toHaveLength(MAX_AGENTS + 1);
    expect(t.agents[OTHER_AGENTS]!.replies).toBe(5);
  });
});
