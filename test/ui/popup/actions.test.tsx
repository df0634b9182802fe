// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { button, byState, DRAFT_FINDINGS, fakeBrowser, mountPopup, TAB_ID, text, waitFor, type Mounted } from './harness';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';
import { PAUSE_MS } from '../../../src/settings/site-toggle';

let m: Mounted | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  m?.unmount();
  m = undefined;
  vi.restoreAllMocks();
});

const notice = (root: HTMLElement) => root.querySelector('[role="status"]')!;
const siteSwitch = (root: HTMLElement) => root.querySelector<HTMLInputElement>('input[role="switch"]');
const storedSettings = async () => (await fakeBrowser.storage.sync.get('settings')).settings as typeof DEFAULT_SETTINGS | undefined;

describe('popup: applying a suggestion', () => {
  it('asks the content script to apply it, says so, and refreshes the findings', async () => {
    m = mountPopup({ state: { findings: DRAFT_FINDINGS, editor: true }, apply: { ok: true } });
    await waitFor(() => byState(m!.root, 'findings'));
    m.setState({ findings: DRAFT_FINDINGS.slice(1), editor: true });
    button(m.root, 'Say what you can do').click();
    await waitFor(() => expect(text(notice(m!.root))).toBe('Applied: Say what you can do.'));
    expect(m.sendMessage).toHaveBeenCalledWith(TAB_ID, { type: 'warmline:apply', rule: 'deflection', start: 10, end: 28, suggestion: 0 });
    await waitFor(() => expect(m!.root.querySelectorAll('li.wl-finding')).toHaveLength(1));
    expect(m.root.querySelector('[role="status"]')!.className).toContain('wl-notice-ok');
  });

  it('keeps keyboard focus in the draft section when the clicked button goes away', async () => {
    m = mountPopup({ state: { findings: DRAFT_FINDINGS, editor: true } });
    await waitFor(() => byState(m!.root, 'findings'));
    m.setState({ findings: [], editor: true });
    const b = button(m.root, 'Say what you can do');
    b.focus();
    b.click();
    await waitFor(() => byState(m!.root, 'clean'));
    await waitFor(() => expect(document.activeElement?.id).toBe('wl-draft-h'));
  });

  it('sends the index of the chosen suggestion', async () => {
    m = mountPopup({ state: { findings: DRAFT_FINDINGS, editor: true } });
    await waitFor(() => byState(m!.root, 'findings'));
    button(m.root, 'Remove it').click();
    await waitFor(() =>
      expect(m!.sendMessage).toHaveBeenCalledWith(TAB_ID, { type: 'warmline:apply', rule: 'deflection', start: 10, end: 28, suggestion: 1 }),
    );
  });

  it('says so when the content script could not apply it', async () => {
    m = mountPopup({ state: { findings: DRAFT_FINDINGS, editor: true }, apply: { ok: false } });
    await waitFor(() => byState(m!.root, 'findings'));
    button(m.root, 'Add a thank-you').click();
    await waitFor(() => expect(text(notice(m!.root))).toMatch(/^Couldn't apply "Add a thank-you": the draft may have changed/));
    expect(notice(m.root).className).toContain('wl-notice-error');
    // The findings were asked for again.
    expect(m.sendMessage.mock.calls.filter(([, msg]) => (msg as { type: string }).type === 'warmline:get-state').length).toBeGreaterThanOrEqual(2);
  });

  it('says so when the message fails (the tab went away)', async () => {
    m = mountPopup({ state: { findings: DRAFT_FINDINGS, editor: true }, apply: 'throw' });
    await waitFor(() => byState(m!.root, 'findings'));
    button(m.root, 'Say what you can do').click();
    await waitFor(() => expect(text(notice(m!.root))).toMatch(/^Couldn't apply/));
  });

  it('disables the suggestion buttons while one is being applied', async () => {
    let finish!: (v: { ok: boolean }) => void;
    m = mountPopup({ state: { findings: DRAFT_FINDINGS, editor: true } });
    await waitFor(() => byState(m!.root, 'findings'));
    m.sendMessage.mockImplementationOnce(() => new Promise((r) => (finish = r)));
    button(m.root, 'Say what you can do').click();
    await waitFor(() => expect(button(m!.root, 'Remove it').disabled).toBe(true));
    finish({ ok: true });
    await waitFor(() => expect(button(m!.root, 'Remove it').disabled).toBe(false));
  });
});

describe('popup: coaching on this site', () => {
  it('turns coaching off for the site, in the settings', async () => {
    m = mountPopup({ state: { findings: DRAFT_FINDINGS, editor: true } });
    await waitFor(() => byState(m!.root, 'findings'));
    const sw = siteSwitch(m.root)!;
    expect(sw.checked).toBe(true);
    expect(text(sw.closest('label'))).toBe('Coach on acme.zendesk.com');
    sw.click();
    await waitFor(() => byState(m!.root, 'site-off'));
    expect(text(byState(m.root, 'site-off'))).toMatch(/^Coaching is off on acme.zendesk.com/);
    expect((await storedSettings())?.sites?.enabled).toEqual({ 'acme.zendesk.com': false });
    expect(text(notice(m.root))).toBe('Coaching is off for acme.zendesk.com.');
  });

  it('shows a site that is off (even when its content script stays silent) and turns it back on', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, sites: { enabled: { 'acme.zendesk.com': false, 'other.example.com': false }, customDomains: [] } } });
    m = mountPopup({ state: 'none' });
    await waitFor(() => byState(m!.root, 'site-off'));
    const sw = siteSwitch(m.root)!;
    expect(sw.checked).toBe(false);
    m.setState({ findings: [], editor: true });
    sw.click();
    await waitFor(() => byState(m!.root, 'clean'));
    expect((await storedSettings())?.sites?.enabled).toEqual({ 'other.example.com': false });
  });

  it('follows a team rule for *.domain and overrides it for this site only', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, sites: { enabled: { '*.zendesk.com': false }, customDomains: [] } } });
    m = mountPopup({ state: { findings: [], editor: true } });
    await waitFor(() => byState(m!.root, 'site-off'));
    siteSwitch(m.root)!.click();
    await waitFor(() => byState(m!.root, 'clean'));
    expect((await storedSettings())?.sites?.enabled).toEqual({ '*.zendesk.com': false, 'acme.zendesk.com': true });
  });

  it('shows a site the organisation turned off as locked', async () => {
    await fakeBrowser.storage.managed.set({ sites: { enabled: { '*.zendesk.com': false } } });
    // The agent's own entry does not override the policy.
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, sites: { enabled: { 'acme.zendesk.com': true }, customDomains: [] } } });
    m = mountPopup({ state: { findings: [], editor: true } });
    await waitFor(() => byState(m!.root, 'site-off'));
    const sw = siteSwitch(m.root)!;
    expect(sw.checked).toBe(false);
    expect(sw.disabled).toBe(true);
    expect(text(document.getElementById(sw.getAttribute('aria-describedby')!))).toBe('Set by your organisation.');
  });

  it('says so and keeps the switch as it was when the change cannot be saved', async () => {
    m = mountPopup({ state: { findings: [], editor: true } });
    await waitFor(() => byState(m!.root, 'clean'));
    // The policy arrives after the popup opened: the write is refused.
    await fakeBrowser.storage.managed.set({ sites: { enabled: { 'acme.zendesk.com': true } } });
    siteSwitch(m.root)!.click();
    await waitFor(() => expect(text(notice(m!.root))).toBe("Couldn't change coaching for acme.zendesk.com: Your organisation's policy sets coaching on acme.zendesk.com."));
    expect(siteSwitch(m.root)!.checked).toBe(true);
    await waitFor(() => expect(siteSwitch(m!.root)!.disabled).toBe(true));
    expect((await storedSettings())?.sites).toBeUndefined();
  });
});

