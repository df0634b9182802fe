import { describe, expect, it } from 'vitest';
import { run, tempFiles } from './run';

const { file } = tempFiles('warmline-batch-');

const ROWS = [
  { id: 'r1', text: "You'll need to contact your bank about that charge. We'll get back to you soon.", customer: 'I was charged twice!' },
  { id: 'r2', text: 'Thanks for the photos, Sam.\nA replacement ships today and arrives Thursday.', customer: 'My mug arrived broken, "again".' },
  { id: 'r3', text: 'Thank you, the refund went out this morning.' },
];
const csvCell = (s: string | undefined) => (s === undefined ? '' : `"${s.replace(/"/g, '""')}"`);
const asCsv = (header: string, rows: typeof ROWS) => [header, ...rows.map((r) => [r.id, csvCell(r.text), csvCell(r.customer)].join(','))].join('\r\n') + '\r\n';
const lines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; findings: { rule: string; start: number; end: number }[] });

describe('warmline check on exports', () => {
  it('gives the same findings for the same rows from CSV (quoted cells, line breaks, "") and from JSON lines', async () => {
    const jsonl = await run('check', '--jsonl', file('rows.jsonl', ROWS.map((r) => JSON.stringify(r)).join('\n')));
    const csv = await run('check', file('rows.csv', asCsv('id,text,customer', ROWS)));
    expect(csv.err).toBe('');
    expect(lines(csv.out)).toEqual(lines(jsonl.out));
    expect(lines(csv.out)[0]!.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['deflection', 'vague-promise']));
    expect(csv.code).toBe(jsonl.code);
  });

  it("finds a helpdesk export's own headers, and takes named columns", async () => {
    const zendesk = await run('check', file('zendesk.csv', asCsv('Ticket ID,Comment body,Request', ROWS)));
    expect(lines(zendesk.out).map((l) => l.id)).toEqual(['r1', 'r2', 'r3']);
    const named = await run('check', '--input', 'csv', '--id-column', 'ref', '--text-column', 'Agent said', '--customer-column', 'asked', file('named.txt', asCsv('ref,Agent said,asked', ROWS)));
    expect(lines(named.out).map((l) => l.id)).toEqual(['r1', 'r2', 'r3']);
    const missing = await run('check', '--text-column', 'nope', file('x.csv', asCsv('id,text,customer', ROWS)));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no column "nope" for text \(the header has: id, text, customer\)/);
  });

  it('reports each bad row with its file and line, skips it, answers the rest and exits 2', async () => {
    const big = 'x'.repeat(1_000_000);
    const body = [
      'id,text,customer',
      'a1,"Thanks, your refund went out today.",',
      'a2,"this quote never closes,',
      'a3,"Thanks, the parcel is at the depot."',
      'a4,"   ",',
      `a5,"${big}",`,
      'a6,"Thank you, all sorted on our side.",',
    ].join('\n') + '\n';
    const input = file('bad.csv', body);
    const r = await run('check', input);
    expect(r.code).toBe(2);
    expect(lines(r.out).map((l) => l.id)).toEqual(expect.arrayContaining(['a1', 'a6']));
    expect(lines(r.out).map((l) => l.id)).not.toContain('a4');
    expect(lines(r.out).map((l) => l.id)).not.toContain('a5');
    expect(r.err).toMatch(new RegExp(`${input}:\\d+: (not valid CSV|2 columns|1 columns)`));
    expect(r.err).toContain(`${input}:5: the reply text is empty (skipped)`);
    expect(r.err).toMatch(new RegExp(`${input}:6: the reply text has 1,000,000 characters`));
    expect(r.err).toMatch(/bad rows? skipped, \d+ checked/);
  });

  it('skips bad JSON lines and rows without a text the same way', async () => {
    const input = file('bad.jsonl', [JSON.stringify({ id: 'j1', text: 'Thanks, done.' }), '{"id": "j2", "text": ', JSON.stringify({ id: 'j3' }), JSON.stringify({ id: 'j4', text: 'Thank you, all set.' })].join('\n'));
    const r = await run('check', '--jsonl', input);
    expect(r.code).toBe(2);
    expect(lines(r.out).map((l) => l.id)).toEqual(['j1', 'j4']);
    expect(r.err).toContain(`${input}:2: not valid JSON`);
    expect(r.err).toContain(`${input}:3: "text" must be a string`);
    expect(r.err).toContain('2 bad rows skipped, 2 checked');
  });

  it('eval scores a CSV with a column per labelled rule as it scores the same JSON lines, and stops at a bad label', async () => {
    const labelled = [
      { ...ROWS[0]!, labels: { deflection: true, 'vague-promise': true } },
      { ...ROWS[1]!, labels: { deflection: false } },
      { ...ROWS[2]!, labels: { deflection: true, 'vague-promise': false } },
    ];
    const jsonl = await run('eval', '--errors', file('labelled.jsonl', labelled.map((r) => JSON.stringify(r)).join('\n')));
    const cell = (v: boolean | undefined) => (v === undefined ? '' : v ? 'yes' : 'FALSE');
    const csv = [
      'id,text,customer,Deflection,vague-promise',
      ...labelled.map((r) => [r.id, csvCell(r.text), csvCell(r.customer), cell(r.labels.deflection), cell((r.labels as Record<string, boolean>)['vague-promise'])].join(',')),
    ].join('\n');
    const fromCsv = await run('eval', '--errors', file('labelled.csv', csv));
    expect(fromCsv.err).toBe('');
    expect(fromCsv.out.replace('labelled.csv', 'X')).toBe(jsonl.out.replace('labelled.jsonl', 'X'));
    expect(fromCsv.out).toMatch(/FN r3/);
    const bad = await run('eval', file('bad-label.csv', 'id,text,deflection\nr1,"Thanks.",maybe\n'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('bad-label.csv:2: label "deflection" must be true or false (or empty), not "maybe"');
  });
});
