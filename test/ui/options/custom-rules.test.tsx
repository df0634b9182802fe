// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CustomRule } from '../../../src/settings/schema';
import { $, button, fakeBrowser, field, mountOptions, pick, store, stored, submit, text, type, waitFor, type Mounted } from './harness';

let m: Mounted | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  m?.unmount();
  m = undefined;
});

const section = () => $(m!.root, '#custom');
const storedRules = async () => ((await stored()) as { customRules?: CustomRule[] } | undefined)?.customRules;

async function openNew(kind: string): Promise<HTMLFormElement> {
  pick(field(section(), 'New rule of type'), kind);
  await waitFor(() => (field(section(), 'New rule of type') as unknown as HTMLSelectElement).value === kind);
  button(section(), 'New rule').click();
  return waitFor(() => section().querySelector<HTMLFormElement>('form[data-form="new"]'));
}

const fill = (form: HTMLElement, values: Record<string, string>) => {
  for (const [label, value] of Object.entries(values)) type(field(form, new RegExp(`^${label}`)), value);
};

const errorsOf = (form: HTMLElement, name: string) => text(form.querySelector(`[data-field="${name}"] .field-error`));

const cases: { kind: CustomRule['type']; values: Record<string, string>; expected: CustomRule; findIn: { text: string; customer?: string } }[] = [
  {
    kind: 'phrase',
    values: { Id: 'policy-talk', 'Message shown': 'Explain, don’t cite policy.', 'Phrases to flag': 'as per (our|the) policy\n\nper policy', 'Use instead': 'to keep your account safe' },
    expected: { id: 'policy-talk', type: 'phrase', level: 'warning', message: 'Explain, don’t cite policy.', patterns: ['as per (our|the) policy', 'per policy'], suggestion: 'to keep your account safe' },
    findIn: { text: 'Thanks! As per our policy we cannot.' },
  },
  {
    kind: 'substitution',
    values: { Id: 'kindly', 'Message shown': 'Say please.', 'Phrases to flag': 'kindly', 'Replace with': 'please' },
    expected: { id: 'kindly', type: 'substitution', level: 'warning', message: 'Say please.', patterns: ['kindly'], replacement: 'please' },
    findIn: { text: 'Thanks! Kindly wait.' },
  },
  {
    kind: 'required',
    values: { Id: 'ticket-ref', 'Message shown': 'Give the ticket number.', 'The reply must contain': '(ticket|case) #Value', 'Sentence the fix adds': 'Your ticket is #' },
    expected: { id: 'ticket-ref', type: 'required', level: 'warning', message: 'Give the ticket number.', patterns: ['(ticket|case) #Value'], suggestion: 'Your ticket is #' },
    findIn: { text: 'Thanks! All fixed.' },
  },
  {
    kind: 'conditional',
    values: { Id: 'refund-when', 'Message shown': 'Say when.', "When the customer's message mentions": 'refund', 'The reply must contain': '(today|tomorrow)', 'Sentence the fix adds': 'It arrives tomorrow.' },
    expected: { id: 'refund-when', type: 'conditional', level: 'warning', message: 'Say when.', when: ['refund'], patterns: ['(today|tomorrow)'], suggestion: 'It arrives tomorrow.' },
    findIn: { text: 'Thanks! I issued it.', customer: 'Where is my refund?' },
  },
];

