/**
 * The warmth score: 100 for a reply with nothing to warm, minus a penalty per finding.
 *
 *   score = max(0, round(100 − Σ penalty(f)))   penalty(f) = LEVEL[f.level] × WEIGHT[f.rule] (WEIGHT defaults to 1)
 *
 * A warning costs 15 points and a hint 5; the four core rules weigh more because customers feel them most
 * (an unowned problem or an empty promise costs more than a missing greeting). Several findings of one rule
 * cost the full penalty once and a third of it for each further one, so a long reply is not punished
 * for repeating a habit more than for having it.
 */
import type { Finding } from './types';

export const LEVEL_PENALTY = { warning: 15, hint: 5 } as const;

export const RULE_WEIGHT: Readonly<Record<string, number>> = {
  deflection: 1.4,
  'vague-promise': 1.2,
  'missing-apology': 1.3,
  'missing-thanks': 1,
  // The service playbook's other rules: felt, but less than the core four. Blame and hiding behind policy
  // come closest; missing courtesies (greeting, name, next step) and wording habits cost least.
  blame: 1.2,
  'policy-hiding': 1.1,
  'non-apology': 1.1,
  condescension: 1,
  shouting: 1,
  'negative-phrasing': 0.8,
  'robotic-phrasing': 0.8,
  'no-next-step': 0.8,
  'missing-greeting': 0.6,
  'missing-personal-touch': 0.6,
};

export interface Raise {
  rule: string;
  /** How many points fixing every finding of this rule would add. */
  points: number;
}

function penalties(findings: readonly Finding[]): Map<string, number> {
  const byRule = new Map<string, number[]>();
  for (const f of findings) {
    const p = LEVEL_PENALTY[f.level] * (RULE_WEIGHT[f.rule] ?? 1);
    byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), p]);
  }
  const out = new Map<string, number>();
  for (const [rule, ps] of byRule) {
    const sorted = ps.sort((a, b) => b - a);
    out.set(rule, sorted.reduce((sum, p, i) => sum + (i === 0 ? p : p / 3), 0));
  }
  return out;
}

export function warmthScore(findings: readonly Finding[]): number {
  let total = 0;
  for (const p of penalties(findings).values()) total += p;
  return Math.max(0, Math.round(100 - total));
}

/** What would raise the score most, best first. */
export function whatWouldRaise(findings: readonly Finding[]): Raise[] {
  const score = warmthScore(findings);
  return [...penalties(findings).keys()]
    .map((rule) => ({ rule, points: warmthScore(findings.filter((f) => f.rule !== rule)) - score }))
    .filter((r) => r.points > 0)
    .sort((a, b) => b.points - a.points || a.rule.localeCompare(b.rule));
}
