/** What the UI shows about a rule: its category (colour, highlight name), title and "why", from the rule's meta. */
import { rules } from '../rules';
import type { RuleInfo } from './rule-info-type';

export type { RuleInfo } from './rule-info-type';

export function ruleInfo(id: string): RuleInfo {
  const meta = rules.find((r) => r.meta.id === id)?.meta;
  if (!meta) return { category: 'custom', title: id, why: '' };
  return { category: meta.category, title: meta.docs.description, why: meta.docs.why };
}
