// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byState, DRAFT_FINDINGS, fakeBrowser, finding, hasMessageListeners, mountPopup, sender, TAB_ID, text, waitFor, type Mounted } from './harness';
import { warmthScore, whatWouldRaise } from '../../../src/engine/warmth';

let m: Mounted | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  m?.unmount();
  m = undefined;
  vi.restoreAllMocks();
});

describe('popup: the draft in the active tab', () => {
  it('says kindly when the tab has no Warmline content script', async () => {
    m = mountPopup({ url: 'https://news.example.org/', state: 'none' });
    const el = await waitFor(() => byState(m!.root, 'no-script'));
    expect(text(el)).toMatch(/isn't coaching on this page/);
    expect(m.root.querySelector('[role="switch"]')).toBeNull();
    expect(text(m.root)).toMatch(/Pause for an hour/);
  });

  it('treats browser pages (no http URL, no answer) the same way', async () => {
    m = mountPopup({ url: 'chrome://extensions/', state: 'none' });
    await waitFor(() => byState(m!.root, 'no-script'));
  });

  it('treats an answer of the wrong shape as no content script', async () => {
    m = mountPopup({ state: { findings: 'nope', editor: 'yes' } as never });
    await waitFor(() => byState(m!.root, 'no-script'));
  });

  it('asks the agent to click into the reply box when no editor is focused yet', async () => {
    m = mountPopup({ state: { findings: [], editor: false } });
    const el = await waitFor(() => byState(m!.root, 'no-editor'));
    expect(text(el)).toMatch(/Click into the reply box/);
    expect(m.sendMessage).toHaveBeenCalledWith(TAB_ID, { type: 'warmline:get-state' });
  });

  it('praises a clean draft with a full score', async () => {
    m = mountPopup({ state: { findings: [], editor: true } });
    const el = await waitFor(() => byState(m!.root, 'clean'));
    expect(text(el)).toContain('Warm reply — nothing to fix');
    expect(text(el.querySelector('.wl-score-num'))).toBe('100');
    expect(el.querySelector('meter')?.getAttribute('aria-label')).toBe('Warmth score');
  });

  it('shows each finding: rule, message, flagged words, suggestions; the score and what would raise it', async () => {
    m = mountPopup({ state: { findings: DRAFT_FINDINGS, editor: true } });
    const el = await waitFor(() => byState(m!.root, 'findings'));
    const score = warmthScore(DRAFT_FINDINGS);
    expect(text(el.querySelector('.wl-score-num'))).toBe(String(score));
    expect(Number(el.querySelector('meter')?.getAttribute('value'))).toBe(score);

    const raises = [...el.querySelectorAll('.wl-raises li')].map(text);
    expect(raises).toEqual(whatWouldRaise(DRAFT_FINDINGS).map((r) => `Fix ${r.rule === 'deflection' ? 'Deflection' : 'Missing thanks'}: +${r.points}`));
    expect(raises[0]).toMatch(/^Fix Deflection: \+\d+$/);

    const cards = [...el.querySelectorAll('li.wl-finding')];
    expect(cards.map((c) => c.getAttribute('data-rule'))).toEqual(['deflection', 'missing-thanks']);
    const [deflection, thanks] = cards as [HTMLElement, HTMLElement];
    expect(text(deflection.querySelector('h4'))).toBe('Deflection');
    expect(text(deflection.querySelector('.wl-message'))).toBe('Hiding behind policy: say what you can do.');
    expect(text(deflection.querySelector('mark'))).toBe('that is our policy');
    expect([...deflection.querySelectorAll('button')].map(text)).toEqual(['Say what you can do', 'Remove it']);
    // Each suggestion button is described by its wording.
    const b = deflection.querySelector('button')!;
    expect(text(document.getElementById(b.getAttribute('aria-describedby')!))).toBe("“here's what I can do”");
    // A missing-X finding has no flagged words.
    expect(thanks.querySelector('mark')).toBeNull();
    expect(text(el)).toContain('2 things to warm up');
  });

  it('renders everything from the page as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.pwned=1">';
    m = mountPopup({
      state: {
        editor: true,
        findings: [finding({ rule: 'deflection', message: evil, flagged: evil, suggestions: [{ label: evil, text: evil, start: 0, end: 1 }] })],
      },
    });
    const el = await waitFor(() => byState(m!.root, 'findings'));
    expect(el.querySelector('img')).toBeNull();
    expect(text(el.querySelector('.wl-message'))).toBe(evil);
    expect(text(el.querySelector('mark'))).toBe(evil);
  });

  it('follows the draft while open: a findings notice from the tab refreshes it', async () => {
    m = mountPopup({ state: { findings: [], editor: true } });
    await waitFor(() => byState(m!.root, 'clean'));
    m.setState({ findings: DRAFT_FINDINGS, editor: true });
    // From another tab: ignored.
    await fakeBrowser.runtime.onMessage.trigger({ type: 'warmline:findings', count: 2 }, sender({ tab: { id: TAB_ID + 1 } }));
    await new Promise((r) => setTimeout(r, 20));
    expect(m.root.querySelector('[data-state="findings"]')).toBeNull();
    // From the active tab: refreshed, and the popup does not answer (the background does).
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'warmline:findings', count: 2 }, sender({ tab: { id: TAB_ID } }));
    expect(answers).toEqual([undefined]);
    await waitFor(() => byState(m!.root, 'findings'));
  });

  it('stops listening when closed', async () => {
    m = mountPopup({ state: { findings: [], editor: true } });
    await waitFor(() => byState(m!.root, 'clean'));
    m.unmount();
    m = undefined;
    // Preact runs effect cleanups after unmounting, not during it.
    await waitFor(() => expect(hasMessageListeners()).toBe(false));
  });
});
