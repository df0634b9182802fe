import { defineRule, sentencesReports, type Report } from '../engine/rule';
import { placeSpans, type Sentence } from '../engine/draft';
import { nlp } from '../engine/nlp';
import { replaceWords } from './shared/wording';
import { termsOf as sharedTerms } from '../engine/terms';

/** Steps whose "you didn't …" means the customer overlooked something: "it's easy to miss …" says it kindly. */
const LOOKING = new Set(['read', 'check', 'checked', 'notice', 'noticed', 'review', 'reviewed', 'see', 'seen', 'saw', 'double-check', 'double-checked']);
const PARTICIPLE: Record<string, string> = { read: 'read', pay: 'paid', keep: 'kept', tell: 'told', send: 'sent', choose: 'chosen', chose: 'chosen', see: 'seen', saw: 'seen', get: 'got', give: 'given', make: 'made', do: 'done' };

function participle(verb: string): string {
  const v = verb.toLowerCase();
  if (PARTICIPLE[v]) return PARTICIPLE[v]!;
  if (/(ed)$/.test(v)) return v;
  const c = (nlp(`we ${v} it`).verbs().conjugate()[0] ?? {}) as { PastTense?: string };
  return c.PastTense ?? `${v}ed`;
}

function base(verb: string): string {
  const v = verb.toLowerCase();
  const c = (nlp(`we ${v} it`).verbs().conjugate()[0] ?? {}) as { Infinitive?: string };
  return c.Infinitive ?? v;
}

interface Term {
  text: string;
  tags: string[];
  start: number;
  end: number;
  post: string;
}

function termsOf(at: Sentence): Term[] {
  return at.memo('blame:terms', (sentence) => {
    const out: Term[] = [];
    for (const t of sharedTerms(sentence)) if (t.offset && t.offset.length > 0) out.push({ text: t.text, tags: t.tags, post: t.post, start: t.offset.start + sentence.start, end: t.offset.start + t.offset.length + sentence.start });
    return out;
  }, placeSpans);
}

/** The noun phrase right after `at` ("your card details"), turned neutral ("the card details"), or undefined. */
function objectAfter(sentence: Sentence, at: number): { words: string; end: number; plural: boolean } | undefined {
  const terms = termsOf(sentence).filter((t) => t.start >= at);
  const np: Term[] = [];
  for (const t of terms) {
    const ok = t.tags.some((g) => g === 'Determiner' || g === 'Possessive' || g === 'Adjective' || g === 'Noun' || g === 'Value') && (!t.tags.includes('Pronoun') || t.tags.includes('Possessive'));
    if (!ok) break;
    np.push(t);
    if (/[,;:]/.test(t.post)) break;
  }
  // Drop a trailing non-noun and require a head noun.
  while (np.length && !np[np.length - 1]!.tags.includes('Noun')) np.pop();
  if (np.length === 0) return undefined;
  const first = np[0]!;
  if (!first.tags.includes('Determiner') && !first.tags.includes('Possessive')) return undefined;
  const words = np
    .map((t) => t.text)
    .join(' ')
    .replace(/^(your|my)\b/i, 'the')
    .replace(/[.,;:!?]+$/, '');
  const head = np[np.length - 1]!;
  return { words, end: head.end, plural: head.tags.includes('Plural') };
}

type Form = 'skipped' | 'should' | 'told' | 'fault' | 'missed' | 'must' | 'duty' | 'other';

