// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brokenPacks, goodPack } from '../../settings/packs';
import { $, button, fakeBrowser, field, mountOptions, store, stored, text, type, waitFor, type Mounted } from './harness';

let m: Mounted | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  m?.unmount();
  m = undefined;
});

const section = () => $(m!.root, '#packs');
const previous = { version: 2, name: 'Before', rules: { 'missing-thanks': { level: 'hint' } }, customRules: [{ id: 'mine', type: 'phrase', level: 'warning', message: 'Mine.', patterns: ['pray'] }], sites: { enabled: {}, customDomains: [] } };

function paste(textValue: string) {
  type(field(section(), 'Or paste a rule pack'), textValue);
  button(section(), 'Check pasted pack').click();
}

function chooseFile(name: string, body: string) {
  const input = field(section(), 'Choose a rule pack file');
  Object.defineProperty(input, 'files', { value: [new File([body], name, { type: 'application/json' })], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('options page: import', () => {
  it('previews a pasted pack, then applies it on confirm', async () => {
    await store(previous);
    m = await mountOptions();
    paste(JSON.stringify(goodPack));
    const preview = await waitFor(() => section().querySelector('[data-preview]'));
    const diff = (kind: string) => [...preview.querySelectorAll(`[data-diff="${kind}"]`)].map(text);
    expect(diff('name')).toEqual(['Pack name: Before → Acme support']);
    expect(diff('phrases')).toEqual(['missing-thanks › thanks + ta very much']);
    expect(diff('custom-added')).toEqual(['New custom rule kindly (substitution)', 'New custom rule ticket-ref (required)']);
    expect(diff('custom-removed')).toEqual(['Custom rule mine is removed']);
    expect(diff('site')).toEqual(['zendesk.com: default → off']);
    expect(diff('domain-added')).toEqual(['Custom domain help.acme.example added']);
    expect(await stored()).toEqual(previous);
    button(preview, 'Apply').click();
    await waitFor(async () => JSON.stringify(await stored()) === JSON.stringify(goodPack));
    await waitFor(() => text($(m!.root, '[data-status]')).includes('Rule pack imported.'));
  });

  it('imports from a file, naming it in the preview', async () => {
    m = await mountOptions();
    chooseFile('acme.json', JSON.stringify(goodPack));
    const preview = await waitFor(() => section().querySelector('[data-preview]'));
    expect(text(preview)).toContain('Import acme.json');
    button(preview, 'Apply').click();
    await waitFor(async () => (await stored()) !== undefined);
    expect(await stored()).toEqual(goodPack);
  });

  it('migrates a version 1 pack and says so', async () => {
    m = await mountOptions();
    paste(JSON.stringify({ version: 1, rules: { 'missing-thanks': { level: 'off' } } }));
    const preview = await waitFor(() => section().querySelector('[data-preview]'));
    expect(text(preview)).toContain('written for version 1');
    button(preview, 'Apply').click();
    await waitFor(async () => (await stored()) !== undefined);
    expect(await stored()).toMatchObject({ version: 2, rules: { 'missing-thanks': { level: 'off' } } });
  });

  it.each(brokenPacks)('refuses a broken pack (%s) with a clear message, previous settings intact', async (_what, body, message) => {
    await store(previous);
    m = await mountOptions();
    paste(body);
    const errors = await waitFor(() => section().querySelector('[data-import-errors]'));
    expect(text(errors)).toContain("can't be imported; your settings are unchanged");
    expect(text(errors)).toContain(message);
    expect(section().querySelector('[data-preview]')).toBeNull();
    expect(await stored()).toEqual(previous);
    expect(m.model.user.value).toEqual(previous);
  });

  it('names the file when a chosen file is broken', async () => {
    m = await mountOptions();
    chooseFile('broken.json', '{ nope');
    const errors = await waitFor(() => section().querySelector('[data-import-errors]'));
    expect(text(errors)).toMatch(/^Broken\.json can't be imported/);
    expect(text(errors)).toContain('not valid JSON');
  });
});

describe('options page: export', () => {
  it('downloads the settings as a versioned JSON pack that imports back unchanged', async () => {
    await store(goodPack);
    m = await mountOptions();
    button(section(), 'Export rule pack').click();
    expect(m.downloads).toHaveLength(1);
    const { name, text: body } = m.downloads[0]!;
    expect(name).toMatch(/^warmline-acme-support-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(body)).toEqual(goodPack);
    // Round trip: import what was exported into a clean profile.
    m.unmount();
    fakeBrowser.reset();
    m = await mountOptions();
    paste(body);
    button(await waitFor(() => section().querySelector('[data-preview]')), 'Apply').click();
    await waitFor(async () => (await stored()) !== undefined);
    expect(await stored()).toEqual(goodPack);
    await waitFor(() => !section().querySelector('[data-preview]'));
    // And importing it again changes nothing.
    paste(body);
    await waitFor(() => section().querySelector('[data-diff="none"]'));
  });
});
