// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { button, byState, fakeBrowser, mountPopup, text, waitFor, type Mounted } from './harness';
import type { History } from '../../../src/history/history';
import { chartSummary, HistoryChart } from '../../../src/ui/popup/HistoryChart';
import { createHistoryRecorder } from '../../../src/background/history';

let m: Mounted | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  m?.unmount();
  m = undefined;
  vi.restoreAllMocks();
});

const HISTORY: History = {
  version: 1,
  days: [
    { day: '2026-11-20', counts: { deflection: 3, 'missing-thanks': 2 }, scoreSum: 120, samples: 2 },
    { day: '2026-11-22', counts: { 'missing-thanks': 1 }, scoreSum: 240, samples: 3 },
    { day: '2026-11-23', counts: {}, scoreSum: 95, samples: 1 },
  ],
};

const historySection = (root: HTMLElement) => root.querySelector<HTMLElement>('section[aria-labelledby="wl-history-h"]')!;

describe('popup: your improvement', () => {
  it('draws the mean warmth per day as an accessible chart with a table of the same numbers', async () => {
    await fakeBrowser.storage.local.set({ history: HISTORY });
    m = mountPopup({ state: 'none' });
    const section = await waitFor(() => {
      const s = historySection(m!.root);
      if (!s.querySelector('svg')) throw new Error('no chart yet');
      return s;
    });
    const svg = section.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const label = svg.getAttribute('aria-label')!;
    expect(label).toMatch(/^Mean warmth score by day over 3 days: 60 on .+, 95 on .+; 6 findings in all\.$/);
    expect(text(section.querySelector('figcaption'))).toBe(label);
    // One bar per day with records, placed on a calendar axis (the 21st is a gap).
    const bars = [...svg.querySelectorAll('rect')];
    expect(bars).toHaveLength(3);
    const xs = bars.map((b) => Number(b.getAttribute('x')));
    expect(xs[1]! - xs[0]!).toBeCloseTo(2 * (xs[2]! - xs[1]!));
    const heights = bars.map((b) => Number(b.getAttribute('height')));
    expect(heights[0]! < heights[1]! && heights[1]! < heights[2]!).toBe(true);

    const rows = [...section.querySelectorAll('tbody tr')].map((r) => [...r.children].map(text));
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['95', 'none'],
      ['80', 'Missing thanks 1'],
      ['60', 'Deflection 3, Missing thanks 2'],
    ]);
    expect(section.querySelectorAll('thead th[scope="col"]')).toHaveLength(3);
    button(section, 'Clear history');
  });

  it('says there is no history yet', async () => {
    m = mountPopup({ state: 'none' });
    const el = await waitFor(() => byState(m!.root, 'history-empty'));
    expect(text(el)).toMatch(/^No history yet/);
    expect(historySection(m.root).querySelector('svg')).toBeNull();
    expect([...m.root.querySelectorAll('button')].map(text)).not.toContain('Clear history');
  });

  it('clears the history', async () => {
    await fakeBrowser.storage.local.set({ history: HISTORY, pausedUntil: 0 });
    m = mountPopup({ state: 'none' });
    await waitFor(() => button(m!.root, 'Clear history')).then((b) => b.click());
    await waitFor(() => byState(m!.root, 'history-empty'));
    expect(await fakeBrowser.storage.local.get('history')).toEqual({});
    expect(text(m.root.querySelector('[role="status"]'))).toBe('History cleared.');
  });

  it('updates while open as the background records', async () => {
    m = mountPopup({ state: 'none' });
    await waitFor(() => byState(m!.root, 'history-empty'));
    const recorder = createHistoryRecorder();
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    await recorder.handle({ type: 'warmline:record', day, counts: { deflection: 1 }, score: 79 }, { id: fakeBrowser.runtime.id, tab: { id: 3 } });
    await waitFor(() => expect(historySection(m!.root).querySelector('svg')?.getAttribute('aria-label')).toMatch(/^Mean warmth score 79 on /));
  });

  it('ignores stored history it cannot read', async () => {
    await fakeBrowser.storage.local.set({ history: { version: 99, days: 'Dear customer' } });
    m = mountPopup({ state: 'none' });
    await waitFor(() => byState(m!.root, 'history-empty'));
  });
});

describe('HistoryChart', () => {
  it('summarises one day', () => {
    expect(chartSummary([{ day: '2026-11-23', counts: { deflection: 1 }, scoreSum: 79, samples: 1 }])).toMatch(/^Mean warmth score 79 on .+; 1 finding in all\.$/);
  });

  it('spans 90 days within the chart width', () => {
    const days = Array.from({ length: 90 }, (_, i) => ({
      day: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
      counts: {},
      scoreSum: 50 + (i % 50),
      samples: 1,
    }));
    const root = document.createElement('div');
    render(<HistoryChart days={days} />, root);
    const bars = [...root.querySelectorAll('rect')];
    expect(bars).toHaveLength(90);
    for (const b of bars) expect(Number(b.getAttribute('x')) + Number(b.getAttribute('width'))).toBeLessThanOrEqual(320);
    render(null, root);
  });
});
