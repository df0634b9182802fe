import { defineRule, sentencesReports, type Report } from '../engine/rule';
import type { Sentence } from '../engine/draft';
import { isComplaint } from './shared/wording';
import { termsOf } from '../engine/terms';

/** Runs of capitalised words: "PLEASE DO NOT", "NEVER". Letters only, so order codes like AVQ19T never count. */
const CAPS_RUN = /(?<![\p{L}\p{N}_'’-])\p{Lu}[\p{Lu}'’]+(?:[ \t]+\p{Lu}[\p{Lu}'’]*)*(?![\p{L}\p{N}_'’-])/gu;
/** Short words that are shouted words, not acronyms. */
const SHOUT_WORDS = new Set(['NOT', 'NO', 'DO', 'DON’T', "DON'T", 'YOU', 'YOUR', 'MUST', 'NOW', 'ALL', 'ANY', 'THE', 'AND', 'WILL', 'NEVER', 'ONLY', 'STOP', 'THIS', 'THAT', 'WE', 'HAVE', 'READ', 'ALREADY', 'AGAIN', 'SAID', 'CAN', 'CAN’T', "CAN'T", 'WON’T', "WON'T", 'IS', 'ARE', 'WAS', 'BE', 'IT', 'IN', 'ON', 'TO', 'OF', 'FOR', 'WITH', 'OUR', 'MY', 'ME', 'HAS', 'HAD', 'WHY', 'HOW', 'WHAT', 'YES', 'NEED', 'FREE', 'OUT', 'SO', 'VERY', 'BY', 'WHEN', 'JUST', 'ONE', 'TWO', 'OFF', 'GET', 'GOT', 'HERE', 'SEE', 'MUCH', 'MORE', 'LAST', 'NEXT', 'SAME', 'FULL', 'BUT', 'NOR', 'NOTE']);

const WARM = /\b(?:thanks?|thank you|thx|ty|sorry|apolog\w*|oh no|oh dear|hi|hello|hey|glad|happy|welcome|love|great)\b/i;

/** `isAcronym(offset)` tells whether the word at that offset (sentence-relative) is on the acronym list. */
function isShouted(word: string, at: number, isAcronym: (at: number) => boolean): boolean {
  const w = word.replace(/[’]/g, "'").replace(/[^\p{L}']+$/u, '');
  if (w.length < 2 || isAcronym(at)) return false;
  if (w.length >= 5) return true;
  return SHOUT_WORDS.has(w) || SHOUT_WORDS.has(word);
}

function acronymTerms(sentence: Sentence): { start: number; end: number }[] {
  return sentence.memoText('shouting:acronyms', () => {
    const out: { start: number; end: number }[] = [];
    for (const t of termsOf(sentence)) if (t.offset && t.offset.length >= 5 && t.tags.includes('Acronym')) out.push({ start: t.offset.start, end: t.offset.start + t.offset.length });
    return out;
  });
}

/** Each run of "!" in a sentence: "!!" and more is a burst, a single one counts towards "many". */
function exclamations(sentence: Sentence): Report<'bangs' | 'many'>[] {
  return [...sentence.text.matchAll(/!+/g)].map((m) => {
    const [start, end] = [m.index!, m.index! + m[0].length];
    return { messageId: end - start >= 2 ? 'bangs' : 'many', start, end, suggestions: [{ label: 'Use a full stop', text: '.', start, end }] };
  });
}

interface Shout {
  start: number;
  end: number;
  kind: 'caps' | 'bang';
  say: string;
}

function shoutsIn(sentence: Sentence, isAcronym: (at: number) => boolean): Shout[] {
  const out: Shout[] = [];
  for (const m of sentence.text.matchAll(CAPS_RUN)) {
    // Within a run, only the shouted words count; acronyms beside them (PDF, USB) stay as they are.
    const words = [...m[0].matchAll(/\S+/g)];
    const shouted = words.filter((w) => isShouted(w[0], m.index! + w.index!, isAcronym));
    if (shouted.length === 0) continue;
    const first = shouted[0]!;
    const lastW = shouted[shouted.length - 1]!;
    const s = m.index! + first.index!;
    const e = m.index! + lastW.index! + lastW[0].length;
    const original = sentence.text.slice(s, e);
    let say = original.replace(/\S+/g, (w, i: number) => (isShouted(w, s + i, isAcronym) ? w.toLowerCase() : w));
    // The sentence's first word keeps its capital; "i" stays "I".
    if (/^[^\p{L}\p{N}]*$/u.test(sentence.text.slice(0, s))) say = say[0]!.toUpperCase() + say.slice(1);
    say = say.replace(/\bi\b/g, 'I').replace(/\bi'(m|ve|ll|d)\b/g, "I'$1");
    out.push({ start: sentence.start + s, end: sentence.start + e, kind: 'caps', say });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'shouting',
    category: 'tone',
    docs: {
      description: 'Shouting at a customer: words in capitals, "!!!", and a string of exclamation marks in a reply to a complaint.',
      why: 'Capitals read as raised voice and a burst of "!!!" as impatience or forced cheer; a customer who complained hears both as not being taken seriously.',
      incorrect: [
        'Please DO NOT reset the router again.',
        { text: 'Your refund is on its way!!! It will land by Friday.', customer: 'I was charged twice and I am furious.' },
      ],
      correct: [
        'Please attach the PDF invoice and your order code AVQ19T.',
        { text: 'Great news! The new plan is live.', customer: 'Can I switch plans?' },
      ],
    },
    messages: {
      caps: '“{{words}}” is in capitals, which reads as shouting. Use normal case and let the words carry the weight.',
      bangs: 'A burst of exclamation marks in a reply to a complaint reads as impatient or flippant. One full stop is calmer.',
      many: 'Many exclamation marks in a reply to a complaint sound flippant. Keep one at most.',
    },
    defaultLevel: 'warning',
    phrases: {
      acronyms: {
        description: 'Capitalised words that are names or acronyms, never shouting (single words, lower case).',
        patterns: [
          '(pdf|usb|eu|uk|us|usa|sms|faq|faqs|vat|eta|id|pin|iban|bic|sku|url|api|ios|ok|tv|pc|atm|gps|dm|pm|am|hr|it|ceo|csv|jpg)',
          '(png|gif|html|http|https|www|nhs|gp|asap|diy|gdpr|ssl|vpn|dns|ip|wifi|hdmi|led|lcd|ssd|ram|cpu|gpu|sim|esim|mms|otp|sso)',
          '(kyc|aml|uefa|nasa|unicef|ikea|bbc|gmt|bst|utc|cet|est|pst|tba|tbc|rsvp|aka|fyi|btw|eod|cob|hq|po|ps|qr|nfc|mfa|2fa|ev)',
          '(mot|dvla|hmrc)',
        ],
      },
      notShouting: {
        description: 'Capitals that are conventions, not shouting: reply keywords.',
        patterns: ['(reply|replies|replied|text|texts|send|sends|type|enter|say|says|answer|answers) (yes|no|stop|y|n|help|start|ok)'],
      },
    },
  },
  check(draft, ctx) {
    const acronyms = ctx.phrases('acronyms');
    const conventions = ctx.phrases('notShouting');
    const complaint = isComplaint(ctx.customer);
    // Capitals depend on a sentence's words alone: computed once per sentence text.
    const caps = (sentence: Sentence): Report<'caps'>[] => {
      if (!/\p{Lu}/u.test(sentence.text)) return [];
      const known = [...acronyms.find(sentence), ...conventions.find(sentence)];
      // Long capitalised words compromise reads as acronyms or names (HIPAA, NASDAQ) are not shouting.
      if (/\p{Lu}{5}/u.test(sentence.text)) known.push(...acronymTerms(sentence));
      return shoutsIn(sentence, (at) => known.some((a) => a.start <= at && at < a.end)).map((s) => ({
        messageId: 'caps',
        data: { words: sentence.text.slice(s.start, s.end) },
        start: s.start,
        end: s.end,
        suggestions: [{ label: `Write “${s.say}”`, text: s.say, start: s.start, end: s.end }],
      }));
    };
    const reports: Report<'caps' | 'bangs' | 'many'>[] = sentencesReports(draft.sentences, 'shouting', caps);
    if (!complaint) return reports;
    // In a reply to a complaint: every "!!" ("bangs"), and single "!"s once there are three (all but the first).
    const marks = sentencesReports(draft.sentences, 'shouting:bangs', exclamations);
    // "Oh no!", "Thanks!", "Hi Kelly!": an exclamation that carries warmth is no burst of forced cheer alone.
    // Three that are not warm, or four in all (every sentence exclaiming), read as forced cheer.
    const singles = marks.filter((m) => m.messageId === 'many');
    const cold = sentencesReports(draft.sentences, 'shouting:coldBangs', (sentence) => (WARM.test(sentence.text) ? [] : exclamations(sentence).filter((m) => m.messageId === 'many')));
    const many = singles.length >= 4 ? singles.slice(1) : cold.length >= 3 ? cold.slice(1) : [];
    return [...reports, ...marks.filter((m) => m.messageId === 'bangs'), ...many];
  },
});

