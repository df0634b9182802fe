// @vitest-environment happy-dom
import { File as NodeFile } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $, button, click, fakeBrowser, mountOptions, pick, text, waitFor, type Mounted } from './harness';

let m: Mounted | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  m?.unmount();
  m = undefined;
});

const COLD = "You'll need to contact your bank about that. We'll get back to you soon.";
const WARM = 'Sorry about the double charge, and thanks for waiting. The refund went out this morning and reaches you by Friday.';
const EXPORT = ['Ticket ID,Request,Comment body', ...Array.from({ length: 30 }, (_, i) => `T${i},I was charged twice!,"Case ${i}. ${i % 3 ? WARM : COLD}"`), 'T99,"never closed'].join('\n');

/** Picks a file in the "Your replies" input (a node File: it has the stream() the worker reads). */
function chooseExport(name: string, body: string) {
  const input = $(m!.root, '#replies-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new NodeFile([body], name)], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const section = () => $(m!.root, '#replies');
const row = (rule: string) => section().querySelector(`[data-import-rates] tr[data-rule="${rule}"]`);

describe('options page: your replies', () => {
  it('imports an export, counts each rule, lists skipped rows, and shows before / after when a level changes', async () => {
    m = await mountOptions();
    expect(text(section())).toContain('Nothing is uploaded, and nothing is saved');
    chooseExport('team.csv', EXPORT);
    await waitFor(() => section().querySelector('[data-import="done"]'));
    expect(text($(section(), '[role="status"]'))).toBe('Coached all 30 replies of team.csv.');
    expect(row('deflection')!.getAttribute('data-before')).toBe('10');
    expect(row('deflection')!.hasAttribute('data-after')).toBe(false);
    expect(text($(section(), '.import-problems summary'))).toBe('1 row could not be read and was skipped');
    expect(text($(section(), '.import-problems li'))).toMatch(/^team\.csv:32: not valid CSV/);
    // An example shows the flagged words.
    expect(text($(section(), '[data-examples="deflection"] mark')).toLowerCase()).toContain('contact your bank');

    pick($(m.root, '#rule-deflection-level'), 'off');
    await waitFor(() => row('deflection')?.getAttribute('data-after') === '0' && section().querySelector('[data-import="done"]'));
    expect(row('deflection')!.getAttribute('data-before')).toBe('10');
    expect(row('missing-thanks')?.getAttribute('data-after') ?? null).toBe(row('missing-thanks')?.getAttribute('data-before') ?? null);
    expect(text($(section(), '.import-changes summary'))).toBe('10 of 30 replies are coached differently');

    click(button(section(), 'Make the rules now the new “before”'));
    await waitFor(() => !row('deflection') && section().querySelector('[data-import="done"]'));

    click(button(section(), 'Forget this import'));
    await waitFor(() => !section().querySelector('[data-import]'));
  });

  it('says what is wrong with a file it cannot read, as an alert', async () => {
    m = await mountOptions();
    chooseExport('odd.csv', 'id,subject\n1,Hello\n');
    const alert = await waitFor(() => section().querySelector('[data-import-failed]'));
    expect(alert.getAttribute('role')).toBe('alert');
    expect(text(alert)).toContain('odd.csv has no column for the reply text (its header has: id, subject)');
  });
});