describe('popup: pause', () => {
  const NOW = new Date(2026, 10, 23, 14, 5).getTime();

  it('pauses coaching for an hour', async () => {
    m = mountPopup({ state: { findings: DRAFT_FINDINGS, editor: true }, now: NOW });
    await waitFor(() => byState(m!.root, 'findings'));
    button(m.root, 'Pause for an hour').click();
    await waitFor(() => byState(m!.root, 'paused'));
    expect((await fakeBrowser.storage.local.get('pausedUntil')).pausedUntil).toBe(NOW + PAUSE_MS);
    expect(text(notice(m.root))).toBe('Coaching paused for an hour.');
    expect(text(byState(m.root, 'paused'))).toMatch(/^Coaching is paused until \S+/);
    button(m.root, /^Resume coaching/);
  });

  it('shows a pause in force and resumes', async () => {
    await fakeBrowser.storage.local.set({ pausedUntil: NOW + 20 * 60_000 });
    m = mountPopup({ state: { findings: DRAFT_FINDINGS, editor: true }, now: NOW });
    await waitFor(() => byState(m!.root, 'paused'));
    button(m.root, /^Resume coaching \(paused until .+\)$/).click();
    await waitFor(() => byState(m!.root, 'findings'));
    expect(await fakeBrowser.storage.local.get('pausedUntil')).toEqual({});
    expect(text(notice(m.root))).toBe('Coaching resumed.');
  });

  it('ignores a pause that has run out', async () => {
    await fakeBrowser.storage.local.set({ pausedUntil: NOW - 1 });
    m = mountPopup({ state: { findings: [], editor: true }, now: NOW });
    await waitFor(() => byState(m!.root, 'clean'));
    button(m.root, 'Pause for an hour');
  });
});

describe('popup: options page', () => {
  it('opens the options page and closes the popup', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    m = mountPopup({ state: { findings: [], editor: true } });
    await waitFor(() => byState(m!.root, 'clean'));
    button(m.root, 'Options').click();
    await waitFor(() => expect(m!.close).toHaveBeenCalled());
    expect(open).toHaveBeenCalledOnce();
  });
});
