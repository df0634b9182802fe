/**
 * Custom rule type `substitution`: this → prefer that. Each match in the agent's own sentences is a finding
 * whose one-click fix replaces it with `replacement` (capitalised like the words it replaces).
 * The message may say `{{match}}` and `{{replacement}}`.
 */
import { defineRule, type Rule } from '../../engine/rule';
import type { SubstitutionRule } from '../../settings/schema';
import { customMeta, matchCase, nonOverlapping, replaceWith } from './shared';

export function compileSubstitutionRule(rule: SubstitutionRule): Rule<'prefer'> {
  return defineRule({
    meta: customMeta(rule, { prefer: rule.message }, { patterns: { description: 'Words to replace.', patterns: rule.patterns } }),
    check(draft, ctx) {
      const matcher = ctx.phrases('patterns');
      return draft.sentences.flatMap((s) =>
        nonOverlapping(matcher.find(s))
          .filter((span) => draft.text.slice(span.start, span.end).toLowerCase() !== rule.replacement.toLowerCase())
          .map((span) => {
            const match = draft.text.slice(span.start, span.end);
            return {
              messageId: 'prefer' as const,
              data: { match, replacement: matchCase(rule.replacement, match) },
              start: span.start,
              end: span.end,
              suggestions: [replaceWith(draft, span, rule.replacement)],
            };
          }),
      );
    },
  });
}
