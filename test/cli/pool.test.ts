import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { progressOn } from '../../src/cli/progress';
import { tempFiles } from './run';

const { file } = tempFiles('warmline-pool-');

const cli = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/bin.ts', ...args], { encoding: 'utf8' });

describe('warmline check over worker threads', () => {
  it('gives the same lines in the same order with two workers as with one, over several batches', () => {
    const texts = ["You'll need to contact your bank. We'll get back to you soon.", 'Thanks, the refund went out today.', 'Your parcel is at the depot.'];
    const rows = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `${texts[i % 3]} Case ${i}.`, customer: 'I was charged twice!' }));
    const input = file('many.jsonl', rows.join('\n') + '\n');
    const one = cli('check', '--jsonl', '--jobs', '1', input);
    const two = cli('check', '--jsonl', '--jobs', '2', input);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(rows.map((_, i) => `r${i}`));
    expect(two.stdout).toBe(one.stdout);
    // Piped: no progress line on stderr.
    expect(two.stderr).toBe('');
  }, 60_000);

  it('refuses a --jobs that is not a whole number of at least 1', () => {
    const r = cli('check', '--jsonl', '--jobs', '0', file('x.jsonl', '{"id":"a","text":"Thanks."}\n'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--jobs must be a whole number of at least 1');
  }, 30_000);
});

describe('the progress line', () => {
  it('shows rows, rate and time left on a terminal, at most ten times a second, and clears itself', () => {
    let clock = 0;
    const written: string[] = [];
    const p = progressOn({ isTTY: true, write: (s) => written.push(s) }, () => clock);
    clock = 2_000;
    p.tick(500, { read: 250, total: 1_000 });
    clock = 2_050;
    p.tick(510, { read: 255, total: 1_000 });
    p.done();
    expect(written[0]).toContain('500 replies · 250/s · 25 % · 6 s left');
    expect(written).toHaveLength(2);
    expect(written[1]).toBe('\r\x1b[2K');
  });

  it('prints nothing when stderr is not a terminal', () => {
    const written: string[] = [];
    const p = progressOn({ isTTY: false, write: (s) => written.push(s) });
    p.tick(1);
    p.done();
    expect(written).toEqual([]);
  });
});
