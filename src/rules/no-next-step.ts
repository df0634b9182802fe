import { defineRule } from '../engine/rule';
import type { Sentence } from '../engine/draft';
import type { PhraseMatcher } from '../engine/phrases';
import { insertClosing } from './shared/place';
import { concreteTimes } from './shared/time';
import { termsOf } from '../engine/terms';

/** Thanks and greetings are not steps, though compromise may read "Thank you" as an order. */
const NOT_A_STEP = /^\W*(?:thanks|thank|cheers|hi|hello|hey|dear|welcome|sorry|apologies|please be (?:advised|informed|aware)|kindly note)\b/i;

function saysNextStep(s: Sentence, nextStep: PhraseMatcher): boolean {
  // A question to the customer is a next step: the ball is in their court.
  if (/\?["'”’)]*\s*$/.test(s.text)) return true;
  if (nextStep.has(s) && !(NOT_A_STEP.test(s.text) && !/\b(will|'ll|next|once|reply|let (me|us) know)\b/i.test(s.text))) return true;
  // An instruction in a later clause: "If it turns up too, keep it or send it back".
  if (s.memoText('no-next-step:imperative', () => instructionInClause(s))) return true;
  // A concrete time for something still to come: "it shows within 3-5 business days", "I've booked the
  // engineer for Tuesday at 9am". A time on something done ("it left our warehouse on Monday") is not.
  // ("now" alone says when, not what happens next.)
  if (!concreteTimes(s).some((t) => t.kind === 'time')) return false;
  // ("covered for two years" says how long, not what happens next.)
  return AHEAD.test(s.text) || (!s.doc.has('#PastTense') && HAPPENS.test(s.text));
}

/** Verbs of something that happens to the customer's case at a time. */
const HAPPENS = /\b(?:arriv|reach|show|land|ship|deliver|collect|visit|call|ring|email|text|send|sent|process|clear|credit|refund|return|renew|start|begin|open|post|dispatch|go(?:es)? out|be back|expect|get|receive|hear|update|confirm|repair|fix|replace|install)\w*/i;

const NOT_INSTRUCTIONS = new Set(['thank', 'thanks', 'hope', 'see', 'note', 'be', 'enjoy', 'have', 'take']);

/** A clause that starts with an instruction: "…: go to Plan > Members", "…, keep it or send it back". */
function instructionInClause(s: Sentence): boolean {
  for (const t of termsOf(s)) {
    if (!t.offset || t.offset.start === 0) continue;
    if (!t.tags.includes('Imperative') && !t.tags.includes('Infinitive')) continue;
    if (NOT_INSTRUCTIONS.has(t.text.toLowerCase())) continue;
    const before = s.text.slice(0, t.offset.start);
    if (/[,;:—–]\s*(?:then\s+|and\s+|just\s+|simply\s+|please\s+)?$/i.test(before)) return true;
  }
  return false;
}

function isSignatureLine(text: string, s: Sentence): boolean {
  const onOwnLine = /(?:^|\n)[ \t]*$/.test(text.slice(0, s.start)) && /^[ \t]*(?:\n|$)/.test(text.slice(s.end));
  return onOwnLine && !/[.!?…:;)]["'”’]?$/.test(s.text) && s.text.split(/\s+/).length <= 5;
}

/** Words that put a time ahead even in a past-tense sentence. */
const AHEAD = /\bfrom\s+(?:\d|next|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\b(?:tomorrow|tonight|next|later|within|until|(?:re)?booked|scheduled|arranged|planned|reserved|set up|due|arriv\w*|reach\w*|lands?|will|'ll|shows?)\b/i;

/** Replies with no channel given count as email when they are at least this long. */
export const LONG_REPLY_WORDS = 60;
/** How many of the last body sentences may carry the next step. */
const CLOSING_SENTENCES = 3;

export default defineRule({
  meta: {
    id: 'no-next-step',
    category: 'structure',
    docs: {
      description: 'An email reply ends without saying what happens next or who does it.',
      why: 'A customer who finishes reading should know whether to wait, act or reply. Without a next step they write back to ask, or worry.',
      incorrect: [
        {
          text: 'Hi Sam,\n\nThanks for the photos of the cracked screen. The damage is covered by your warranty.\n\nBest,\nAna',
          channel: 'email',
        },
      ],
      correct: [
        {
          text: 'Hi Sam,\n\nThanks for the photos of the cracked screen. The damage is covered by your warranty, and a courier will collect the phone on Thursday between 9am and 1pm.\n\nBest,\nAna',
          channel: 'email',
        },
        { text: 'Thanks! The damage is covered by your warranty.', channel: 'chat' },
      ],
    },
    messages: {
      missing: 'The reply ends without a next step. Say what happens now, who does it and when, or what the customer should do.',
    },
    defaultLevel: 'hint',
    phrases: {
      nextStep: {
        description: 'Words that tell the customer what happens next or what to do.',
        patterns: [
          '(will|shall|\'ll|going to|gonna) #Adverb? #Verb',
          '(next|then|after that|as soon as|meanwhile|in the meantime|from now on|going forward)',
          'once (you|you\'ve|you have|your|we|we\'ve|i|i\'ve)',
          '(expect|arrive|arrives|arriving|lands|land|ships|ship|collect|collects|deliver|delivers|show up|shows up|appear|appears) (on|by|within|in|at|between|tomorrow|today|this|next)',
          '(please|kindly) (reply|respond|send|confirm|check|try|click|tap|call|book|choose|pick|use|sign|log|open|restart|update|enter|fill|print|drop|bring|keep)',
          '(reply|respond|write back|get back to me|let me know|let us know|send me|send us|drop me|drop us)',
          '(i|we) (can|could) #Verb',
          '(i am|i\'m|we are|we\'re) (happy|glad) to',
          '^(please|now|then|first)? #Imperative',
          '(can|could|would) you',
          '(ready|available|free) for you to',
          'you (can|could|may|might want to|need to|should|will need to|just need to) !have',
          '(nothing|no) (more|further|else) (is)? (needed|required|to do)',
          '(no action|nothing) (is)? (needed|required) (from you|on your side|on your part)',
          '(is|are) (now|all)? (set|sorted|done|resolved|fixed|live|active|back)',
          'you\'re (all)? (set|good|sorted)',
          '(if|should) you (have|need|want|notice|see|run into)',
          '(any|other) questions',
        ],
      },
    },
  },
  check(draft, ctx) {
    const channel = ctx.context.channel;
    const body = draft.sentences.filter((s) => s.part === 'body');
    if (body.length === 0) return [];
    if (channel === 'chat') return [];
    if (channel === undefined) {
      let words = 0;
      for (const s of body) if ((words += s.memoText('no-next-step:words', () => s.text.split(/\s+/).filter(Boolean).length)) >= LONG_REPLY_WORDS) break;
      if (words < LONG_REPLY_WORDS) return [];
    }
    const nextStep = ctx.phrases('nextStep');
    // With no sign-off found, short last lines without an end mark ("Warm wishes," / "Rafe" / "Fig & Fennel
    // Catering") are the sign-off and signature.
    let own = body;
    if (!draft.segments.signoff) {
      let n = own.length;
      while (n > 1 && own.length - n < 3 && isSignatureLine(draft.text, own[n - 1]!)) n--;
      own = own.slice(0, n);
    }
    const closing = own.slice(-CLOSING_SENTENCES);
    if (closing.some((s) => saysNextStep(s, nextStep))) return [];
    const last = closing[closing.length - 1]!;
    const draftAt = last === body[body.length - 1] ? draft : { ...draft, segments: { ...draft.segments, bodyEnd: last.end } };
    const at = draftAt.segments.bodyEnd;
    return [
      {
        messageId: 'missing' as const,
        start: at,
        end: at,
        suggestions: [
          insertClosing(draftAt, 'Nothing else is needed from you; if anything changes, reply to this email and it comes straight to me.', 'Say what happens next'),
          insertClosing(draftAt, "I'll update you by [day] with the next step.", 'Say when you will update them'),
        ],
      },
    ];
  },
});
