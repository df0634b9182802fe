import { defineRule } from '../engine/rule';
import type { Draft } from '../engine/draft';
import type { Suggestion } from '../engine/types';
import { addressOf, customerNameOf } from './shared/wording';

/** Where the reply's first words start (after blank lines). */
export function topOf(draft: Draft): number {
  return draft.text.length - draft.text.trimStart().length;
}

/** A suggestion that puts "Hi <name>," on its own line above the reply. */
export function insertGreeting(draft: Draft, name: string | undefined, label?: string): Suggestion {
  const greeting = `Hi ${name ?? 'there'},`;
  const at = topOf(draft);
  return { label: label ?? `Open with “${greeting}”`, text: `${greeting}\n\n`, start: at, end: at };
}

export default defineRule({
  meta: {
    id: 'missing-greeting',
    category: 'structure',
    docs: {
      description: 'An email reply starts without a greeting.',
      why: 'An email that opens straight into business reads like a system notice. "Hi Sam," tells the customer a person is writing to them.',
      incorrect: [{ text: 'Your replacement card was posted today and arrives within 3 working days.\n\nThanks,\nAna', channel: 'email' }],
      correct: [
        { text: 'Hi Sam,\n\nYour replacement card was posted today and arrives within 3 working days.\n\nThanks,\nAna', channel: 'email' },
        { text: 'Your replacement card was posted today, thanks for waiting!', channel: 'chat' },
      ],
    },
    messages: {
      missing: 'This email has no greeting. Open with “{{greeting}}”.',
    },
    defaultLevel: 'hint',
    phrases: {
      greeting: {
        description: 'Openers that greet the customer, besides the usual "Hi", "Hello", "Dear" lines.',
        patterns: ['^(hi|hello|hey|hiya|dear|greetings|good (morning|afternoon|evening|day)|morning|afternoon|evening|welcome)', '^(thanks|thank you) (so much)? #Person'],
      },
    },
  },
  check(draft, ctx) {
    if (ctx.context.channel !== 'email') return [];
    if (draft.segments.greeting || draft.sentences.length === 0) return [];
    const first = draft.sentences[0]!;
    if (ctx.phrases('greeting').has(first)) return [];
    const known = customerNameOf(ctx.context);
    const name = known === undefined ? undefined : addressOf(known);
    // "Thanks Priya, …" opens by name: that is a greeting too.
    if (/^\W*(?:thanks|thank you|cheers)(?: so much)?,?\s+\p{Lu}[\p{L}'’-]+\s*[,!—–-]/iu.test(first.text)) return [];
    const at = topOf(draft);
    return [{ messageId: 'missing' as const, data: { greeting: `Hi ${name ?? 'there'},` }, start: at, end: at, suggestions: [insertGreeting(draft, name)] }];
  },
});
