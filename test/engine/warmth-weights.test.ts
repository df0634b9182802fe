import { describe, expect, it } from 'vitest';
import { RULE_WEIGHT, warmthScore } from '../../src/engine/warmth';
import { rules } from '../../src/rules';
import type { Finding } from '../../src/engine/types';

const CORE = ['missing-apology', 'deflection', 'vague-promise', 'missing-thanks'];
const f = (rule: string, level: Finding['level']): Finding => ({ rule, messageId: 'm', message: 'm', start: 0, end: 0, level, suggestions: [] });

describe('warmth weights of the playbook rules', () => {
  const playbook = ['blame', 'policy-hiding', 'non-apology', 'condescension', 'shouting', 'negative-phrasing', 'robotic-phrasing', 'no-next-step', 'missing-greeting', 'missing-personal-touch'];

  it('weighs every registered playbook rule, and none above the lightest core rule', () => {
    const lightestCore = Math.min(...CORE.map((r) => RULE_WEIGHT[r]!));
    for (const id of playbook.filter((p) => rules.some((r) => r.meta.id === p))) {
      expect(RULE_WEIGHT[id], id).toBeGreaterThan(0);
      expect(RULE_WEIGHT[id]!, id).toBeLessThanOrEqual(Math.max(lightestCore, 1.2));
    }
  });

  it('costs each at its default level as documented', () => {
    expect(warmthScore([f('blame', 'warning')])).toBe(82); // 100 − 15 × 1.2
    expect(warmthScore([f('policy-hiding', 'warning')])).toBe(84); // 100 − 15 × 1.1 = 83.5 → 84
    expect(warmthScore([f('robotic-phrasing', 'hint')])).toBe(96); // 100 − 5 × 0.8
    expect(warmthScore([f('missing-greeting', 'hint')])).toBe(97); // 100 − 5 × 0.6
  });

  it('keeps a hedged apology cheaper than a missing one', () => {
    expect(warmthScore([f('non-apology', 'warning')])).toBeGreaterThan(warmthScore([f('missing-apology', 'warning')]));
  });
});
