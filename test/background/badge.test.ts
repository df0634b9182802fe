import { describe, expect, it, vi } from 'vitest';
import { listenForBadge, type BadgeRuntime } from '../../src/background/badge';

describe('toolbar badge', () => {
  function setup() {
    let listener: ((m: unknown, s: { tab?: { id?: number } }) => undefined) | undefined;
    const runtime: BadgeRuntime = { onMessage: { addListener: (cb) => void (listener = cb) } };
    const setBadgeText = vi.fn();
    listenForBadge(runtime, { setBadgeText });
    return { send: (m: unknown, tabId?: number) => listener!(m, { tab: tabId === undefined ? undefined : { id: tabId } }), setBadgeText };
  }

  it('shows the count for the sender tab, nothing for zero', () => {
    const { send, setBadgeText } = setup();
    expect(send({ type: 'warmline:findings', count: 3 }, 7)).toBeUndefined();
    send({ type: 'warmline:findings', count: 0 }, 7);
    send({ type: 'warmline:findings', count: 250 }, 8);
    expect(setBadgeText.mock.calls).toEqual([[{ tabId: 7, text: '3' }], [{ tabId: 7, text: '' }], [{ tabId: 8, text: '99+' }]]);
  });

  it('ignores other messages and messages from no tab', () => {
    const { send, setBadgeText } = setup();
    send({ type: 'warmline:findings', count: 2 });
    send({ type: 'warmline:record', counts: {} }, 1);
    send({ type: 'warmline:findings', count: 'x' }, 1);
    expect(setBadgeText).not.toHaveBeenCalled();
  });
});
