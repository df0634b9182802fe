import { describe, expect, it } from 'vitest';
import { isLiveAnswer, takeOverOpenTabs, type TabInfo, type TakeOverDeps } from '../../src/background/take-over';

function deps(tabs: TabInfo[], o: { live?: number[]; failing?: number[] } = {}) {
  const injected: [number, string][] = [];
  const queried: string[][] = [];
  const errors: number[] = [];
  const d: TakeOverDeps = {
    queryTabs: async (patterns) => {
      queried.push(patterns);
      return tabs;
    },
    answers: async (id) => {
      if (o.live?.includes(id)) return true;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    },
    inject: async (id, file) => {
      if (o.failing?.includes(id)) throw new Error('Cannot access a chrome:// URL');
      injected.push([id, file]);
    },
    onError: (id) => void errors.push(id),
  };
  return { d, injected, queried, errors };
}

describe('takeOverOpenTabs', () => {
  it('puts the detector into each matching open tab without a live Warmline script', async () => {
    const { d, injected, queried } = deps([{ id: 4, url: 'https://a.zendesk.com/agent' }, { id: 9, url: 'https://help.acme.com/' }, { id: 5 }], { live: [5] });
    await expect(takeOverOpenTabs(['*://*.zendesk.com/*', 'https://help.acme.com/*', '*://*.zendesk.com/*'], d)).resolves.toEqual([4, 9]);
    expect(injected).toEqual([
      [4, 'content-scripts/detector.js'],
      [9, 'content-scripts/detector.js'],
    ]);
    expect(queried, 'patterns asked for once each').toEqual([['*://*.zendesk.com/*', 'https://help.acme.com/*']]);
  });

  it('skips discarded tabs and tabs without an id; one refusing tab does not stop the others', async () => {
    const { d, injected, errors } = deps([{ id: 1, discarded: true }, {}, { id: 2 }, { id: 3 }], { failing: [2] });
    await expect(takeOverOpenTabs(['*://*.zendesk.com/*'], d)).resolves.toEqual([3]);
    expect(injected).toEqual([[3, 'content-scripts/detector.js']]);
    expect(errors).toEqual([2]);
  });

  it('does nothing without patterns, and survives a failing tab query', async () => {
    const none = deps([{ id: 1 }]);
    await expect(takeOverOpenTabs([], none.d)).resolves.toEqual([]);
    expect(none.queried).toEqual([]);
    const broken = deps([]);
    broken.d.queryTabs = () => Promise.reject(new Error('Invalid url pattern'));
    await expect(takeOverOpenTabs(['*://*.zendesk.com/*'], broken.d)).resolves.toEqual([]);
    expect(broken.errors).toEqual([-1]);
  });
});

describe('isLiveAnswer', () => {
  it('is true only for a get-state answer of the right shape', () => {
    expect(isLiveAnswer({ findings: [], editor: false })).toBe(true);
    for (const a of [undefined, null, {}, { findings: 'x' }, 'ok', 1]) expect(isLiveAnswer(a)).toBe(false);
  });
});
