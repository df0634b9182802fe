/**
 * Custom rule type `phrase`: these words → a message. Each match in the agent's own sentences is a finding;
 * its suggestion uses `suggestion` instead of the words when given, or removes them otherwise.
 * The message may say `{{match}}` (the words found).
 */
import { defineRule, type Rule } from '../../engine/rule';
import type { PhraseRule } from '../../settings/schema';
import { customMeta, nonOverlapping, remove, replaceWith } from './shared';

export function compilePhraseRule(rule: PhraseRule): Rule<'found'> {
  return defineRule({
    meta: customMeta(rule, { found: rule.message }, { patterns: { description: 'Words this rule flags.', patterns: rule.patterns } }),
    check(draft, ctx) {
      const matcher = ctx.phrases('patterns');
      return draft.sentences.flatMap((s) =>
        nonOverlapping(matcher.find(s)).map((span) => ({
          messageId: 'found' as const,
          data: { match: draft.text.slice(span.start, span.end) },
          start: span.start,
          end: span.end,
          suggestions: [rule.suggestion !== undefined ? replaceWith(draft, span, rule.suggestion) : remove(draft, span)],
        })),
      );
    },
  });
}