function formOf(words: string): Form {
  const w = words.toLowerCase();
  if (/\b(failed|forgot|neglected|omitted|did not|didn't|never)\b/.test(w)) return 'skipped';
  if (/\b(should|ought|supposed|meant|needed)\b/.test(w)) return 'should';
  if (/\bas\b/.test(w)) return 'told';
  if (/\b(mistake|error|fault|oversight|negligence)\b/.test(w)) return 'fault';
  if (/\b(missed|ignored|overlooked|misread)\b/.test(w)) return 'missed';
  if (/\bmust\b/.test(w)) return 'must';
  if (/\bresponsibility\b/.test(w)) return 'duty';
  return 'other';
}

const HYPOTHETICAL = /\b(if|in case|unless|whether|when|no worries|no problem|sorry)\b[^.,;]*$/i;

export default defineRule({
  meta: {
    id: 'blame',
    category: 'ownership',
    docs: {
      description: 'The reply puts the fault on the customer ("you failed to", "you should have", "as you were told").',
      why: 'Blame makes the customer defend themselves instead of getting help. Say what happened neutrally and what happens now.',
      incorrect: [
        'You failed to update your card details, so the renewal payment bounced.',
        'As you were told last week, the warranty does not cover water damage.',
        { text: "You didn't read the confirmation email, which had the new gate number.", channel: 'chat' },
      ],
      correct: [
        "The card details on file weren't updated, so the renewal payment bounced. I've sent you a link to update them.",
        'The warranty does not cover water damage, but I can book a repair at a reduced price.',
        "You should have received a confirmation email with the new gate number; I've resent it now.",
      ],
    },
    messages: {
      blame: '“{{words}}” puts the fault on the customer. Say what happened neutrally and what happens now.',
    },
    defaultLevel: 'warning',
    phrases: {
      blame: {
        description: 'Words that put the fault on the customer.',
        patterns: [
          'you #Adverb? (failed|forgot|neglected|omitted) to #Adverb? #Verb',
          'you #Adverb? (did not|never) #Adverb? #Verb',
          // "You should have…" looks back at a fault; "you should hear back", "you should see it" look ahead.
          'you (should|ought to) have #Adverb? #Verb',
          'you (were supposed to|were meant to|needed to) #Adverb? #Verb',
          'as (stated|explained|outlined|set out|detailed|noted|specified) in (our|the|my) #Noun',
          'as you (were|have been|had been) #Adverb? (told|advised|informed|instructed|warned|notified)',
          'as (we|i) (have|had)? #Adverb? (told|warned|instructed) you',
          '(your|the customer\'s) (own)? (mistake|error|fault|oversight|negligence)',
          "you (must have|must've|clearly|obviously)? (missed|ignored|overlooked|misread)",
          "you (must have|must've) #Adverb? #Verb",
          '(it is|it\'s|that is|that\'s) your (responsibility|job) to',
          '(user|customer) error',
        ],
      },
      notBlame: {
        description: 'Look-alikes that blame nobody: what the customer should have got, reassurance.',
        patterns: [
          'you (should|ought to) have #Adverb? (received|receive|got|gotten|been|heard|had|seen|access|now)',
          'you (should|ought to) #Adverb? be (able|all set|good to go|fine|set|okay|ok|back)',
          'you (should|ought to) #Adverb? (see|get|receive|find|notice|hear) (it|the|a|an|your|that|this|them)',
          'you (did not|never) #Adverb? (receive|get|hear|need|have|want|expect|mean|deserve|do anything|lose|miss out)',
          'you (did not|never) #Adverb? (do|did) #Adverb? (anything|nothing) wrong',
          'you (were|are) (supposed|meant) to (receive|get|have|hear|be)',
          'you never (know|have to|need to)',
          "you (must have|must've) #Adverb? (been|felt|had|seen|thought|wondered|worried|received|got|noticed)",
        ],
      },
    },
  },
  check(draft, ctx) {
    const blame = ctx.phrases('blame');
    const notBlame = ctx.phrases('notBlame');
    const blames = (sentence: Sentence): Report<'blame'>[] => {
      const text = sentence.text;
      const reports: Report<'blame'>[] = [];
      let last = -1;
      const blocked = notBlame.find(sentence);
      for (const span of blame.find(sentence)) {
        if (span.start < last) continue;
        if (blocked.some((b) => b.start <= span.start && b.end > span.start)) continue;
        const before = text.slice(sentence.start, span.start);
        const words = text.slice(span.start, span.end);
        // "If you didn't get the code, …" and "Did you…?" suppose or ask; they do not accuse.
        if (HYPOTHETICAL.test(before) || /\?\s*$/.test(sentence.text)) continue;
        last = span.end;
        const form = formOf(words);
        const lastWord = /([\w'-]+)\W*$/.exec(words)?.[1] ?? '';
        // A particle belongs to the verb: "fill in the form", "back up the files".
        const particle = /^\s+(in|out|up|off|back)\b/i.exec(text.slice(span.end, sentence.end));
        const verbEnd = particle ? span.end + particle[0].length : span.end;
        const obj = objectAfter(sentence, verbEnd);
        const clauseEnd = span.end + (/^[^,;:.!?—–]*/.exec(text.slice(span.end, sentence.end))?.[0].replace(/\s+$/, '').length ?? 0);
        let edit: { start: number; end: number; say: string; label: string };
        if ((form === 'skipped' || form === 'should') && obj && LOOKING.has(lastWord.toLowerCase())) {
          edit = { start: span.start, end: obj.end, say: `it's easy to miss ${obj.words}`, label: `Say “it's easy to miss ${obj.words}”` };
        } else if (form === 'skipped' && obj) {
          const say = `${obj.words} ${obj.plural ? "weren't" : "wasn't"} ${participle(lastWord)}${particle ? ` ${particle[1]!.toLowerCase()}` : ''}`;
          edit = { start: span.start, end: obj.end, say, label: `Say “${say}”` };
        } else if (form === 'should' && obj) {
          const say = `the next step is to ${base(lastWord)}${particle ? ` ${particle[1]!.toLowerCase()}` : ''} ${obj.words}`;
          edit = { start: span.start, end: obj.end, say, label: 'Say what happens now' };
        } else if (form === 'should' || form === 'skipped') {
          const endsSentence = /^[\s.!?]*$/.test(text.slice(clauseEnd, sentence.end));
          const say = form === 'skipped' && /^(reply|replied|respond|responded|call|called|contact|contacted)$/i.test(lastWord) ? "we didn't hear back" : endsSentence ? "let's pick this up from here" : "that step didn't happen";
          edit = { start: span.start, end: clauseEnd, say, label: `Say “${say}”` };
        } else if (form === 'told') {
          // "As you were told last week, …": the whole opening clause goes.
          const opener = span.start === sentence.start && /^\s*,/.test(text.slice(clauseEnd, sentence.end));
          edit = { start: span.start, end: opener ? clauseEnd : span.end, say: '', label: `Drop “${words}”` };
        } else if (form === 'fault') {
          const say = /\b(due to|because of|caused by|from|by|was|is|were|a)\s*$/i.test(before) ? 'a mix-up' : 'the mix-up';
          edit = { start: span.start, end: span.end, say, label: `Say “${say}”` };
        } else if (form === 'missed') {
          if (!obj) continue;
          edit = { start: span.start, end: obj.end, say: `it's easy to miss ${obj.words}`, label: `Say “it's easy to miss ${obj.words}”` };
        } else if (form === 'must' && obj) {
          // "You must have shared your login" → "it looks like the login was shared".
          const say = `it looks like ${obj.words} ${obj.plural ? 'were' : 'was'} ${participle(lastWord)}${particle ? ` ${particle[1]!.toLowerCase()}` : ''}`;
          edit = { start: span.start, end: obj.end, say, label: 'Say it neutrally' };
        } else if (form === 'must') {
          edit = { start: span.start, end: clauseEnd, say: 'it looks like something went wrong', label: 'Say it neutrally' };
        } else if (form === 'duty') {
          edit = { start: span.start, end: span.end, say: 'the next step is to', label: 'Say “the next step is to”' };
        } else {
          edit = { start: span.start, end: span.end, say: 'there was a mix-up', label: 'Say it neutrally' };
        }
        reports.push({
          messageId: 'blame',
          data: { words },
          start: span.start,
          end: span.end,
          suggestions: [replaceWords(text, sentence, edit.start, edit.end, edit.say, edit.label)],
        });
      }
      return reports;
    };
    // A sentence's findings depend on its words alone: computed once per sentence text.
    return sentencesReports(draft.sentences, 'blame', blames);
  },
});
