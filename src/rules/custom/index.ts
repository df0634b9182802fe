/** Compiles a team's custom rules (settings.customRules) into engine rules, one file per type. */
import type { Rule } from '../../engine/rule';
import type { CustomRule } from '../../settings/schema';
import { compileConditionalRule } from './conditional';
import { compilePhraseRule } from './phrase';
import { compileRequiredRule } from './required';
import { compileSubstitutionRule } from './substitution';

export { CUSTOM_PREFIX, customRuleId } from './shared';

export function compileCustomRule(rule: CustomRule): Rule {
  switch (rule.type) {
    case 'phrase':
      return compilePhraseRule(rule);
    case 'substitution':
      return compileSubstitutionRule(rule);
    case 'required':
      return compileRequiredRule(rule);
    case 'conditional':
      return compileConditionalRule(rule);
  }
}

export function compileCustomRules(list: readonly CustomRule[] | undefined): Rule[] {
  return (list ?? []).map(compileCustomRule);
}
