import { describe, expect, it } from 'vitest';
import { warmthScore, whatWouldRaise } from '../../src/engine/warmth';
import type { Finding } from '../../src/engine/types';

const f = (rule: string, level: 'warning' | 'hint' = 'warning'): Finding => ({ rule, messageId: 'm', message: 'm', start: 0, end: 0, level, suggestions: [] });

describe('warmthScore', () => {
  it('is 100 with no findings', () => expect(warmthScore([])).toBe(100));
  it('takes 15 for a plain warning and 5 for a hint', () => {
    expect(warmthScore([f('missing-thanks')])).toBe(85);
    expect(warmthScore([f('shouting', 'hint')])).toBe(95);
  });
  it('weighs core rules by how much customers feel them', () => {
    expect(warmthScore([f('deflection')])).toBe(79); // 100 − 15 × 1.4
    expect(warmthScore([f('missing-apology')])).toBe(81); // 100 − 15 × 1.3 = 80.5 → 81
  });
  it('charges repeats of one rule a third', () => {
    expect(warmthScore([f('missing-thanks'), f('missing-thanks')])).toBe(80); // 100 − 15 − 5
  });
  it('never goes below 0', () => {
    expect(warmthScore(Array.from({ length: 20 }, (_, i) => f(`r${i}`)))).toBe(0);
  });
  it('says what would raise it most, best first', () => {
    expect(whatWouldRaise([f('missing-thanks'), f('deflection'), f('shouting', 'hint')])).toEqual([
      { rule: 'deflection', points: 21 },
      { rule: 'missing-thanks', points: 15 },
      { rule: 'shouting', points: 5 },
    ]);
  });
});
