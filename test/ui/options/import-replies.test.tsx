// @vitest-environment happy-dom
import { File as NodeFile } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $, button, click, fakeBrowser, mountOptions, pick, text, waitFor, type Mounted } from './harness';
// After the harness: it puts the fake browser in place before anything reads `wxt/browser`.
import { KEPT_KEY } from '../../../src/ui/options/kept-counts';

let m: Mounted | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  m?.unmount();
  m = undefined;
  vi.restoreAllMocks();
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
    expect(text(section())).toContain('Nothing is uploaded, and nothing is saved unless you choose to keep the counts');
    chooseExport('team.csv', EXPORT);
    await waitFor(() => section().querySelector('[data-import="done"]'));
    expect(text($(section(), '[data-import] [role="status"]'))).toBe('Coached all 30 replies of team.csv.');
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

  it('keeps the counts only when asked (no reply text), shows them beside the next import, and says when storage is full', async () => {
    m = await mountOptions();
    chooseExport('team.csv', EXPORT);
    await waitFor(() => section().querySelector('[data-import="done"]'));
    expect(await fakeBrowser.storage.local.get(KEPT_KEY)).toEqual({});
    click(button(section(), 'Keep these counts in this browser'));
    await waitFor(() => section().querySelector('[data-kept]'));
    const stored = (await fakeBrowser.storage.local.get(KEPT_KEY))[KEPT_KEY] as { name: string; replies: number; fired: Record<string, number> };
    expect(stored).toMatchObject({ name: 'team.csv', replies: 30, fired: { deflection: 10 } });
    expect(JSON.stringify(stored)).not.toContain('bank');
    m.unmount();

    m = await mountOptions();
    expect(text(await waitFor(() => section().querySelector('[data-kept]')))).toContain('Kept from team.csv');
    chooseExport('next.csv', EXPORT);
    await waitFor(() => section().querySelector('[data-import="done"]'));
    expect(text(row('deflection')!.querySelector('[data-kept-share]')!)).toBe('33.3 %');

    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    click(button(section(), 'Keep these counts in this browser'));
    await waitFor(() => text(section()).includes("Not kept: this browser's storage for Warmline is full"));

    click(button(section(), 'Forget kept counts'));
    await waitFor(() => !section().querySelector('[data-kept]'));
    expect(await fakeBrowser.storage.local.get(KEPT_KEY)).toEqual({});
  });
});
