import { defineRule } from '../engine/rule';
import { OPTION_SLOT } from './negative-phrasing';
import { replaceWords, sentenceAt } from './shared/wording';

export default defineRule({
  meta: {
    id: 'policy-hiding',
    category: 'ownership',
    docs: {
      description: 'Policy is given instead of help ("per our policy", "it\'s against our terms") and nothing else is offered.',
      why: 'A bare "that\'s our policy" closes the door. Customers accept a limit when they hear why it exists and what can be done instead.',
      incorrect: [
        'Per our policy, refunds are not possible after 30 days.',
        'Company policy does not allow us to change the name on a ticket.',
        "Sharing an account is against our terms, so we've locked it.",
      ],
      correct: [
        'Refunds close after 30 days because the stock goes back on sale, but I can offer an exchange or store credit instead.',
        'Per our policy, names cannot change on a ticket. What I can do is cancel this one for free and rebook it in your friend\'s name.',
        'Our policy is to refund within 5 business days, and I have started yours today.',
      ],
    },
    messages: {
      hiding: '“{{words}}” hides behind policy and offers nothing else. Say why the rule exists and what you can do instead.',
    },
    defaultLevel: 'warning',
    phrases: {
      policy: {
        description: 'Policy or terms given as the reason for a no.',
        patterns: [
          '(per|under|according to|due to|because of) (our|the|company|company\'s|store|store\'s) (policy|policies|terms|rules|guidelines)',
          '(per|under|according to|due to|because of) (our|the|company|company\'s|store|store\'s) (#Noun|#Adjective|#Gerund|#Verb) (policy|policies|terms|rules|guidelines)',
          '(per|under|according to|due to|because of) (our|the|company|company\'s|store|store\'s) (#Noun|#Adjective|#Gerund|#Verb) #Noun (policy|policies|terms|rules|guidelines)',
          '(as per|in line with|in accordance with|in keeping with) (our|the|company|company\'s)? (policy|policies|terms|rules|guidelines)',
          '(as per|in line with|in accordance with|in keeping with) (our|the|company|company\'s) (#Noun|#Adjective|#Gerund|#Verb) (policy|policies|terms|rules|guidelines)',
          '(as per|in line with|in accordance with|in keeping with) (our|the|company|company\'s) (#Noun|#Adjective|#Gerund|#Verb) #Noun (policy|policies|terms|rules|guidelines)',
          '(our|the|company|company\'s|store) (policy|policies|terms) (does not|doesn\'t|do not|won\'t|will not|cannot|can\'t|prevents|prohibits|forbids|states|says)',
          '(our|the|company|company\'s|store) (#Noun|#Adjective) (policy|policies|terms) (does not|doesn\'t|do not|won\'t|will not|cannot|can\'t|prevents|prohibits|forbids|state|states|say|says)',
          '(our|the|company|company\'s|store) (policy|policies) (is|are) (clear|strict|that|not to|to not|firm)',
          '(against|violates|violate|breaches|breach|outside|breaking) (our|the|company|company\'s)? (policy|policies|terms|rules|guidelines|terms of service)',
          '(against|violates|violate|breaches|breach|outside|breaking) (our|the|company|company\'s)? (#Noun|#Adjective|#Gerund|#Verb) (policy|policies|terms|rules|guidelines|terms of service)',
          '(against|violates|violate|breaches|breach|outside|breaking) (our|the|company|company\'s)? (#Noun|#Adjective|#Gerund|#Verb) #Noun (policy|policies|terms|rules|guidelines|terms of service)',
          '(it is|it\'s|that is|that\'s|this is) #Adverb? (company|our|the|store)? policy',
          '(not|never) (allowed|permitted) (under|by|per) (our|the) (policy|terms|rules)',
          '(our|my) hands are tied',
          'rules are rules',
        ],
      },
      alternative: {
        description: 'Words that offer the customer another way: what the agent can do instead.',
        patterns: [
          '(what|something) (i|we) (can|could) (do|offer)',
          '(instead|alternatively|in the meantime)',
          '(another|other|one|an) (option|alternative|way)',
          '(i|we) #Adverb? (can|could|will) #Adverb? (offer|arrange|give|send|issue|credit|refund|waive|extend|book|set|exchange|replace|upgrade|add|apply|make|put|reserve|hold|switch|move|transfer)',
          '(i|we) #Adverb? (can|could|will) #Adverb? (cancel|rebook|help|do|pass|escalate|raise|check|look)',
          '(i|we) #Adverb? (would|am|are) #Adverb? (happy|able|glad) to (offer|arrange|give|send|issue|credit|refund|waive|extend|book|set|exchange|replace|upgrade|add|apply|make|put|reserve|hold)',
          '(i|we) #Adverb? (would|am|are) #Adverb? (happy|able|glad) to (switch|move|transfer|cancel|rebook|help|do|pass|escalate|raise|check|look)',
          '(i|we) would love to (offer|arrange|give|send|issue|credit|refund|waive|extend|book|set|exchange|replace|upgrade|add|apply|make|put|reserve|hold|switch|move|transfer|cancel|rebook|help|do)',
          '(i|we) would love to (pass|escalate|raise|check|look)',
          '(i|we) (have|\'ve) #Adverb? (issued|arranged|sent|added|applied|credited|booked|waived|extended|refunded|set|put|cancelled|rebooked|escalated|made|started|opened|raised|passed)',
          '(i|we) (will|\'ll) #Adverb? (gladly|happily)',
          'you (can|could) (still|instead|also|either)',
          '(the good news|good news is|exception)',
          '(happy|glad|delighted|pleased) to #Adverb? #Verb',
          '(however|but) (i|we|you) (can|could|have|\'ve)',
        ],
      },
    },
  },
  check(draft, ctx) {
    const policy = ctx.phrases('policy');
    const alternative = ctx.phrases('alternative');
    if (draft.sentences.some((s) => alternative.has(s))) return [];
    const reports = [];
    for (const sentence of draft.sentences) {
      if (sentence.part !== 'body') continue;
      let last = -1;
      for (const span of policy.find(sentence)) {
        if (span.start < last) continue;
        last = span.end;
        const words = draft.text.slice(span.start, span.end);
        const s = sentenceAt(draft, span.start) ?? sentence;
        const ends = /[.!?…]["'”’)]*$/.test(s.text);
        const offer = { label: 'Say what you can do instead', text: `${ends ? ' ' : '. '}What I can do instead is ${OPTION_SLOT}.`, start: s.end, end: s.end };
        const suggestions = [offer];
        // A policy opener that can go: "Per our policy, refunds …" → "Refunds …".
        if (span.start === s.start && /^\s*,/.test(draft.text.slice(span.end, s.end))) {
          suggestions.push(replaceWords(draft.text, s, span.start, span.end, '', `Drop “${words}”`));
        }
        reports.push({ messageId: 'hiding' as const, data: { words }, start: span.start, end: span.end, suggestions });
      }
    }
    return reports;
  },
});
