import { describe, expect, it } from 'vitest';
import { createImportSession, MAX_IMPORT_BYTES, PROBLEMS_LISTED } from '../../src/batch/import-session';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema';

const COLD = "You'll need to contact your bank about that. We'll get back to you soon.";
const WARM = 'Sorry about the double charge, and thanks for waiting. The refund went out this morning and reaches you by Friday.';
const deflectionOff: Settings = { ...DEFAULT_SETTINGS, rules: { deflection: { level: 'off' } } };

const csv = (n: number) =>
  ['id,customer,reply', ...Array.from({ length: n }, (_, i) => `r${i},I was charged twice!,"Case ${i}. ${i % 2 ? WARM : COLD}"`)].join('\n') + '\n';
const blob = (text: string) => new Blob([text]);

/** Steps until done; the number of steps taken. */
function finish(s: ReturnType<typeof createImportSession>): number {
  let steps = 0;
  while (s.step(1_000)) steps++;
  return steps + 1;
}

describe('the options page import session', () => {
  it('reads an export, then coaches every reply in slices; before and after agree until the settings change', async () => {
    const s = createImportSession();
    await s.start(blob(csv(40)), 'team.csv', DEFAULT_SETTINGS, DEFAULT_SETTINGS);
    expect(s.progress()).toMatchObject({ phase: 'checking', rows: 40, bad: 0, checked: 0, comparing: false });
    finish(s);
    const done = s.progress();
    expect(done).toMatchObject({ phase: 'done', checked: 40 });
    expect(done.tally.fired.deflection).toBe(20);
    expect(done.tally.compare).toBeUndefined();
  });

  it('an edit restarts the after pass over the same replies; rebase makes it the new before', async () => {
    const s = createImportSession();
    await s.start(blob(csv(40)), 'team.csv', DEFAULT_SETTINGS, DEFAULT_SETTINGS);
    finish(s);
    s.setAfter(deflectionOff);
    expect(s.progress()).toMatchObject({ phase: 'checking', checked: 0, comparing: true });
    finish(s);
    const t = s.progress().tally;
    expect(t.fired.deflection).toBe(20);
    expect(t.compare!.fired.deflection).toBeUndefined();
    expect(t.compare!.changed).toBe(20);
    s.rebase();
    finish(s);
    expect(s.progress().comparing).toBe(false);
    expect(s.progress().tally.fired.deflection).toBeUndefined();
    // Settings back as they were before: nothing to compare.
    s.setAfter(deflectionOff);
    expect(s.progress().comparing).toBe(false);
  });

  it('checks in a fixed shuffled order, so a partial count is a fair sample of the whole file', async () => {
    const s = createImportSession();
    // The first half of the file is all cold, the second all warm.
    const rows = ['id,customer,reply', ...Array.from({ length: 400 }, (_, i) => `r${i},I was charged twice!,"Case ${i}. ${i < 200 ? COLD : WARM}"`)].join('\n');
    await s.start(blob(rows), 'halves.csv', DEFAULT_SETTINGS, DEFAULT_SETTINGS);
    let clock = 0;
    const slow = createImportSession(() => (clock += 1));
    await slow.start(blob(rows), 'halves.csv', DEFAULT_SETTINGS, DEFAULT_SETTINGS);
    slow.step(100);
    const part = slow.progress();
    expect(part.checked).toBeGreaterThan(40);
    expect(part.checked).toBeLessThan(400);
    const cold = part.tally.fired.deflection ?? 0;
    expect(cold / part.checked).toBeGreaterThan(0.3);
    expect(cold / part.checked).toBeLessThan(0.7);
  });

  it('counts bad rows and names the first few by line, and goes on', async () => {
    const lines = ['{"id":"a","text":"Thanks, the refund went out today."}', ...Array.from({ length: PROBLEMS_LISTED + 5 }, () => '{broken'), '{"id":"b","text":"   "}'];
    const s = createImportSession();
    await s.start(blob(lines.join('\n')), 'replies.jsonl', DEFAULT_SETTINGS, DEFAULT_SETTINGS);
    const p = s.progress();
    expect(p).toMatchObject({ phase: 'checking', rows: 1, bad: PROBLEMS_LISTED + 6 });
    expect(p.problems).toHaveLength(PROBLEMS_LISTED);
    expect(p.problems[0]).toMatch(/^replies\.jsonl:2: not valid JSON/);
  });

  it('says clearly when a file is too big for the page, or has no column for the reply, and holds nothing', async () => {
    const big = { size: MAX_IMPORT_BYTES + 1, stream: () => blob('').stream() } as unknown as Blob;
    const s = createImportSession();
    await s.start(big, 'year.csv', DEFAULT_SETTINGS, DEFAULT_SETTINGS);
    expect(s.progress()).toMatchObject({ phase: 'failed', rows: 0 });
    expect(s.progress().message).toMatch(/year\.csv is 300 MB; this page can hold up to 300 MB .*warmline report/);
    await s.start(blob('id,subject\n1,Hello\n'), 'odd.csv', DEFAULT_SETTINGS, DEFAULT_SETTINGS);
    expect(s.progress().phase).toBe('failed');
    expect(s.progress().message).toBe('odd.csv has no column for the reply text (its header has: id, subject). Name that column "text" or "reply" in the file and import it again.');
    expect(s.step(100)).toBe(false);
  });
});
