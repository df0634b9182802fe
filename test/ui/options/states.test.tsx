// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withRules } from '../../settings/packs';
import { $, button, fakeBrowser, field, mountOptions, pick, store, stored, submit, text, toggle, type, waitFor, type Mounted } from './harness';

let m: Mounted | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  m?.unmount();
  m = undefined;
  vi.restoreAllMocks();
});

const notice = (kind: string) => m!.root.querySelector(`[data-notice="${kind}"]`);

describe('options page: storage states', () => {
  it('shows a loading state, then the page', async () => {
    m = await mountOptions();
    expect(m.root.querySelector('[aria-busy]')).toBeNull();
    expect(text($(m.root, 'h1'))).toBe('Warmline settings');
    expect([...m.root.querySelectorAll('nav a')].map((a) => a.getAttribute('href'))).toEqual(['#rules', '#custom', '#presets', '#packs', '#sites', '#bench', '#replies']);
  });

  it('says when settings were migrated from version 1, and keeps them', async () => {
    await store({ version: 1, rules: { 'missing-thanks': { level: 'hint' } } });
    m = await mountOptions();
    expect(text(notice('migrated'))).toContain('older Warmline (version 1)');
    expect(($(m.root, '#rule-missing-thanks-level') as HTMLSelectElement).value).toBe('hint');
  });

  it('explains bad stored data, keeps the valid parts and the raw value aside', async () => {
    const raw = { version: 2, rules: { 'missing-thanks': { level: 'hint' }, deflection: { level: 'LOUD' } } };
    await store(raw);
    m = await mountOptions();
    const p = text(notice('problem'));
    expect(p).toContain('The stored settings had errors');
    expect(p).toContain('rules.deflection.level');
    expect(p).toContain("kept aside unchanged (local 'settings-backup')");
    expect(($(m.root, '#rule-missing-thanks-level') as HTMLSelectElement).value).toBe('hint');
    const backup = (await fakeBrowser.storage.local.get('settings-backup'))['settings-backup'] as { raw: unknown }[];
    expect(backup[0]!.raw).toEqual(raw);
  });

  it('survives stored data that is not settings at all', async () => {
    await store('%%% corrupted %%%');
    m = await mountOptions();
    expect(text(notice('problem'))).toContain('settings must be a JSON object');
    expect(m.root.querySelectorAll('[data-rule]').length).toBeGreaterThan(0);
  });

  it('shows the quota note when custom rules overflow storage.sync into storage.local', async () => {
    m = await mountOptions();
    const r = await m.model.save(withRules(100));
    expect(r.ok).toBe(true);
    const q = await waitFor(() => notice('quota'));
    expect(text(q)).toMatch(/custom rules did not fit in sync storage .* saved on this device only/);
    expect(text($(m.root, '[data-status]'))).toMatch(/Saved\. \d+ custom rules did not fit/);
    // Every rule is still there: nothing was dropped.
    await waitFor(() => m!.root.querySelectorAll('[data-custom-rule]').length === 100);
  });

  it('shows the quota note after a reload too', async () => {
    m = await mountOptions();
    await m.model.save(withRules(100));
    m.unmount();
    m = await mountOptions();
    expect(text(notice('quota'))).toContain('do not sync to your other browsers');
  });

  it('shows save errors when storage fails, keeping the page usable', async () => {
    m = await mountOptions();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE exceeded'));
    pick($(m.root, '#rule-missing-thanks-level'), 'hint');
    await waitFor(() => text(notice('quota')).includes('MAX_WRITE_OPERATIONS_PER_MINUTE'));
    expect((await fakeBrowser.storage.local.get('settings-overflow'))['settings-overflow']).toMatchObject({ kind: 'all' });
  });

  it('follows changes made elsewhere (another tab, sync, the policy)', async () => {
    m = await mountOptions();
    await store({ version: 2, rules: { 'missing-thanks': { level: 'off' } } });
    await waitFor(() => ($(m!.root, '#rule-missing-thanks-level') as HTMLSelectElement).value === 'off');
    await fakeBrowser.storage.managed.set({ rules: { 'missing-thanks': { level: 'warning' } } });
    await waitFor(() => ($(m!.root, '#rule-missing-thanks-level') as HTMLSelectElement).disabled);
    expect(notice('policy')).not.toBeNull();
  });
});

