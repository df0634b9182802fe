import { defineRule, sentencesReports, type Report } from '../engine/rule';
import { placeSpans, type Sentence } from '../engine/draft';
import { matchSpans, nlp } from '../engine/nlp';
import { customerNameOf, replaceWords } from './shared/wording';

/**
 * Template language a person would never say out loud, each with the human version. The pattern is a
 * compromise match pattern; `say` replaces the matched words ('' drops them; {{greeting}} is "Hi <name>" or
 * "Hi there"). Team leads may add patterns to the phrase list: an added pattern without a swap here gets
 * "drop these words" as its suggestion.
 */
export const SWAPS: readonly { pattern: string; say: string }[] = [
  { pattern: 'dear (valued|sir|madam|customer|client|user|member|guest|passenger|patient|subscriber|player) (customer|client|user|member|or madam|/ madam)?', say: '{{greeting}}' },
  { pattern: 'to whom it may concern', say: '{{greeting}}' },
  { pattern: 'please be (advised|informed|aware) that?', say: '' },
  { pattern: 'kindly (note|be noted) that?', say: '' },
  { pattern: 'this is to (inform|notify|advise) you that?', say: '' },
  { pattern: '(we|i) (regret|are sorry) to (inform|advise|notify) you that?', say: "I'm sorry to say that" },
  { pattern: '(we|i) would like to (inform|advise|notify) you that?', say: '' },
  { pattern: '(your|the) (ticket|request|query|enquiry|inquiry|complaint|email|message|case) has been (received|logged|registered|acknowledged)$', say: 'Thanks for writing in' },
  { pattern: '(your|the) (ticket|request|query|enquiry|inquiry|complaint|email|message|case) has been (received|logged|registered) and', say: 'Thanks for writing in. Your $2 has been' },
  { pattern: '(we|i) (have|hereby)? (received|acknowledge|acknowledged) (receipt of)? your (ticket|request|query|enquiry|inquiry|complaint|email|message|correspondence|feedback|letter)', say: 'Thanks for your $2' },
  { pattern: '(we|i) are in receipt of your (ticket|request|query|enquiry|inquiry|complaint|email|message|correspondence|letter)', say: 'Thanks for your $2' },
  { pattern: 'please? (do not|don\'t) hesitate to (contact|reach|email|call) (out to)? us again? (if|should) you (have|need) any (further|other|more)? (questions|queries|concerns)', say: "If anything else comes up, I'm happy to help" },
  { pattern: 'please? (do not|don\'t) hesitate to (contact|reach out to|reach|get in touch with|email|call) us (again)?', say: "If anything else comes up, I'm happy to help" },
  { pattern: 'please? feel free to (contact|reach|email|call) (out to)? us again? (if|should) you (have|need) any (further|other|more)? (questions|queries|concerns)', say: "If anything else comes up, I'm happy to help" },
  { pattern: 'should you (require|need|have) any (further|other|more|additional)? (assistance|help|questions|queries)', say: 'if you need anything else' },
  { pattern: 'at your (earliest|soonest) convenience', say: 'when you get a moment' },
  { pattern: 'please find (attached|enclosed|below)', say: "I've attached" },
  { pattern: 'as per your (request|email|instructions)', say: 'as you asked' },
  { pattern: '(we|i) thank you for your (patience|understanding|cooperation|co-operation|email|enquiry|inquiry|correspondence)', say: 'Thanks for your $5' },
  { pattern: 'your (patience|understanding|cooperation|co-operation) (in this matter|is appreciated|is greatly appreciated)', say: 'thanks for your patience' },
  { pattern: 'we are unable to process your request', say: "I can't do that part" },
];

const HEAD = /^(Dear|To)\b/i;

function swapsIn(at: Sentence): { start: number; end: number; say: string }[] {
  return at.memo('robotic-phrasing:swaps', (sentence) => {
    const out: { start: number; end: number; say: string }[] = [];
    for (const { pattern, say } of SWAPS) {
      for (const m of matchSpans(sentence.doc.match(pattern))) out.push({ start: m.start + sentence.start, end: m.end + sentence.start, say });
    }
    return out;
  }, placeSpans);
}

export default defineRule({
  meta: {
    id: 'robotic-phrasing',
    category: 'tone',
    docs: {
      description: 'Cold template language ("Dear Customer", "Please be advised", "Do not hesitate to contact us").',
      why: 'Form-letter phrases tell the customer nobody really read their message. Say it the way you would out loud.',
      incorrect: [
        'Dear Customer,\n\nPlease be advised that your refund has been issued.\n\nRegards,\nSupport',
        'We regret to inform you that the event is sold out.',
        'Your ticket has been received and assigned to an agent.',
      ],
      correct: [
        'Hi there,\n\nYour refund has been issued and shows in 3-5 business days.\n\nBest,\nAna',
        "I'm sorry to say the event is sold out.",
        'Thanks for writing in, Sam. I have your ticket in front of me now.',
      ],
    },
    messages: {
      robotic: '“{{words}}” reads like a form letter. Say it the way you would to someone in front of you.',
    },
    defaultLevel: 'hint',
    phrases: {
      robotic: {
        description: 'Template phrases that sound like a form letter.',
        patterns: SWAPS.map((s) => s.pattern),
      },
    },
  },
  check(draft, ctx) {
    const robotic = ctx.phrases('robotic');
    const name = customerNameOf(ctx.context);
    const swaps = (sentence: Sentence): Report<'robotic'>[] => {
      const text = sentence.text;
      const reports: Report<'robotic'>[] = [];
      const spans = robotic.find(sentence);
      let last = -1;
      for (const span of spans) {
        if (span.start < last) continue; // longest first at each start; skip nested matches
        last = span.end;
        const words = text.slice(span.start, span.end);
        const swap = swapsIn(sentence)
          .filter((s) => s.start === span.start && s.end === span.end)
          .map((s) => s.say)[0];
        let suggestion;
        if (swap === undefined) {
          suggestion = replaceWords(text, sentence, span.start, span.end, '', `Drop “${words}”`);
        } else {
          const theirs = /\b(patience|understanding|cooperation|co-operation|email|enquiry|inquiry|correspondence)\b/i.exec(words)?.[1]?.toLowerCase() ?? '';
          const what = /\b(ticket|request|query|enquiry|inquiry|complaint|email|message|case|correspondence|feedback|letter)\b/i.exec(words)?.[1]?.toLowerCase() ?? 'ticket';
          let say = swap.replace('{{greeting}}', `Hi ${name ?? 'there'}`).replace('$5', theirs).replace('$2', what);
          if (HEAD.test(words) && span.start === sentence.start) say = say.replace(/^hi/i, 'Hi');
          suggestion = say === '' ? replaceWords(text, sentence, span.start, span.end, '', `Drop “${words}”`) : replaceWords(text, sentence, span.start, span.end, say, `Say “${say}”`);
        }
        reports.push({ messageId: 'robotic', data: { words }, start: span.start, end: span.end, suggestions: [suggestion] });
      }
      return reports;
    };
    // A sentence's findings depend on its words and on the customer's name (the greeting swap).
    return sentencesReports(draft.sentences, `robotic-phrasing:${name ?? ''}`, swaps);
  },
});
