// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rules } from '../../../src/rules';
import { $, button, fakeBrowser, field, mountOptions, pick, store, stored, submit, text, toggle, type, waitFor, type Mounted } from './harness';

let m: Mounted | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  m?.unmount();
  m = undefined;
});

const card = (id: string) => $(m!.root, `[data-rule="${id}"]`);
/** Opens the rule's phrase lists (rendered only while open) and returns one. */
async function list(rule: string, name: string): Promise<HTMLElement> {
  const c = card(rule);
  const toggle = button(c, /^. Phrase lists/);
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  return waitFor(() => c.querySelector<HTMLElement>(`[data-list="${name}"]`));
}

describe('options page: rules', () => {
  it('lists every rule of the registry with its level, description, why and examples', async () => {
    m = await mountOptions();
    const cards = [...m.root.querySelectorAll('[data-rule]')].map((c) => c.getAttribute('data-rule'));
    expect(cards).toEqual(rules.map((r) => r.meta.id));
    for (const r of rules) {
      const c = card(r.meta.id);
      expect(text(c)).toContain(r.meta.docs.description.replace(/\s+/g, ' ').trim());
      expect(text(c)).toContain(r.meta.docs.why.replace(/\s+/g, ' ').trim());
      expect(c.querySelectorAll('.example-incorrect').length).toBe(r.meta.docs.incorrect.length);
      expect(c.querySelectorAll('.example-correct').length).toBe(r.meta.docs.correct.length);
      expect((field(c, `Level of ${r.meta.id}`) as unknown as HTMLSelectElement).value).toBe(r.meta.defaultLevel);
      const lists = Object.keys(r.meta.phrases);
      if (lists.length) expect(text(button(c, /Phrase lists/))).toContain(`Phrase lists (${lists.length})`);
    }
  });

  it('renders rules it has never seen: the list comes from the registry', async () => {
    const fake = { ...rules.find((r) => r.meta.id === 'missing-thanks')!, meta: { ...rules.find((r) => r.meta.id === 'missing-thanks')!.meta, id: 'brand-new-rule', docs: { description: 'A rule added today.', why: 'Because.', incorrect: [], correct: [] } } };
    m = await mountOptions({ rules: [fake] });
    expect(text(card('brand-new-rule'))).toContain('A rule added today.');
  });

  it('changes a level and saves it (the content script picks it up from storage)', async () => {
    m = await mountOptions();
    pick(field(card('missing-thanks'), 'Level of missing-thanks'), 'hint');
    await waitFor(async () => JSON.stringify(await stored()).includes('hint'));
    expect(await stored()).toMatchObject({ version: 2, rules: { 'missing-thanks': { level: 'hint' } } });
    await waitFor(() => text($(m!.root, '[data-status]')).includes('missing-thanks: on (hint).'));
  });

  it('turns a rule off and on with its switch; back at the default level nothing is stored for it', async () => {
    m = await mountOptions();
    const sw = () => card('missing-thanks').querySelector<HTMLInputElement>('input[role="switch"]')!;
    toggle(sw());
    await waitFor(async () => (await stored()) !== undefined);
    expect(await stored()).toMatchObject({ rules: { 'missing-thanks': { level: 'off' } } });
    await waitFor(() => (field(card('missing-thanks'), 'Level of missing-thanks') as unknown as HTMLSelectElement).value === 'off');
    toggle(sw());
    await waitFor(async () => JSON.stringify((await stored() as { rules: object }).rules) === '{}');
  });

  it('adds a phrase to a list', async () => {
    m = await mountOptions();
    const l = await list('missing-thanks', 'thanks');
    type(field(l, 'Add a phrase to thanks'), '  ta   very much ');
    submit($(l, 'form'));
    await waitFor(() => text($(l, '.phrases-added')).includes('ta very much'));
    expect(await stored()).toMatchObject({ rules: { 'missing-thanks': { phrases: { thanks: { add: ['ta very much'] } } } } });
    expect((field(l, 'Add a phrase to thanks') as HTMLInputElement).value).toBe('');
  });

  it('shows an inline error for a phrase it cannot use, and stores nothing', async () => {
    m = await mountOptions();
    const l = await list('missing-thanks', 'thanks');
    const input = field(l, 'Add a phrase to thanks');
    type(input, '(cheers');
    submit($(l, 'form'));
    const err = await waitFor(() => l.querySelector('.field-error'));
    expect(text(err)).toBe('Unbalanced brackets in "(cheers".');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(err.id);
    expect(await stored()).toBeUndefined();
    type(input, 'Kudos to you');
    submit($(l, 'form'));
    await waitFor(() => text(l.querySelector('.field-error')).includes('already in the list'));
    type(input, '/thanks+/');
    submit($(l, 'form'));
    await waitFor(() => text(l.querySelector('.field-error')).includes('regular expression'));
  });

  it('removes a built-in phrase (stored as a removal) and a team phrase (taken out of the additions)', async () => {
    await store({ version: 2, rules: { 'missing-thanks': { phrases: { thanks: { add: ['ta'] } } } } });
    m = await mountOptions();
    const l = await list('missing-thanks', 'thanks');
    button(l, /Built-in phrases/).click();
    (await waitFor(() => l.querySelector<HTMLButtonElement>('button[aria-label="Remove “kudos to you” from thanks"]'))).click();
    await waitFor(async () => JSON.stringify(await stored()).includes('kudos'));
    expect(await stored()).toMatchObject({ rules: { 'missing-thanks': { phrases: { thanks: { add: ['ta'], remove: ['kudos to you'] } } } } });
    await waitFor(() => !text($(l, '.phrases-builtin')).includes('kudos to you'));
    button(l, 'Remove “ta” from thanks').click();
    await waitFor(async () => !JSON.stringify(await stored()).includes('"ta"'));
    // Adding a removed built-in phrase back undoes the removal.
    type(field(l, 'Add a phrase to thanks'), 'kudos to you');
    submit($(l, 'form'));
    await waitFor(async () => JSON.stringify((await stored() as { rules: object }).rules) === '{}');
  });

  it('shows levels and lists set by the managed policy disabled, with a note why', async () => {
    await fakeBrowser.storage.managed.set({ rules: { 'missing-thanks': { level: 'hint', phrases: { thanks: { add: ['ta'] } } } } });
    m = await mountOptions();
    const c = card('missing-thanks');
    const select = field(c, 'Level of missing-thanks') as unknown as HTMLSelectElement;
    expect(select.value).toBe('hint');
    expect(select.disabled).toBe(true);
    expect(c.querySelector<HTMLInputElement>('input[role="switch"]')!.disabled).toBe(true);
    expect(text(c)).toContain("This rule's level is set by your organisation's policy");
    const l = await list('missing-thanks', 'thanks');
    expect(text(l)).toContain("This phrase list is set by your organisation's policy");
    expect(l.querySelector('form')).toBeNull();
    expect(l.querySelector('button[aria-label^="Remove"]')).toBeNull();
    expect(text($(m.root, '[data-notice="policy"]'))).toContain('Your organisation manages some of these settings');
    // The model refuses too, so nothing is written even if a control were forced.
    expect(await m.model.setLevel('missing-thanks', 'off')).toMatchObject({ ok: false });
    expect(await stored()).toBeUndefined();
  });
});