describe('options page: sites', () => {
  const section = () => $(m!.root, '#sites');

  it('turns a known helpdesk off and on', async () => {
    m = await mountOptions({ knownDomains: ['freshdesk.com', 'zendesk.com'] });
    const sw = () => $(section(), '[data-site="zendesk.com"] input[role="switch"]') as HTMLInputElement;
    expect(sw().checked).toBe(true);
    toggle(sw());
    await waitFor(async () => JSON.stringify(await stored()).includes('zendesk.com'));
    expect(await stored()).toMatchObject({ sites: { enabled: { 'zendesk.com': false } } });
    await waitFor(() => !sw().checked);
    toggle(sw());
    await waitFor(async () => !JSON.stringify(await stored()).includes('zendesk.com'));
  });

  it('adds a custom domain (asking the browser for access), rejects bad ones inline, removes it', async () => {
    m = await mountOptions();
    const input = field(section(), 'Add a domain');
    type(input, 'not a domain!');
    submit($(section(), 'form'));
    const err = await waitFor(() => section().querySelector('.field-error'));
    expect(text(err)).toContain('is not a domain');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    type(input, 'https://Help.Acme.example/agent/tickets');
    submit($(section(), 'form'));
    await waitFor(() => section().querySelector('[data-custom-domain="help.acme.example"]'));
    expect(await stored()).toMatchObject({ sites: { customDomains: ['help.acme.example'] } });
    expect(m.requested).toEqual(['help.acme.example']);
    type(input, 'help.acme.example');
    submit($(section(), 'form'));
    await waitFor(() => text(section().querySelector('.field-error')).includes('already in the list'));
    button(section(), 'Remove help.acme.example').click();
    await waitFor(async () => JSON.stringify(await stored()).includes('"customDomains":[]'));
  });

  it('says when the browser did not grant access, and still saves the domain', async () => {
    m = await mountOptions({ grant: false });
    type(field(section(), 'Add a domain'), 'support.corp.example');
    submit($(section(), 'form'));
    await waitFor(() => text($(m!.root, '[data-status]')).includes('Warmline has no access to it yet'));
    expect(await stored()).toMatchObject({ sites: { customDomains: ['support.corp.example'] } });
  });

  it('shows policy-set sites locked', async () => {
    await fakeBrowser.storage.managed.set({ sites: { enabled: { 'zendesk.com': false }, customDomains: ['corp.example'] } });
    m = await mountOptions();
    const sw = $(section(), '[data-site="zendesk.com"] input[role="switch"]') as HTMLInputElement;
    expect(sw.checked).toBe(false);
    expect(sw.disabled).toBe(true);
    const corp = $(section(), '[data-custom-domain="corp.example"]');
    expect(text(corp)).toContain("This domain is set by your organisation's policy");
    expect(corp.querySelector('button')).toBeNull();
  });
});

describe('options page: test bench', () => {
  const section = () => $(m!.root, '#bench');
  const rules = () => [...section().querySelectorAll('[data-finding]')].map((f) => f.getAttribute('data-finding'));

  it('updates findings as you type, and applies a suggestion to the draft', async () => {
    m = await mountOptions();
    const draft = field(section(), 'Draft reply') as unknown as HTMLTextAreaElement;
    type(field(section(), "Customer's message"), '');
    type(draft, 'Your card is on its way.');
    await waitFor(() => rules().includes('missing-thanks'));
    type(draft, 'Thanks so much for your patience! Your card is on its way.');
    await waitFor(() => !rules().includes('missing-thanks'));
    type(draft, 'Your card is on its way.');
    const f = await waitFor(() => section().querySelector('[data-finding="missing-thanks"]'));
    (f.querySelector('button') as HTMLButtonElement).click();
    await waitFor(() => draft.value !== 'Your card is on its way.' && /thank/i.test(draft.value));
    await waitFor(() => !rules().includes('missing-thanks'));
  });

  it('follows the settings: a rule turned off stops reporting in the bench', async () => {
    m = await mountOptions();
    type(field(section(), 'Draft reply'), 'Your card is on its way.');
    await waitFor(() => rules().includes('missing-thanks'));
    pick($(m.root, '#rule-missing-thanks-level'), 'off');
    await waitFor(() => !rules().includes('missing-thanks'));
  });
});
