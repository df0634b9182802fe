import { defineRule, sentencesReports, type Report } from '../engine/rule';
import { placeSpans, type Sentence } from '../engine/draft';
import { matchSpans } from '../engine/nlp';
import { replaceWords } from './shared/wording';

/**
 * Talking down to the customer. Each phrase list is data; `say` gives the kinder words for a list ('' drops
 * the words). "just" and "simply" are structure: they count only when they shrink something the customer
 * has to do ("just restart it", "you can simply log out"), not "I've just refunded you", "just now" or an
 * easy invitation ("just reply here").
 */
const SAY: Record<string, string> = {
  repeated: 'to recap,',
  obvious: '',
  calm: 'I understand this is stressful',
  easy: 'it only takes a minute',
  allYou: 'the next step is to',
  minimiser: '',
  correction: '',
};

function minimisers(at: Sentence): { start: number; end: number }[] {
  return at.memo('condescension:minimisers', (sentence) => {
    const out: { start: number; end: number }[] = [];
    if (!/\b(?:just|simply)\b/i.test(sentence.text)) return out;
    // "just"/"simply" right before what the customer has to do: an imperative, or after "you (can|need to|…)".
    const views = [
      // At the start of the sentence or of a clause ("It's 20% off: just verify …").
      sentence.doc.match('[(just|simply)] #Adverb? #Infinitive').filter((m) => {
        const at = matchSpans(m)[0]?.start ?? -1;
        return at === 0 || /[:;,—–(]\s*$/.test(sentence.text.slice(0, at));
      }),
      sentence.doc.match('(you|you\'ll) (can|could|should|need to|have to|must|will|just) [(just|simply)] #Adverb? #Infinitive'),
      sentence.doc.match('you [(just|simply)] (need|have|got) to'),
      sentence.doc.match('(please|then|and|now|so) [(just|simply)] #Infinitive'),
      sentence.doc.match('all you [(just|simply)]? (have|need) to do is'),
    ];
    for (const v of views) for (const m of matchSpans(v.match('(just|simply)'))) out.push({ start: m.start + sentence.start, end: m.end + sentence.start });
    return out;
  }, placeSpans);
}

export default defineRule({
  meta: {
    id: 'condescension',
    category: 'tone',
    docs: {
      description: 'The reply talks down to the customer ("as I already said", "obviously", "simply", "calm down").',
      why: 'Words that make a task sound trivial or the customer slow make them feel foolish for asking. Help without the edge.',
      incorrect: [
        'As I already said, the refund takes 5 days.',
        'Just restart the router and it will work.',
        'Calm down, we are looking at your account now.',
      ],
      correct: [
        "I've just refunded the second charge, so you'll see it within 5 days.",
        'Restarting the router usually fixes this; hold the power button for 10 seconds.',
        'If anything else comes up, just reply here.',
      ],
    },
    messages: {
      condescending: '“{{words}}” can sound like talking down to the customer. Help without the edge.',
    },
    defaultLevel: 'hint',
    phrases: {
      repeated: {
        description: 'Reminding the customer they were told already.',
        patterns: [
          'as (i|we) #Adverb? (said|mentioned|explained|stated|told you|pointed out)',
          'as (already|previously) (said|mentioned|explained|stated)',
          'as (stated|mentioned|explained) (before|previously|above|earlier|already)',
          'like (i|we) (said|told you|mentioned)',
          '(i|we) #Adverb? (already|previously) (told|explained|said) #Pronoun? (this|that)?',
          'once again (i|we) (must|have to|will) (repeat|explain|say)',
        ],
      },
      obvious: {
        description: 'Words that call the answer obvious.',
        patterns: ['(obviously|evidently)', '^clearly', 'of course (you|it) (can|should|need|will)', 'as you (should|must|probably) know', '(everyone|everybody|anyone) knows'],
      },
      calm: {
        description: 'Telling the customer how to feel.',
        patterns: ['please? (calm|settle) down', '^relax', "there? is? no need to (panic|shout|get upset|be rude|yell|overreact)", "(there's|there is) no need for that tone", "don't (panic|overreact|get upset)"],
      },
      easy: {
        description: 'Calling the customer\'s task easy.',
        patterns: ['(it is|it\'s|this is|that is|that\'s) (very|really|quite|pretty|super)? (easy|simple|straightforward|basic)', '(it is|it\'s|this is) not (hard|difficult|complicated|rocket science)'],
      },
      allYou: {
        description: 'Shrinking what the customer must do.',
        patterns: ['all you (have|need) to do is'],
      },
      correction: {
        description: '"Actually" correcting the customer.',
        patterns: ['^actually', 'you (actually|do actually|did actually)'],
      },
      invitation: {
        description: 'Easy invitations where "just" is kind, not belittling.',
        patterns: [
          'just (reply|ask|let|message|say|drop|give|ping|call|shout|write|hit|click reply|tell)',
          'just (reach|dm|send|pop|contact|come|swing|holler|tweet|get in touch)',
        ],
      },
    },
  },
  check(draft, ctx) {
    const invitation = ctx.phrases('invitation');
    const condescending = (sentence: Sentence): Report<'condescending'>[] => {
      const text = sentence.text;
      const reports: Report<'condescending'>[] = [];
      const found: { start: number; end: number; list: string }[] = [];
      for (const list of ['repeated', 'obvious', 'calm', 'easy', 'allYou', 'correction']) {
        for (const s of ctx.phrases(list).find(sentence)) found.push({ ...s, list });
      }
      const invites = invitation.find(sentence);
      for (const s of minimisers(sentence)) {
        if (invites.some((i) => i.start === s.start)) continue;
        if (found.some((f) => f.start <= s.start && f.end >= s.end)) continue;
        found.push({ ...s, list: 'minimiser' });
      }
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      let last = -1;
      for (const f of found) {
        if (f.start < last) continue;
        last = f.end;
        let words = text.slice(f.start, f.end);
        let end = f.end;
        // "you actually": only the adverb goes.
        let start = f.start;
        if (f.list === 'correction' && /^you\s/i.test(words)) {
          const m = /(actually)/i.exec(words)!;
          start = f.start + m.index;
          end = start + m[0].length;
          words = 'actually';
        }
        let say = SAY[f.list]!;
        let sugEnd = end;
        // "Calm down, we are on it" → "I understand this is stressful, and we are on it".
        if (f.list === 'calm' && /^\s*,\s*\w/.test(text.slice(end, sentence.end))) {
          say += ', and';
          sugEnd += /^\s*,/.exec(text.slice(end))![0].length;
        }
        const label = say === '' ? `Drop “${words}”` : `Say “${say.replace(/,$/, '')}”`;
        reports.push({
          messageId: 'condescending',
          data: { words },
          start,
          end,
          suggestions: [replaceWords(text, sentence, start, sugEnd, say, label)],
        });
      }
      return reports;
    };
    // A sentence's findings depend on its words alone: computed once per sentence text.
    return sentencesReports(draft.sentences, 'condescension', condescending);
  },
});
