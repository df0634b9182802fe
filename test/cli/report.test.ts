import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempFiles } from './run';

const { dir, file } = tempFiles('warmline-report-');

const ROWS = [
  { id: 'r1', text: "You'll need to contact your bank about that charge. We'll get back to you soon.", customer: 'I was charged twice!', agent: 'Ana', date: '2026-09-08T10:00:00Z' },
  { id: 'r2', text: 'Sorry, Sam, and thanks for the photos. A replacement ships today and arrives Thursday.', customer: 'My mug arrived broken.', agent: 'Ben', date: '2026-09-16T10:00:00Z' },
  { id: 'r3', text: 'Please reach out to the courier, they handle lost parcels <b>directly</b>.', customer: 'Where is my parcel?', agent: 'Ana', date: '2026-09-17T10:00:00Z' },
];
const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;
const csv = ['Ticket ID,Created At,Assignee,Request,Comment body', ...ROWS.map((r) => [r.id, r.date, r.agent, csvCell(r.customer), csvCell(r.text)].join(','))].join('\n') + '\n';
const off = file('off.json', JSON.stringify({ version: 2, rules: { deflection: { level: 'off' } } }));
const out = (name: string) => join(dir, name);
const html = (name: string) => readFileSync(out(name), 'utf8');
/** The page's text with tags and the inline scripts left out, for comparing what two reports say. */
const visible = (page: string) => page.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('warmline report', () => {
  it('writes one self-contained page: rules, weeks, agents, examples; no reference to anything outside it', async () => {
    const r = await run('report', '--out', out('a.html'), file('a.csv', csv));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('3 replies');
    const page = html('a.html');
    expect(page).toContain('data-rule="deflection"');
    expect(page).toMatch(/<table data-table="weeks">/);
    expect(page).toMatch(/<th scope="row">Ana<\/th>/);
    expect(page).toContain('id="chart-rules"');
    expect(page).toContain("default-src 'none'");
    // Reply text is escaped, never markup.
    expect(page).toContain('&lt;b>directly&lt;/b>');
    expect(page).not.toMatch(/<(?:link|img|iframe)\b|src=["']?https?:/i);
  });

  it('says the same from CSV and from JSON lines with the same rows', async () => {
    await run('report', '--out', out('csv.html'), file('same.csv', csv));
    await run('report', '--out', out('jsonl.html'), file('same.jsonl', ROWS.map((r) => JSON.stringify(r)).join('\n')));
    expect(visible(html('jsonl.html')).replace(/same\.jsonl/g, 'same.csv')).toBe(visible(html('csv.html')));
  });

  it('--compare shows per rule before and after and the replies that change', async () => {
    const r = await run('report', '--compare', off, '--out', out('c.html'), file('c.csv', csv));
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 coached differently with off.json');
    const page = html('c.html');
    expect(page).toMatch(/data-rule="deflection"[\s\S]*?data-before="2"[\s\S]*?data-after="0"[\s\S]*?data-change="-2"/);
    expect(page).toContain('data-changed="2"');
  });

  it('skips bad rows with their line, reports the rest and exits 2', async () => {
    const r = await run('report', '--out', out('bad.html'), file('bad.jsonl', [JSON.stringify(ROWS[0]), '{broken', JSON.stringify({ id: 'e', text: ' ' })].join('\n')));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.jsonl:2: not valid JSON/);
    expect(r.err).toMatch(/bad\.jsonl:3: the reply text is empty/);
    expect(html('bad.html')).toContain('data-replies="1"');
  });

  it('refuses an --out that is not an .html file and a pack that is not valid, without writing', async () => {
    expect((await run('report', '--out', out('x.txt'), file('x.csv', csv))).err).toContain('--out must name an .html file');
    const bad = await run('report', '--compare', file('bad.json', '{"version": 2, "rules": {"deflection": {"level": "loud"}}}'), '--out', out('y.html'), file('y.csv', csv));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('not a valid rule pack');
  });
});
