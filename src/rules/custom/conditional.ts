/**
 * Custom rule type `conditional`: when the customer's message mentions one of `when` (e.g. "refund"), the
 * reply must contain one of `patterns` (e.g. a time frame). Quiet when the page gives no customer message or
 * the draft is empty. The finding sits at the end of the body; its fix adds `suggestion` there.
 * The message may say `{{trigger}}` (the customer's words that set the rule off).
 */
import { defineRule, type Rule } from '../../engine/rule';
import type { ConditionalRule } from '../../settings/schema';
import { addClosing, customMeta } from './shared';

export function compileConditionalRule(rule: ConditionalRule): Rule<'missing'> {
  return defineRule({
    meta: customMeta(
      rule,
      { missing: rule.message },
      {
        when: { description: "Words in the customer's message that make the rule apply.", patterns: rule.when },
        patterns: { description: 'The reply must then contain one of these.', patterns: rule.patterns },
      },
    ),
    check(draft, ctx) {
      if (!ctx.customer || draft.sentences.length === 0) return [];
      const when = ctx.phrases('when');
      let trigger: string | undefined;
      for (const s of ctx.customer.sentences) {
        const span = when.find(s)[0];
        if (span) {
          trigger = ctx.customer.text.slice(span.start, span.end);
          break;
        }
      }
      if (trigger === undefined) return [];
      const matcher = ctx.phrases('patterns');
      if (draft.sentences.some((s) => matcher.has(s))) return [];
      const at = draft.segments.bodyEnd;
      return [{ messageId: 'missing', data: { trigger }, start: at, end: at, suggestions: [addClosing(draft, rule.suggestion)] }];
    },
  });
}
