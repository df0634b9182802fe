import { defineRule } from '../engine/rule';
import type { Sentence } from '../engine/draft';
import type { PhraseMatcher } from '../engine/phrases';
import { insertClosing, insertOpening } from './shared/place';
import { customerTrouble } from './shared/trouble';

/**
 * Thanks counts only when the agent thanks or appreciates the customer. "thanks to" (because of),
 * "thankfully", "no thanks needed", "you're welcome" and "I appreciate this is frustrating" are not thanks.
 */
function thanksIn(sentence: Sentence, thanks: PhraseMatcher, notThanks: PhraseMatcher): boolean {
  return sentence.memoText('missing-thanks:has', () => {
    const own = thanks.find(sentence);
    if (own.length === 0) return false;
    const blocked = notThanks.find(sentence);
    return own.some((t) => !blocked.some((b) => b.start <= t.start && b.end >= t.end - 1));
  });
}

export default defineRule({
  meta: {
    id: 'missing-thanks',
    category: 'thanks',
    docs: {
      description: 'The reply never thanks the customer.',
      why: 'A customer who wrote in spent time on us. "Thank you" costs nothing and tells them it was worth it.',
      incorrect: ['Your refund was issued today and shows in 3-5 business days.\n\nRegards,\nAna'],
      correct: ['Thanks for letting us know. Your refund was issued today and shows in 3-5 business days.\n\nRegards,\nAna'],
    },
    messages: {
      missing: 'No thanks anywhere in this reply. Thank the customer for writing in, for their patience or for the detail they gave.',
    },
    defaultLevel: 'warning',
    phrases: {
      thanks: {
        description: 'Words that thank or appreciate the customer.',
        patterns: [
          '(thank|thanks|thx|ty|tyvm|cheers|thankyou)',
          'ta (for|very|muchly|much|loads|mate)',
          '^ta$',
          '(appreciate|appreciated|appreciation|grateful|gratitude)',
          'kudos to you',
        ],
      },
      notThanks: {
        description: 'Look-alikes that do not thank anyone.',
        patterns: [
          '(thanks|thank) to',
          '(thankfully|thankful that)',
          'no (thanks|thank you) [(needed|necessary|required)]',
          'no need to (thank|thanks)',
          "(you're|you are) welcome",
          '[appreciate] (that|how|this|it is|it|what) #Noun? #Copula',
          '[appreciate] (that|how|this) (must|might|can|could|will) #Adverb? be',
          '[appreciate] (how|that|this) #Adjective',
          '[appreciate] (how|that|this|what) #Adverb? (frustrating|annoying|stressful|upsetting|worrying|confusing|inconvenient|disappointing|exhausting|tiring|maddening|galling)',
          '[appreciate] (the|your) (frustration|inconvenience|urgency|concern|situation)',
          "[(appreciate|appreciated)] #Pronoun? (is|was|isn't|wasn't|are) not",
          '(would|will|be) [(appreciate|appreciated)] it? if',
          'thank (god|goodness|heavens)',
          "don't thank",
          'cheers up',
        ],
      },
    },
  },
  check(draft, ctx) {
    const thanks = ctx.phrases('thanks');
    const notThanks = ctx.phrases('notThanks');
    if (draft.sentences.length === 0) return [];
    if (draft.sentences.some((s) => thanksIn(s, thanks, notThanks))) return [];
    const reported = customerTrouble(ctx.customer).reported;
    const opening = reported ? 'Thank you for letting us know.' : 'Thanks for getting in touch.';
    const at = draft.segments.bodyStart;
    return [
      {
        messageId: 'missing',
        start: at,
        end: at,
        suggestions: [
          insertOpening(draft, opening, `Open with “${opening}”`),
          insertClosing(draft, 'Thank you for your patience.', 'Close with “Thank you for your patience.”'),
        ],
      },
    ];
  },
});
