import { defineRule, sentencesReports, type Report } from '../engine/rule';
import type { Sentence } from '../engine/draft';
import type { Suggestion } from '../engine/types';
import { replaceWords } from './shared/wording';

/** The gap an agent fills with what they can do, when the reply does not say it yet. */
export const OPTION_SLOT = '[offer an option]';

// What may come before the answer's first clause: "Sorry, but", "I'm afraid", "Hi Sam,", "Well,".
const LEAD = /^(?:(?:(?:i'm|i am|we're|we are)\s+)?(?:so\s+|very\s+|really\s+|truly\s+)?sorry|apologies|well|ok(?:ay)?|so|and|hi\s+\w+|hey\s+\w+|hello\s+\w+)\s*(?:,|—|–|-)?\s*(?:but\s+)?/i;
// Where the first clause ends.
const CLAUSE_BREAK = /[,;:—–]|\s-\s|\s(?:but|however|though|although|because|since|so)\s/i;
// A later clause that says what can be done: "but we can offer store credit".
const POSITIVE = /^(?<sep>\s*(?:,\s*|;\s*|\s+-\s+|\s*—\s*)?(?:but|however,?|though|although)\s+)(?<pos>(?:i|we|you|our team)(?:\s+|(?=['’]))(?:can|could|will|['’]ll|would be happy to|am happy to|are happy to|have|['’]ve)\s+[^.!?]+?)(?<end>[.!?]*)$/i;

const upperFirst = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => (/^(?:I\b|I'|[A-Z]{2})/.test(s) ? s : s[0]!.toLowerCase() + s.slice(1));

function suggest(text: string, sentence: Sentence, lead: number, neg: { start: number; end: number }, isSoftener: boolean, hasOtherNegative: boolean): Suggestion {
  const body = text.slice(lead, sentence.end);
  const afterNeg = text.slice(neg.end, sentence.end);
  // Clause with the negative, then a positive clause: lead with the positive one.
  const clauseEnd = afterNeg.search(/(?:,|;|\s-\s|—)?\s*(?:but|however|though|although)\s/i);
  if (clauseEnd !== -1) {
    const m = POSITIVE.exec(afterNeg.slice(clauseEnd));
    if (m?.groups) {
      const negClause = text.slice(lead, neg.end + clauseEnd).replace(/^(?:unfortunately|regrettably|sadly|(?:i'm|i am) afraid(?: that)?),?\s*/i, '');
      let out = `${upperFirst(m.groups.pos!.trim())}, though ${lowerFirst(negClause.trim())}${m.groups.end || '.'}`;
      // A sentence written in lower case (chat, or after "Hi Jo,") stays that way.
      if (/^\p{Ll}/u.test(text.slice(lead))) out = lowerFirst(out);
      return { label: 'Lead with what you can do', text: out, start: lead, end: sentence.end };
    }
  }
  if (isSoftener && !hasOtherNegative) return replaceWords(text, sentence, neg.start, neg.end, '', `Drop “${text.slice(neg.start, neg.end)}”`);
  const clean = body.replace(/^(?:unfortunately|regrettably|sadly|(?:i'm|i am) afraid(?: that)?),?\s*/i, '').replace(/[.!]+$/, '');
  // The lead goes too ("I'm afraid", "Well,"), except an apology, which stays in front.
  const apology = /sorry|apologies/i.test(text.slice(sentence.start, lead));
  let out = `${apology ? 'Sorry — what' : 'What'} I can do is ${OPTION_SLOT}, since ${lowerFirst(clean)}.`;
  if (/^\p{Ll}/u.test(sentence.text)) out = lowerFirst(out);
  return { label: 'Lead with what you can do', text: out, start: sentence.start, end: sentence.end };
}

export default defineRule({
  meta: {
    id: 'negative-phrasing',
    category: 'tone',
    docs: {
      description: 'The answer leads with what cannot be done ("Unfortunately…", "We can\'t…", "We are unable to…").',
      why: 'The first words set the tone. Opening with "no" makes the customer brace; opening with what you can do keeps them with you.',
      incorrect: [
        "Unfortunately, we can't refund this order, but we can offer store credit.",
        'We are unable to change the delivery address once the parcel has shipped.',
        "I'm afraid we cannot extend the trial.",
      ],
      correct: [
        "We can offer store credit for this order, though a refund isn't possible.",
        'I can redirect the parcel to a pickup point near you; the address itself can no longer change.',
        "If you can't log in, reset your password from the sign-in page.",
        "We can't wait to see what you build!",
      ],
    },
    messages: {
      leads: 'The answer opens with “{{words}}”. Lead with what you can do, then the limit.',
    },
    defaultLevel: 'hint',
    phrases: {
      negative: {
        description: 'Words that open an answer with a no.',
        patterns: [
          '(cannot|can not|could not)',
          '(unable|not able) to',
          '(will not|would not) be able to',
          '(is|are|was|#Copula) (not|no longer) (possible|available|allowed|permitted|something we)',
          '(impossible|not possible)',
          'no way (to|of|for)',
        ],
      },
      softener: {
        description: 'Openers that announce bad news.',
        patterns: ['(unfortunately|regrettably|sadly)', '(i am|i\'m) afraid'],
      },
      notNegative: {
        description: 'Look-alikes that are not a refusal: warm idioms and the customer\'s own situation.',
        patterns: [
          '(cannot|can not|could not) (wait|thank|apologise|apologize|stress|recommend|believe|be happier|be more|go wrong|help but|agree more)',
          '(you|they|it|if|when|whether|unless) #Adverb? (cannot|can not|could not|are unable to|were unable to|is unable to|aren\'t able to)',
          '(you|they|he|she) #Copula #Adverb? (not able|unable) to',
          'sorry (that)? (we|i) #Copula #Adverb? (not able|unable) to',
          'sorry (that)? (we|i) (could not|was unable to|were unable to)',
          '(cannot|can not|could not) (make|give|offer) (any)? (promises|guarantees)',
          '(anything|something|nothing|that|this|it|which) #Adverb? (less|more|else|slower|older)? (will not|would not) be able to',
        ],
      },
    },
  },
  check(draft, ctx) {
    const negative = ctx.phrases('negative');
    const softener = ctx.phrases('softener');
    const notNegative = ctx.phrases('notNegative');
    const leadsNegative = (sentence: Sentence): Report<'leads'>[] => {
      const text = sentence.text;
      const lead = LEAD.exec(text)?.[0].length ?? 0;
      const rest = text.slice(lead);
      const brk = rest.search(CLAUSE_BREAK);
      const firstEnd = brk === -1 ? sentence.end : lead + brk;
      const blocked = notNegative.find(sentence);
      // ("afraid of" is a fear, not bad news.)
      // The softener opens the answer ("Unfortunately, …", "Hi, unfortunately …"), not a clause inside it
      // ("everyone who has unfortunately been disrupted").
      const soft = softener
        .find(sentence)
        .filter((s) => s.start >= lead && s.start <= firstEnd && !/^\s+of\b/i.test(text.slice(s.end)) && !/\b(?:who|which|that|whose)\b/i.test(text.slice(lead, s.start)) && text.slice(lead, s.start).split(/\s+/).filter(Boolean).length <= 3);
      const neg = negative
        .find(sentence)
        .filter((s) => !blocked.some((b) => b.start <= s.start && b.end >= s.end))
        .filter((s) => s.start >= lead && s.start < firstEnd + (soft.length ? rest.slice(brk).search(/\S/) + 1 + 40 : 0));
      // The negative must open the answer: a softener, or a refusal within the first clause's first words.
      const early = neg.filter((s) => s.start < firstEnd && text.slice(lead, s.start).split(/\s+/).length <= 6);
      // "When the app is unable to sync, …" and "if you can't log in" suppose; they refuse nothing.
      const supposed = (at: number) => /\b(if|when|whenever|whether|unless|in case|once)\b/i.test(text.slice(lead, at));
      const hit = soft[0] ?? early.find((s) => !supposed(s.start));
      if (!hit) return [];
      const hasOther = neg.some((s) => s.start !== hit.start);
      const words = text.slice(hit.start, hit.end);
      return [{ messageId: 'leads', data: { words }, start: hit.start, end: hit.end, suggestions: [suggest(text, sentence, lead, hit, soft[0] === hit, hasOther)] }];
    };
    // Each sentence's finding depends on its words alone: computed once per sentence text.
    return sentencesReports(draft.sentences.filter((s) => s.part === 'body'), 'negative-phrasing', leadsNegative);
  },
});
