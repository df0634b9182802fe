import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types';
import { diffSpan, shiftFindings } from '../../src/content/shift';

const finding = (rule: string, start: number, end: number): Finding => ({
  rule,
  messageId: 'm',
  message: 'm',
  start,
  end,
  level: 'warning',
  suggestions: [{ label: 'fix', text: 'x', start, end }],
});

describe('shiftFindings', () => {
  const before = 'aaa BAD bbb WORSE ccc';
  const bad = finding('r1', 4, 7);
  const worse = finding('r2', 12, 17);

  it('finds the changed span', () => {
    expect(diffSpan('abc', 'abXc')).toEqual({ start: 2, oldEnd: 2, newEnd: 3 });
    expect(diffSpan('abcd', 'ad')).toEqual({ start: 1, oldEnd: 3, newEnd: 1 });
  });

  it('moves findings after an edit and keeps those before it', () => {
    const after = 'aaa BAD bbb!! WORSE ccc';
    const out = shiftFindings(before, after, [bad, worse]);
    expect(out.map((f) => after.slice(f.start, f.end))).toEqual(['BAD', 'WORSE']);
    expect(out[1]!.suggestions[0]).toMatchObject({ start: 14, end: 19 });
  });

  it('drops findings the edit touched', () => {
    const after = 'aaa BxD bbb WORSE ccc';
    expect(shiftFindings(before, after, [bad, worse]).map((f) => f.rule)).toEqual(['r2']);
  });

  it('keeps an insertion point before the edit', () => {
    const at = finding('missing-thanks', 0, 0);
    expect(shiftFindings(before, `${before}!`, [at])).toHaveLength(1);
  });
});
