import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempFiles } from './run';

const { dir, file } = tempFiles('warmline-cli-');

describe('warmline check', () => {
  it('prints one JSON line per input line with --jsonl', async () => {
    const input = file('in.jsonl', [
      JSON.stringify({ id: 'a', text: 'Your refund went out today.' }),
      '',
      JSON.stringify({ id: 'b', text: 'Thanks for your patience! Your refund went out today.', customer: 'Where is my refund?' }),
    ].join('\n'));
    const r = await run('check', '--jsonl', input);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0].findings.map((f: { rule: string }) => f.rule)).toContain('missing-thanks');
    expect(lines[1].findings.map((f: { rule: string }) => f.rule)).not.toContain('missing-thanks');
    const f = lines[0].findings[0];
    for (const key of ['rule', 'message', 'start', 'end', 'suggestions']) expect(f).toHaveProperty(key);
    expect(r.code).toBe(1);
  });

  it('exits 0 when there is nothing to warm', async () => {
    expect((await run('check', file('ok.txt', 'Thanks so much for the photos, they helped.'))).code).toBe(0);
  });

  it('prints findings with file, line and column in the human format', async () => {
    const r = await run('check', file('draft.txt', 'Hi Sam,\n\nYour card is on its way.\n\nBest,\nAna'));
    expect(r.out).toMatch(/draft\.txt:3:1 +warning +missing-thanks +No thanks/);
    expect(r.code).toBe(1);
  });

  it('exits 2 naming the file and line of bad JSON', async () => {
    const input = file('bad.jsonl', `${JSON.stringify({ id: 'a', text: 'ok' })}\n{"id": "b", "text": }\n`);
    const r = await run('check', '--jsonl', input);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${input}:2: not valid JSON`);
  });

  it('exits 2 naming the line where a field is wrong', async () => {
    const input = file('badtext.jsonl', `${JSON.stringify({ id: 'a', text: 3 })}\n`);
    const r = await run('check', '--jsonl', input);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${input}:1: "text" must be a string`);
  });

  it('exits 2 for a missing file, a bad pack and an unknown command', async () => {
    expect((await run('check', join(dir, 'nope.txt'))).err).toContain('cannot read: ENOENT');
    const pack = file('pack.json', JSON.stringify({ version: 1, rules: { deflection: { level: 'loud' } } }));
    const r = await run('check', '--rules', pack, file('x.txt', 'Hi'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('rules.deflection.level');
    expect((await run('frobnicate')).code).toBe(2);
  });

  it('applies a rule pack', async () => {
    const pack = file('quiet.json', JSON.stringify({ version: 1, rules: { 'missing-thanks': { level: 'off' } } }));
    expect((await run('check', '--rules', pack, file('y.txt', 'Your card is on its way.'))).out).not.toContain('missing-thanks');
  });

  it('works through npm run as the contract says', async () => {
    const input = file('npm.jsonl', `${JSON.stringify({ id: 'n1', text: 'Done.' })}\n`);
    const r = spawnSync('npm', ['run', '--silent', 'warmline', '--', 'check', '--jsonl', input], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout.trim()).id).toBe('n1');
  }, 30_000);

  it('reads stdin with -', async () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/bin.ts', 'check', '--jsonl', '-'], { input: `${JSON.stringify({ id: 's', text: 'Done.' })}\n`, encoding: 'utf8' });
    expect(JSON.parse(r.stdout.trim()).id).toBe('s');
  }, 30_000);

  it('stops quietly when the reader of its output goes away (| head)', async () => {
    const input = file('many.jsonl', Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `m${i}`, text: `Your refund for order ${i} went out today.` })).join('\n'));
    const r = spawnSync('bash', ['-c', `npx tsx src/cli/bin.ts check --jsonl --jobs 1 '${input}' | head -n 1`], { encoding: 'utf8' });
    expect(JSON.parse(r.stdout.trim()).id).toBe('m0');
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  }, 60_000);
});

describe('warmline eval', () => {
  it('prints precision, recall and F1 per rule and the macro F1', async () => {
    const input = file('labelled.jsonl', [
      JSON.stringify({ id: '1', text: 'Done.', labels: { 'missing-thanks': true } }),
      JSON.stringify({ id: '2', text: 'Thanks! Done.', labels: { 'missing-thanks': false } }),
      JSON.stringify({ id: '3', text: 'Thanks to you, done.', labels: { 'missing-thanks': false } }),
    ].join('\n'));
    const r = await run('eval', input);
    expect(r.code).toBe(0);
    expect(r.out).toContain('| missing-thanks | 1 | 1 | 0 | 1 | 0.500 | 1.000 | 0.667 |');
    expect(r.out).toMatch(/macro F1 .* 0\.667/);
    expect(r.out).not.toMatch(/^FP /m);
  });

  it('lists each false positive with its flagged words and each false negative with --errors', async () => {
    const input = file('errors.jsonl', [
      JSON.stringify({ id: 'fn-1', text: 'Thanks! Done.', labels: { 'missing-thanks': true } }),
      JSON.stringify({ id: 'fp-1', text: 'Please contact your bank about that charge.', labels: { deflection: false } }),
      JSON.stringify({ id: 'ok-1', text: 'Done.', labels: { 'missing-thanks': true } }),
    ].join('\n'));
    const r = await run('eval', '--errors', input);
    expect(r.code).toBe(0);
    expect(r.out).toContain('## deflection\nFP fp-1\n    “');
    expect(r.out).toMatch(/FP fp-1\n {4}“[^”]*contact your bank[^”]*”/);
    expect(r.out).toContain('## missing-thanks\nFN fn-1');
    expect(r.out).not.toContain('ok-1');
  });

  it("reads the README's example file of labelled replies", async () => {
    const r = await run('eval', 'docs/examples/labelled-replies.jsonl');
    expect(r.code).toBe(0);
    expect(r.out).toContain('8 labelled replies');
    for (const rule of ['deflection', 'missing-apology', 'missing-thanks', 'vague-promise']) expect(r.out).toMatch(new RegExp(`^\\| ${rule} \\|`, 'm'));
  });

  it('exits 2 when labels are missing', async () => {
    const r = await run('eval', file('nolabels.jsonl', JSON.stringify({ id: '1', text: 'x' })));
    expect(r.code).toBe(2);
    expect(r.err).toContain(':1: "labels" must be an object');
  });
});
