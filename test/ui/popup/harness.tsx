/** Mounts the popup against WXT's fakeBrowser with a scripted active tab and content script. */
import { fakeBrowser } from '../../background/use-fake-browser';
export { hasMessageListeners, sender } from '../../background/use-fake-browser';
import { render } from 'preact';
import { vi } from 'vitest';
import type { FindingWithFlagged, GetStateResponse } from '../../../src/content/messages';
import { createPopupModel, type PopupModel } from '../../../src/ui/popup/model';
import { Popup } from '../../../src/ui/popup/Popup';

export { fakeBrowser };

export const TAB_ID = 7;
export const HELPDESK_URL = 'https://acme.zendesk.com/agent/tickets/4471';

export interface Scenario {
  /** The active tab's URL (undefined: the browser hides it). */
  url?: string;
  /** What the content script answers to get-state; 'none' = no content script in the tab. */
  state?: GetStateResponse | 'none';
  /** What the content script answers to apply; 'throw' = the message fails. */
  apply?: { ok: boolean } | 'throw';
  now?: number;
}

export interface Mounted {
  root: HTMLElement;
  model: PopupModel;
  sendMessage: ReturnType<typeof vi.fn>;
  close: ReturnType<typeof vi.fn>;
  /** Changes what get-state answers from now on. */
  setState(state: GetStateResponse | 'none'): void;
  unmount(): void;
}

export function mountPopup(s: Scenario = {}): Mounted {
  let state = s.state ?? 'none';
  const url = 'url' in s ? s.url : HELPDESK_URL;
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { id: TAB_ID, url, index: 0, active: true, highlighted: true, pinned: false, incognito: false, windowId: 0 },
  ] as never);
  const sendMessage = vi.fn(async (tabId: number, msg: { type: string }) => {
    if (tabId !== TAB_ID) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (msg.type === 'warmline:get-state') {
      if (state === 'none') throw new Error('Could not establish connection. Receiving end does not exist.');
      return structuredClone(state);
    }
    if (msg.type === 'warmline:apply') {
      if (s.apply === 'throw') throw new Error('The message port closed before a response was received.');
      return s.apply ?? { ok: true };
    }
    return undefined;
  });
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(sendMessage as never);
  const close = vi.fn();
  const model = createPopupModel({ close, now: s.now === undefined ? undefined : () => s.now! });
  const root = document.createElement('div');
  document.body.append(root);
  render(<Popup model={model} />, root);
  return {
    root,
    model,
    sendMessage,
    close,
    setState: (next) => (state = next),
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}

/** Retries `fn` until it stops throwing (the popup loads asynchronously). */
export async function waitFor<T>(fn: () => T, timeout = 2000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      return fn();
    } catch (e) {
      if (Date.now() - start > timeout) throw e;
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}

export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function byState(root: HTMLElement, state: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(`[data-state="${state}"]`);
  if (!el) throw new Error(`no [data-state="${state}"] in: ${text(root)}`);
  return el;
}

export function button(root: HTMLElement, name: string | RegExp): HTMLButtonElement {
  const b = [...root.querySelectorAll('button')].find((el) => (typeof name === 'string' ? text(el) === name : name.test(text(el))));
  if (!b) throw new Error(`no button ${String(name)} in: ${[...root.querySelectorAll('button')].map(text).join(' | ')}`);
  return b;
}

export function finding(f: Partial<FindingWithFlagged> & Pick<FindingWithFlagged, 'rule'>): FindingWithFlagged {
  return {
    messageId: 'default',
    message: 'This reads cold.',
    start: 0,
    end: 0,
    level: 'warning',
    flagged: '',
    suggestions: [{ label: 'Warm it up', text: 'Warmer words.', start: 0, end: 0 }],
    ...f,
  };
}

/** A draft with a deflection and a missing thank-you. */
export const DRAFT_FINDINGS: FindingWithFlagged[] = [
  finding({
    rule: 'deflection',
    messageId: 'policy',
    message: 'Hiding behind policy: say what you can do.',
    start: 10,
    end: 28,
    flagged: 'that is our policy',
    suggestions: [
      { label: 'Say what you can do', text: "here's what I can do", start: 10, end: 28 },
      { label: 'Remove it', text: '', start: 10, end: 28 },
    ],
  }),
  finding({
    rule: 'missing-thanks',
    messageId: 'missing',
    message: 'Thank the customer for reaching out.',
    start: 0,
    end: 0,
    level: 'hint',
    flagged: '',
    suggestions: [{ label: 'Add a thank-you', text: 'Thank you for reaching out. ', start: 0, end: 0 }],
  }),
];
