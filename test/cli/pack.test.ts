/** A rule pack made in the options page (the Settings JSON) works with the CLI's --rules, custom rules included. */
import { describe, expect, it } from 'vitest';
import { run, tempFiles } from './run';
import { exportPack } from '../../src/settings/pack';
import { presets } from '../../src/settings/presets';

const { file } = tempFiles('warmline-pack-');

const draft = JSON.stringify({ id: 'd1', text: 'Thanks for writing in! Kindly send a photo of the parcel.' });

describe('warmline check --rules with a custom rule', () => {
  it('changes the output: the custom rule reports, with its one-click fix', async () => {
    const input = file('in.jsonl', `${draft}\n`);
    const without = JSON.parse((await run('check', '--jsonl', input)).out.trim());
    expect(without.findings.map((f: { rule: string }) => f.rule)).not.toContain('custom:kindly');

    const pack = file('pack.json', exportPack({
      version: 2,
      rules: {},
      customRules: [{ id: 'kindly', type: 'substitution', level: 'warning', message: 'Say "{{replacement}}", not "{{match}}".', patterns: ['kindly'], replacement: 'please' }],
    }));
    const r = await run('check', '--jsonl', '--rules', pack, input);
    const line = JSON.parse(r.out.trim());
    const f = line.findings.find((x: { rule: string }) => x.rule === 'custom:kindly');
    expect(f).toMatchObject({ message: 'Say "Please", not "Kindly".', level: 'warning', start: 23, end: 29 });
    expect(f.suggestions[0]).toMatchObject({ text: 'Please', start: 23, end: 29 });
    expect(r.code).toBe(1);
  });

  it('shows the custom rule in the human format', async () => {
    const pack = file('req.json', JSON.stringify({ version: 2, customRules: [{ id: 'ticket', type: 'required', level: 'warning', message: 'Give the ticket number.', patterns: ['ticket #Value'], suggestion: 'Your ticket is #' }] }));
    const r = await run('check', '--rules', pack, file('d.txt', 'Thanks! All fixed.'));
    expect(r.out).toMatch(/warning +custom:ticket +Give the ticket number\./);
  });

  it('accepts the presets as packs', async () => {
    const strict = file('strict.json', exportPack(presets.find((p) => p.id === 'strict')!.settings));
    const r = await run('check', '--jsonl', '--rules', strict, file('k.jsonl', `${draft}\n`));
    expect(r.err).toBe('');
    expect(JSON.parse(r.out.trim()).findings.map((f: { rule: string }) => f.rule)).toContain('custom:kindly-to-please');
  });

  it('exits 2 naming the custom rule path that is wrong', async () => {
    const pack = file('bad.json', JSON.stringify({ version: 2, customRules: [{ id: 'r', type: 'phrase', message: 'm', patterns: ['(refund'] }] }));
    const r = await run('check', '--rules', pack, file('e.txt', 'Hi'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('customRules[0].patterns[0]: Unbalanced brackets in "(refund".');
  });
});