describe('options page: custom rules', () => {
  it.each(cases)('creates, edits and deletes a $kind rule', async ({ kind, values, expected, findIn }) => {
    m = await mountOptions();
    expect(text(section())).toContain('No custom rules yet.');
    const form = await openNew(kind);
    await waitFor(() => section().querySelector(`[data-field="${kind === 'substitution' ? 'replacement' : 'suggestion'}"]`));
    fill(form, values);
    submit(form);
    await waitFor(async () => (await storedRules())?.length === 1);
    expect(await storedRules()).toEqual([expected]);
    const item = await waitFor(() => section().querySelector(`[data-custom-rule="${expected.id}"]`));
    expect(text(item)).toContain(expected.message);
    // The rule runs in the test bench right away.
    type(field(m.root, "Customer's message"), findIn.customer ?? '');
    type(field(m.root, 'Draft reply'), findIn.text);
    await waitFor(() => m!.root.querySelector(`[data-finding="custom:${expected.id}"]`));

    // Edit: change the message and level.
    button(item, `Edit custom rule ${expected.id}`).click();
    const edit = await waitFor(() => section().querySelector<HTMLFormElement>(`form[data-form="edit-${expected.id}"]`));
    type(field(edit, /^Message shown/), 'A clearer message.');
    pick(field(edit, 'Level'), 'hint');
    submit(edit);
    await waitFor(async () => (await storedRules())?.[0]?.message === 'A clearer message.');
    expect((await storedRules())![0]).toEqual({ ...expected, message: 'A clearer message.', level: 'hint' });

    // Delete.
    button(await waitFor(() => section().querySelector(`[data-custom-rule="${expected.id}"]`)), `Delete custom rule ${expected.id}`).click();
    await waitFor(async () => (await storedRules())?.length === 0);
    await waitFor(() => text(section()).includes('No custom rules yet.'));
  });

  it('shows errors beside the fields (a pattern by its line) and saves nothing', async () => {
    m = await mountOptions();
    const form = await openNew('substitution');
    await waitFor(() => form.querySelector('[data-field="replacement"]'));
    fill(form, { Id: 'Bad Id', 'Message shown': '   ', 'Phrases to flag': 'kindly\n\n(refund\n/re+/' });
    submit(form);
    await waitFor(() => errorsOf(form, 'patterns'));
    expect(errorsOf(form, 'id')).toContain('must be lower-case letters, digits and dashes');
    expect(errorsOf(form, 'message')).toBe('message must not be empty');
    expect(errorsOf(form, 'patterns')).toContain('Line 3: Unbalanced brackets in "(refund".');
    expect(errorsOf(form, 'patterns')).toContain('Line 4: "/re+/" uses a regular expression');
    expect(errorsOf(form, 'replacement')).toBe('replacement must not be empty');
    expect(field(form, 'Id').getAttribute('aria-invalid')).toBe('true');
    expect(await stored()).toBeUndefined();
  });

  it.each([
    ['phrase', { 'Phrases to flag': '' }, 'patterns', 'patterns needs at least one phrase'],
    ['required', { 'The reply must contain': 'ticket #Value', 'Sentence the fix adds': '' }, 'suggestion', 'suggestion must not be empty'],
    ['conditional', { "When the customer's message mentions": '(refund', 'The reply must contain': 'today', 'Sentence the fix adds': 'x' }, 'when', 'Line 1: Unbalanced brackets in "(refund".'],
    ['phrase', { 'Phrases to flag': 'a b c d e f g h i j k l m' }, 'patterns', 'has 13 terms; at most 12 are allowed'],
  ] as const)('rejects a %s rule with a bad %s', async (kind, values, fieldName, message) => {
    m = await mountOptions();
    const form = await openNew(kind);
    await waitFor(() => form.querySelector(`[data-field="${fieldName}"]`));
    fill(form, { Id: 'r', 'Message shown': 'A message.', ...values });
    submit(form);
    await waitFor(() => errorsOf(form, fieldName));
    expect(errorsOf(form, fieldName)).toContain(message);
    expect(await stored()).toBeUndefined();
  });

  it('refuses a second rule with the same id', async () => {
    await store({ version: 2, customRules: [{ id: 'kindly', type: 'phrase', message: 'm', patterns: ['kindly'] }] });
    m = await mountOptions();
    const form = await openNew('phrase');
    fill(form, { Id: 'kindly', 'Message shown': 'Another.', 'Phrases to flag': 'pray' });
    submit(form);
    await waitFor(() => errorsOf(form, 'id'));
    expect(errorsOf(form, 'id')).toBe('another custom rule already has the id "kindly"');
    expect(await storedRules()).toHaveLength(1);
  });

  it('renders what a pack provides as text, never as HTML', async () => {
    const evil = '<img src=x onerror="globalThis.pwned=1"><b>bold</b>';
    await store({ version: 2, name: evil, customRules: [{ id: 'x', type: 'phrase', message: evil, patterns: ['kindly'], suggestion: evil }] });
    m = await mountOptions();
    const item = await waitFor(() => section().querySelector('[data-custom-rule="x"]'));
    expect(item.querySelector('img, b')).toBeNull();
    expect(text(item)).toContain(evil);
    expect(m.root.querySelector('.pack-name img')).toBeNull();
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('shows custom rules from the policy locked, without edit or delete', async () => {
    await fakeBrowser.storage.managed.set({ customRules: [{ id: 'corp', type: 'phrase', message: 'Corporate rule.', patterns: ['kindly'] }] });
    await store({ version: 2, customRules: [{ id: 'mine', type: 'phrase', message: 'Mine.', patterns: ['pray'] }] });
    m = await mountOptions();
    const corp = await waitFor(() => section().querySelector('[data-custom-rule="corp"]'));
    expect(text(corp)).toContain("This rule is set by your organisation's policy");
    expect(corp.querySelector('button')).toBeNull();
    const mine = $(section(), '[data-custom-rule="mine"]');
    expect(button(mine, 'Edit custom rule mine')).toBeTruthy();
  });
});
