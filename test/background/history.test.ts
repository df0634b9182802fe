import { fakeBrowser, hasMessageListeners, sender } from './use-fake-browser';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHistoryRecorder, registerHistoryRecorder, type Sender } from '../../src/background/history';
import { HISTORY_DAYS } from '../../src/history/history';
import { RULE_ID } from '../../src/history/messages';
import { getHistory } from '../../src/history/store';

const TODAY = new Date(2026, 10, 23, 10, 0);
const ours = (tab = 1, frameId = 0): Sender => ({ id: fakeBrowser.runtime.id, tab: { id: tab }, frameId });
const record = (counts: Record<string, number>, score: number, day = '2026-11-23') => ({ type: 'warmline:record', day, counts, score });

/** Everything in every storage area, as text. */
async function allStorage(): Promise<string> {
  const areas = await Promise.all([fakeBrowser.storage.local.get(null), fakeBrowser.storage.sync.get(null), fakeBrowser.storage.session.get(null)]);
  return JSON.stringify(areas);
}

beforeEach(() => fakeBrowser.reset());

describe('history recorder', () => {
  it('stores a record under local:history', async () => {
    const r = createHistoryRecorder({ now: () => TODAY });
    await r.handle(record({ deflection: 1, 'missing-thanks': 1 }, 64), ours());
    expect(await fakeBrowser.storage.local.get('history')).toEqual({
      history: { version: 1, days: [{ day: '2026-11-23', counts: { deflection: 1, 'missing-thanks': 1 }, scoreSum: 64, samples: 1 }] },
    });
  });

  it('counts a finding once while it stays in the draft, per tab and frame', async () => {
    const r = createHistoryRecorder({ now: () => TODAY });
    r.handle(record({ deflection: 1 }, 79), ours(1));
    r.handle(record({ deflection: 1, 'missing-thanks': 1 }, 64), ours(1));
    r.handle(record({ deflection: 1 }, 79), ours(2));
    r.handle(record({ deflection: 1 }, 79), ours(2, 3));
    r.handle(record({}, 100), ours(1));
    r.handle(record({ deflection: 1 }, 79), ours(1));
    await r.idle();
    const [day] = (await getHistory()).days;
    expect(day).toEqual({ day: '2026-11-23', counts: { deflection: 4, 'missing-thanks': 1 }, scoreSum: 79 + 64 + 79 + 79 + 100 + 79, samples: 6 });
  });

  it('loses no record when many arrive at once', async () => {
    const r = createHistoryRecorder({ now: () => TODAY });
    for (let tab = 0; tab < 50; tab++) r.handle(record({ 'vague-promise': 1 }, 82), ours(tab));
    await r.idle();
    expect((await getHistory()).days[0]).toMatchObject({ counts: { 'vague-promise': 50 }, samples: 50 });
  });

  it('keeps 90 days at most', async () => {
    let now = new Date(2026, 0, 1, 12);
    const r = createHistoryRecorder({ now: () => now });
    for (let i = 0; i < 120; i++) {
      now = new Date(2026, 0, 1 + i, 12);
      const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      r.handle(record({ deflection: 1 }, 70, day), ours(i));
      await r.idle();
    }
    const h = await getHistory();
    expect(h.days).toHaveLength(HISTORY_DAYS);
    expect(h.days[0]!.day).toBe('2026-01-31');
    expect(h.days.at(-1)!.day).toBe('2026-04-30');
  });

  it.each([
    ['another type', { type: 'warmline:findings', count: 2 }, ours()],
    ['a day outside the window', record({ deflection: 1 }, 70, '2026-01-01'), ours()],
    ['a day in the future', record({ deflection: 1 }, 70, '2026-12-01'), ours()],
    ['another extension', record({ deflection: 1 }, 70), { id: 'someone-else', tab: { id: 1 } }],
    ['text as a rule id', record({ 'we will get back to you soon': 1 }, 70), ours()],
  ])('ignores %s', async (_, msg, sender) => {
    const r = createHistoryRecorder({ now: () => TODAY });
    expect(r.handle(msg, sender)).toBeUndefined();
    await r.idle();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('listens on runtime.onMessage, never answers, and stops when unregistered', async () => {
    const recorder = createHistoryRecorder({ now: () => TODAY });
    const stop = registerHistoryRecorder(recorder);
    const answers = await fakeBrowser.runtime.onMessage.trigger(record({ deflection: 1 }, 79), sender(ours()));
    expect(answers).toEqual([undefined]);
    await recorder.idle();
    expect((await getHistory()).days).toHaveLength(1);
    stop();
    expect(hasMessageListeners()).toBe(false);
  });
});

describe('privacy: no draft text reaches storage', () => {
  const draft = [
    "Hi Sam, unfortunately that's our policy and there's nothing I can do.",
    'You will need to contact billing about the refund.',
    "We'll get back to you soon.",
    'Order #4471 for Priya Natarajan',
    'that is our policy',
  ];

  it('stores nothing of a draft, however a sender puts it in a message', async () => {
    const r = createHistoryRecorder({ now: () => TODAY });
    const [text, flagged, customer, message, name] = draft as [string, string, string, string, string];
    const attempts: unknown[] = [
      { ...record({ deflection: 1 }, 60), text, flagged, customer, findings: [{ rule: 'deflection', message, flagged }] },
      record({ [text]: 1, deflection: 1 }, 60),
      record({ deflection: 1 }, 60, name),
      { ...record({ deflection: 1 }, 60), score: flagged },
      { ...record({}, 60), counts: { deflection: flagged } },
      { type: 'warmline:record', day: '2026-11-23', counts: { deflection: 1 }, score: 60, day2: customer },
    ];
    for (const a of attempts) r.handle(a, ours());
    await r.idle();
    const stored = await allStorage();
    for (const s of draft) expect(stored).not.toContain(s);
    for (const word of ['Sam', 'policy', 'billing', 'refund', 'Priya', '4471']) expect(stored).not.toContain(word);
  });

  it('stores only day strings, rule ids and numbers, for any message at all', async () => {
    const anyRecordish = fc.record(
      {
        type: fc.constantFrom('warmline:record', 'warmline:findings'),
        day: fc.oneof(fc.constant('2026-11-23'), fc.string()),
        counts: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('deflection', 'missing-thanks')), fc.oneof(fc.nat(5), fc.string(), fc.double())),
        score: fc.oneof(fc.integer({ min: -5, max: 105 }), fc.string()),
        text: fc.string(),
      },
      { requiredKeys: ['type'] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(anyRecordish, { maxLength: 8 }), async (messages) => {
        fakeBrowser.reset();
        const r = createHistoryRecorder({ now: () => TODAY });
        messages.forEach((m, i) => r.handle(m, ours(i)));
        await r.idle();
        const stored = (await fakeBrowser.storage.local.get(null)) as { history?: { days: Record<string, unknown>[] } };
        expect(Object.keys(stored).filter((k) => k !== 'history')).toEqual([]);
        for (const d of stored.history?.days ?? []) {
          expect(Object.keys(d).sort()).toEqual(['counts', 'day', 'samples', 'scoreSum']);
          expect(d.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(typeof d.scoreSum).toBe('number');
          expect(typeof d.samples).toBe('number');
          for (const [rule, n] of Object.entries(d.counts as Record<string, unknown>)) {
            expect(rule).toMatch(RULE_ID);
            expect(Number.isInteger(n)).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
