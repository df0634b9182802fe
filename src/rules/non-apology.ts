import { defineRule, sentencesReports, type Report } from '../engine/rule';
import type { Sentence } from '../engine/draft';
import { customerTrouble, troublePhrases, type Trouble } from './shared/trouble';
import { replaceWords } from './shared/wording';

/** What the apology should own when the customer's words give no clean phrase. */
const BY_KIND: Record<string, string> = {
  fault: 'for the trouble this has caused you',
  delay: 'for the wait',
  billing: 'about the charge',
  feeling: 'this has been so frustrating',
};

function owned(trouble: Trouble): string {
  if (trouble.phrase) return trouble.phrase;
  if (trouble.kind) return BY_KIND[trouble.kind]!;
  return 'for the trouble this has caused';
}

// Who is apologising, just before the apology word: "We're", "I am so", "Please accept our sincere".
const SUBJECT = /(?:(?:please accept|accept)\s+)?(?:i'm|i am|we're|we are|i|we|our|my)\s+(?:do\s+)?(?:(?:so|very|really|truly|sincerely|deeply|terribly)\s+)*$/i;
// Where the apology's clause ends: the next comma, dash, full stop, "and" or "but".
const CLAUSE_END = /\s*(?:[,;:.!?—–]|\s-\s|\s(?:and|but|while|though)\s|$)/i;

export default defineRule({
  meta: {
    id: 'non-apology',
    category: 'apology',
    docs: {
      description: 'An apology that owns nothing ("sorry if you feel…", "we apologize for any inconvenience this may have caused").',
      why: 'A hedged apology blames the customer\'s feelings or doubts the trouble happened. Name what went wrong and own it.',
      incorrect: [
        { text: "I'm sorry you feel that way. The courier says it was delivered.", customer: 'My parcel never arrived and nobody will help me.' },
        'We apologize for any inconvenience this may have caused.',
        "We're sorry if you feel the wait was too long.",
      ],
      correct: [
        { text: "I'm sorry your parcel never arrived. I've opened a trace with the courier and will email you by 5pm.", customer: 'My parcel never arrived and nobody will help me.' },
        "I'm sorry the wait was so long.",
        'Sorry for the wait, and thanks for bearing with us.',
      ],
    },
    messages: {
      hedged: '“{{words}}” does not own the trouble. Say what went wrong and that you are sorry for it.',
    },
    defaultLevel: 'warning',
    phrases: {
      hedged: {
        description: 'Apologies that hedge, blame the customer\'s feelings or own nothing.',
        patterns: [
          '(sorry|apologize|apologise|apologies) (if|that)? you (feel|felt|think|thought|believe|perceive|perceived|found) (that way|like that|this way)?',
          '(sorry|apologize|apologise|apologies) (if|that)? you (were|are|have been|got|feel|felt) #Adverb? (upset|offended|unhappy|disappointed|inconvenienced|annoyed|frustrated)',
          '(sorry|apologize|apologise|apologies|regret) for? any (inconvenience|trouble|confusion|frustration|distress|disappointment)',
          '(sorry|apologize|apologise|apologies|regret) for? any #Noun (this|that|it)? (may|might)? (have|has)? (caused|been caused|experienced)',
          '(sorry|apologize|apologise|apologies) if (this|that|it|we|there|our) #Adverb? (has|have|had|may|might|was|were|caused|came|seemed|is)',
          '(sorry|apologize|apologise|apologies) for (any|the) #Adjective? (inconvenience|trouble|confusion) (this|that|it) (may|might) have caused',
          '(sorry|apologize|apologise|apologies) if (the|our|this|that|he|she|they|we) #Noun? (came|come|comes|seemed|seems|sounded|sounds|appeared) (across|that way|rude|unhelpful|dismissive|abrupt)',
          '(sorry|apologize|apologise|apologies) if (the|our|this|that|it|we) #Noun? (did not|does not|has not|have not|failed to) (meet|live up to|match)',
        ],
      },
      ...troublePhrases,
    },
  },
  check(draft, ctx) {
    const hedged = ctx.phrases('hedged');
    let trouble: Trouble | undefined;
    // The fix names the customer's trouble: a sentence's report depends on its words and on that phrase.
    const ownedTrouble = () => owned((trouble ??= customerTrouble(ctx.customer, ctx.phrases)));
    const hedges = (sentence: Sentence): Report<'hedged'>[] => {
      const text = sentence.text;
      const reports: Report<'hedged'>[] = [];
      let last = -1;
      for (const span of hedged.find(sentence)) {
        if (span.start < last) continue;
        last = span.end;
        const words = text.slice(span.start, span.end);
        const before = text.slice(0, span.start);
        const subject = SUBJECT.exec(before)?.[0] ?? '';
        const from = span.start - subject.length;
        const lead = subject === '' ? 'sorry' : "I'm sorry";
        let edit;
        const feel = /^(?:sorry|apologi[sz]e|apologies)\s+(?:if\s+|that\s+)?you\s+(?:feel|felt|think|thought|believe|perceive|perceived|found)(\s+that)?$/i.exec(words);
        const rest = text.slice(span.end);
        // "Apologies if our engineer came across as abrupt" → "I'm sorry our engineer came across as abrupt".
        const someone = /^(?:sorry|apologi[sz]e|apologies)\s+if\s+(?!this\b|that\b|it\b|there\b)/i.exec(words);
        if (someone) {
          edit = replaceWords(text, sentence, from, span.start + someone[0].length, `${lead} `, `Say “${lead}” and own it`);
          edit = { ...edit, text: edit.text.replace(/\s*$/, ' ') };
        } else if (feel && /^\s+\w/.test(rest) && !/^\s+(?:about|with|as|so|like)\b/i.test(rest)) {
          // "sorry if you feel the wait was too long" → "sorry the wait was too long": keep their words, own them.
          edit = replaceWords(text, sentence, from, span.end, lead, `Say “${lead}” and own it`);
        } else {
          const tail = rest.search(CLAUSE_END);
          const to = span.end + Math.max(0, tail);
          const say = `${lead} ${ownedTrouble()}`;
          edit = replaceWords(text, sentence, from, to, say, `Say “${say.replace(/^sorry/, 'Sorry')}”`);
        }
        reports.push({ messageId: 'hedged', data: { words }, start: span.start, end: span.end, suggestions: [edit] });
      }
      return reports;
    };
    const key = ctx.customer ? `non-apology:${ownedTrouble()}` : 'non-apology';
    return sentencesReports(draft.sentences, key, hedges);
  },
});
