/** Names and numbers as the report shows them. */
import { rules } from '../../rules';

const described = new Map(rules.map((r) => [r.meta.id, r.meta.docs.description]));

/** What a rule checks, for built-in rules; a custom rule is shown by its id alone. */
export const describe = (rule: string): string | undefined => described.get(rule);

export const pct = (n: number): string => `${n.toLocaleString('en', { maximumFractionDigits: 1 })} %`;

export const num = (n: number): string => n.toLocaleString('en');

export const CORE_RULES = ['missing-apology', 'deflection', 'vague-promise', 'missing-thanks'] as const;
