// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { presets } from '../../../src/settings/presets';
import { $, button, fakeBrowser, mountOptions, store, stored, text, waitFor, type Mounted } from './harness';

let m: Mounted | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  m?.unmount();
  m = undefined;
});

const section = () => $(m!.root, '#presets');

describe('options page: presets', () => {
  it('lists the presets with their descriptions', async () => {
    m = await mountOptions();
    for (const p of presets) expect(text($(section(), `[data-preset="${p.id}"]`))).toContain(p.settings.description!);
  });

  it('previews what a preset changes and stores nothing until Apply; Cancel leaves everything as it was', async () => {
    await store({ version: 2, name: 'Ours', customRules: [{ id: 'mine', type: 'phrase', message: 'Mine.', patterns: ['pray'] }] });
    m = await mountOptions();
    button(section(), 'Preview the Strict preset').click();
    const preview = await waitFor(() => section().querySelector('[data-preview]'));
    const added = [...preview.querySelectorAll('[data-diff="custom-added"]')].map(text);
    expect(added).toEqual(['New custom rule refund-time-frame (conditional)', 'New custom rule kindly-to-please (substitution)', 'New custom rule hiding-behind-policy (phrase)']);
    expect(preview.querySelector('[data-diff="custom-removed"]')).toBeNull();
    button(preview, 'Cancel').click();
    await waitFor(() => !section().querySelector('[data-preview]'));
    expect(await stored()).toEqual({ version: 2, name: 'Ours', customRules: [{ id: 'mine', type: 'phrase', message: 'Mine.', patterns: ['pray'] }] });
  });

  it('applies a preset: levels change, custom rules added, the rest kept', async () => {
    m = await mountOptions();
    button(section(), 'Preview the Gentle preset').click();
    const preview = await waitFor(() => section().querySelector('[data-preview]'));
    const levels = [...preview.querySelectorAll('[data-diff="level"]')].map(text);
    expect(levels).toContain('missing-thanks: warning → hint');
    button(preview, 'Apply').click();
    await waitFor(async () => (await stored()) !== undefined);
    expect(await stored()).toMatchObject({ version: 2, rules: presets.find((p) => p.id === 'gentle')!.settings.rules });
    await waitFor(() => !section().querySelector('[data-preview]'));
    await waitFor(() => text($(m!.root, '[data-status]')).includes('Preset “Gentle” applied.'));
    const select = $(m.root, '#rule-missing-thanks-level') as HTMLSelectElement;
    await waitFor(() => select.value === 'hint');
  });

  it('says when a preset would change nothing', async () => {
    m = await mountOptions();
    button(section(), 'Preview the Chat preset').click();
    button(await waitFor(() => section().querySelector('[data-preview]')), 'Apply').click();
    await waitFor(async () => (await stored()) !== undefined);
    await waitFor(() => !section().querySelector('[data-preview]'));
    button(section(), 'Preview the Chat preset').click();
    await waitFor(() => section().querySelector('[data-diff="none"]'));
  });
});
