/**
 * Custom rule type `required`: every reply must contain one of `patterns` (a ticket reference, a sign-off
 * line…). Judged on the agent's own sentences (greeting, body, sign-off; not the signature or quotes). When
 * none matches, one finding at the end of the body, whose fix adds `suggestion` there. Empty drafts pass.
 */
import { defineRule, type Rule } from '../../engine/rule';
import type { RequiredRule } from '../../settings/schema';
import { addClosing, customMeta } from './shared';

export function compileRequiredRule(rule: RequiredRule): Rule<'missing'> {
  return defineRule({
    meta: customMeta(rule, { missing: rule.message }, { patterns: { description: 'Every reply must contain one of these.', patterns: rule.patterns } }),
    check(draft, ctx) {
      if (draft.sentences.length === 0) return [];
      const matcher = ctx.phrases('patterns');
      if (draft.sentences.some((s) => matcher.has(s))) return [];
      const at = draft.segments.bodyEnd;
      return [{ messageId: 'missing', start: at, end: at, suggestions: [addClosing(draft, rule.suggestion)] }];
    },
  });
}
