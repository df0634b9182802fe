import { anySentence, defineRule, sentencesReports, type Report } from '../engine/rule';
import type { Draft, Sentence } from '../engine/draft';
import type { PhraseMatcher } from '../engine/phrases';
import type { Suggestion } from '../engine/types';
import { spellOut } from '../engine/nlp';
import { concreteTimes } from './shared/time';
import { afterErrand, clausesOf, imperativeAfterTopic, wordsOf, type Channel, type Clause, type Word } from './shared/clause';
import { customerTrouble } from './shared/trouble';

/**
 * Deflection: the reply sends the customer somewhere else (another team, company, channel or resource) to
 * pursue the problem themselves, without the agent keeping ownership.
 *
 * What is data (meta.phrases, team leads extend it): the things a customer is sent to do (`contact`,
 * `pursue`), the someone/somewhere they are sent to (`elsewhere`, `resources`), what still counts as us
 * (`us`), whole "not our job" statements (`notOurs`), and the wording that shows the agent keeps helping
 * (`ownership`, `ownedAction`).
 *
 * What is code (structure): who acts (the customer, told by "please" / "you'll need to" / an imperative /
 * "I'd recommend…", versus "I've passed…" / "they will…"), negation ("you won't need to…", "no need to…"),
 * hypotheticals ("if you contact…"), quotes, coordination ("…and then call…"), and the draft-level context
 * that turns a link or a backup line into help rather than a deflection.
 */

type Kind = 'party' | 'place' | 'resource' | 'statement' | 'channel';

/** One deflecting clause in a sentence; offsets relative to the sentence. */
interface Unit {
  kind: Kind;
  start: number;
  end: number;
  /** The party named, as written ("your bank", "our billing team", "them"), when there is one. */
  party?: string;
  /** The party is ours ("our Card Services line"): a same-company team, line or desk. */
  ours: boolean;
  /** The clause sits in a condition ("If the pain gets worse, call our out-of-hours line"). */
  conditional: boolean;
  /** Only offered ("you can call them"), not required ("you'll need to call them"). */
  soft: boolean;
  /**
   * Only offered, and excused when the reply goes on helping ("you can ring us on…", "you can check what is
   * available here: <link>"): like a resource, it deflects only when nothing else is offered.
   */
  offered?: boolean;
  /** A self-serve pointer that deflects only a customer who reported trouble or asked for something. */
  needsAsk?: boolean;
  /** A statement that this very channel cannot handle it ("we can't access accounts on here"). */
  here?: boolean;
  /** Help only said to be had elsewhere: it speaks for the sentence only when nothing in it sends the customer. */
  alone?: boolean;
  /** Where another party is reached ("their number is on the box"): it speaks for the reply only when nothing else in it deflects. */
  pointer?: boolean;
  /** An offered self-serve pointer that deflects only a customer who asked us to act ("can you check…?"). */
  needsRequest?: boolean;
  /** Where the replacement starts, and how it joins what comes before. */
  from: number;
  join: '' | 'so ';
}

interface SentenceInfo {
  units: Unit[];
  /** The agent offers to go on helping here ("reply here and I'll add it for you"). */
  offersHelp: boolean;
  /** The agent has done or booked something concrete ("I've booked you a slot", "a crew is booked"). */
  ownedAction: boolean;
}

/** A word of the sentence, as the clause layer reads it. */
type Tok = Word;

const TIME = '[time]';

// --- Structure: the small closed sets of function words the grammar is built from. ---

/** Words of a verb chain between a subject and its verb: auxiliaries, modals, "need to", adverbs of manner. */
const CHAIN = new Set([
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'need', 'needs', 'have', 'has', 'had',
  'to', 'be', 'do', 'does', 'did', 'also', 'just', 'simply', 'then', 'first', 'still', 'directly', 'now', 'both',
  'all', 'only', 'either', 'kindly', 'please', 'pls', 'plz', 'really', 'quickly', 'always', 'want', 'wants', 'wish',
  'able', 'likely', 'probably', 'definitely', 'actually', 'instead', 'again', 'yourself', 'yourselves', 'personally',
  'possibly', 'certainly', 'ideally', 'best', 'better', 'usually', 'normally', 'typically', 'ordinarily', 'generally',
  'got', 'gotta', 'are', 'am', 'is', 'going', 'gonna', 'try', 'and', 'or', 'not', 'never', 'no', 'ever', 'maybe', 'perhaps',
]);
/** The customer as subject, chat spellings included. */
const YOU = new Set(['you', 'yourself', 'youll', 'youd', 'u', 'ya', 'yall', "y'all"]);
const NEGATIVE = new Set(['not', 'never', 'no', "n't", 'without', 'nobody']);
/** "Normally you'd need to…, but I've…": a habit or hypothetical, not a request. */
const HABITUAL = new Set(['usually', 'normally', 'typically', 'ordinarily', 'generally']);
const MODAL_DIRECTIVE = new Set(['need', 'needs', 'have', 'must', 'should', 'can', 'could', 'may', 'might', 'want', 'would', 'got', 'gotta', 'please', 'best', 'better', 'kindly', 'try', 'wish', 'maybe', 'perhaps']);
/** A directive only when the customer is told to act, not offered to ("you can find…"). */
const STRONG_MODAL = new Set(['need', 'needs', 'have', 'must', 'should', 'please', 'kindly', 'got', 'gotta', 'best', 'better']);
/** Verbs and words that hand the action to the customer: "we recommend you…", "I'd suggest calling…", "the quickest way is to…", "you'll have better luck asking…", "would you mind calling…". */
const ADVISE = new Set(['recommend', 'suggest', 'advise', 'encourage', 'urge', 'ask', 'need', 'require', 'want', 'best', 'easiest', 'quickest', 'fastest', 'way', 'option', 'bet', 'step', 'idea', 'sure', 'free', 'worth', 'advisable', 'wise', 'recommended', 'simplest', 'luck', 'mind']);
/** Chain words that make an impersonal advice ("it's best to…", "it would be better to…"): the customer is told. */
const IMPERSONAL_ADVICE = new Set(['best', 'better', 'easiest', 'quickest', 'fastest', 'simplest', 'advisable', 'wise', 'worth']);
/** Dummy subjects of impersonal advice: "it's best to call…", "that's best raised with…". */
const DUMMY_SUBJECT = new Set(['it', 'this', 'that']);
/** Heads of "the best way … is to <verb>", "your only option is to <verb>": the customer is told what to do. */
const ADVICE_HEADS = new Set(['way', 'option', 'bet', 'step', 'route', 'thing', 'idea', 'move', 'course']);
const COPULA_WORDS = new Set(['is', 'was', 'are', 'be', "'s"]);
const SUBORDINATOR = new Set(['if', 'unless', 'whether', 'once', 'until', 'till', 'should', 'in case']);
const CLAUSE_WORDS = new Set(['so', 'but', 'otherwise', 'alternatively', 'meanwhile', 'instead', 'then', 'and', 'or', 'also', 'just', 'simply', 'first']);
const LEAD_SUBORDINATORS = /^(if|when|whenever|once|since|as|because|although|though|while|unless|until|after|before|should|in case|even if|for|to|with|from|on|in|at|by|under|as for|regarding)\b/i;
/** Words that open a new clause: "…by our billing team, so please email…". */
const CLAUSE_OPENERS = new Set(['so', 'but', 'otherwise', 'alternatively', 'meanwhile', 'therefore', 'yet', 'thus', 'hence']);
const SUBJECT_PRONOUN = new Set(['i', 'we', 'they', 'he', 'she', 'it', 'who', 'someone', 'somebody', 'that', 'which', 'this', 'there', 'one']);
const BOUNDARY = /[,;:()\u2014\u2013]|\s-\s|\s-$/;
const HARD_BOUNDARY = /[;:()\u2014\u2013]|\s-\s/;
const NP_TAGS = ['Determiner', 'Adjective', 'Noun', 'ProperNoun', 'Possessive', 'Value', 'Acronym'];
const PREPOSITIONS = new Set(['to', 'with', 'at', 'from', 'through', 'via', 'on', 'into', 'in', 'onto', 'by', 'back', 'over', 'for']);
const WINDOW_STOP = new Set(['who', 'which', 'where', 'because', 'if', 'when', 'so', 'but', 'while', 'once', 'then', 'as', 'since', 'until', 'unless', 'whether']);

/** A contrast after a "not ours" statement in which the agent goes on to act: "…, but I've rebooked you". */
const OWNED_CONTRAST = /^[^.!?]*?\b(?:but|however|though|although|that said)\b[^.!?]*?\b(?:i|we)(?:'ve| have|'ll| will|'m| am| can)\s+(?!(?:to|not|never|only)\b)\w/i;

/** Index of the visible token that starts at `rel`, or the first visible one after it. */
function tokenAt(toks: readonly Tok[], rel: number): number {
  return toks.findIndex((t) => !t.implicit && t.end > rel);
}

const endsClause = (t: Tok) => BOUNDARY.test(t.post);

/** True when offset `rel` of the sentence sits inside quotation marks: someone else's words. */
function inQuotes(text: string, rel: number): boolean {
  let open = false;
  let curly = 0;
  for (let i = 0; i < rel; i++) {
    const c = text[i]!;
    if (c === '"') open = !open;
    else if (c === '\u201c') curly++;
    else if (c === '\u201d') curly = Math.max(0, curly - 1);
  }
  return open || curly > 0;
}

type Actor = { who: 'customer'; directive: 'strong' | 'soft'; start: number; conditional: boolean } | { who: 'other' };

/**
 * Who is told to do the verb at index `v`: walks left through the verb chain to its subject.
 * The customer acts when the chain reaches "you" (with a modal), a "please", an advising verb, or the start
 * of the clause (an imperative); anyone else (I, we, they, our team) means the customer is not sent anywhere.
 */
function actor(toks: readonly Tok[], v: number, depth = 0): Actor {
  let strong = false;
  let soft = false;
  let negated = false;
  let advice = false;
  let copulaTo = false;
  let start = toks[v]!.start;
  let i = v - 1;
  for (; i >= 0; i--) {
    const t = toks[i]!;
    if (endsClause(t)) break;
    if (t.norm === 'and' || t.norm === 'or' || t.norm === '&') {
      // "…report the theft to the police and then call our line": the verb shares its subject with the one before.
      if (depth > 2) return { who: 'other' };
      for (let j = i - 1; j >= 0 && !endsClause(toks[j]!); j--) {
        const p = toks[j]!;
        // "…right away and call…": compromise takes "right" there for a verb.
        const rightAway = p.norm === 'right' && /^(?:away|now|here|there)$/.test(toks[j + 1]?.norm ?? '');
        if (!p.implicit && !rightAway && p.tags.has('Verb') && !p.tags.has('Auxiliary') && !p.tags.has('Modal') && !p.tags.has('Copula') && !CHAIN.has(p.norm)) {
          const a = actor(toks, j, depth + 1);
          if (negated) return { who: 'other' };
          // The first verb's own errand stays: "Please freeze your card and [call our fraud team]".
          const after = toks.slice(i + 1, v + 1).find((x) => !x.implicit);
          return a.who === 'customer' && after ? { ...a, start: after.start } : a;
        }
      }
      break;
    }
    if (NEGATIVE.has(t.norm)) negated = true;
    if (HABITUAL.has(t.norm)) return { who: 'other' };
    if (YOU.has(t.norm)) {
      const before = toks[i - 1];
      if (negated) return { who: 'other' };
      if (before && HABITUAL.has(before.norm)) return { who: 'other' };
      // "we recommend you call…", "we need you to email…"
      if (before && !endsClause(before) && ADVISE.has(before.norm)) return advised(toks, i - 1, depth) ?? { who: 'other' };
      const conditional = before !== undefined && !endsClause(before) && SUBORDINATOR.has(before.norm);
      // "If you contact the courier, they'll open an investigation": the way forward offered is someone else's
      // (soft: any help of the agent's excuses it). Other conditions ("once you've called…") suppose, not send.
      if (conditional && before.norm === 'if') return { who: 'customer', directive: 'soft', start: before.start, conditional: true };
      if (conditional && before.norm !== 'should') return { who: 'other' };
      return { who: 'customer', directive: strong ? 'strong' : soft ? 'soft' : 'strong', start: t.start, conditional: false };
    }
    if (CLAUSE_OPENERS.has(t.norm)) break;
    // "You'd be better off asking the seller": "better off" / "best off" advise like "better".
    if (t.norm === 'off' && (toks[i - 1]?.norm === 'better' || toks[i - 1]?.norm === 'best')) continue;
    // "You might like to speak to the pharmacist" suggests, "if you'd like to return it to your local store…"
    // offers; "you'd like to speak to a manager?" is their wish.
    if (t.norm === 'like') {
      const offered = toks[i - 1]?.norm === 'would' && toks[i - 2]?.norm === 'you' && toks[i - 3]?.norm === 'if';
      if (!offered && !/^(?:might|may)$/.test(toks[i - 1]?.norm ?? '')) return { who: 'other' };
      soft = true;
      continue;
    }
    // "I'd call your bank about this", "I would pop into your branch": the agent advising what they would do in
    // the customer's place; only with nothing but "would" and adverbs between, and not "I'd be happy to…".
    if (t.norm === 'i' && i === v - 2 && toks[i + 1]!.norm === 'would' && !negated) {
      return { who: 'customer', directive: 'soft', start: t.start, conditional: false };
    }
    if (!CHAIN.has(t.norm)) {
      if (ADVISE.has(t.norm) && !negated) return advised(toks, i, depth) ?? { who: 'other' };
      // "It's one to raise with them", "that's something to take up with the seller": the errand, said of the matter.
      if (!negated && /^(?:one|something)$/.test(t.norm) && toks[i + 1]?.norm === 'to' && i + 2 === v) {
        const subject = toks.slice(Math.max(0, i - 4), i).findIndex((x) => DUMMY_SUBJECT.has(x.norm));
        const from = Math.max(0, i - 4) + subject;
        if (subject !== -1 && toks.slice(from + 1, i).every((x) => x.implicit || COPULA_WORDS.has(x.norm) || x.tags.has('Copula') || x.tags.has('Adverb') || x.tags.has('Modal') || x.norm === 'be')) {
          return { who: 'customer', directive: 'strong', start: toks[from]!.start, conditional: false };
        }
      }
      // "For refund questions please head to…": "please" opens an imperative whatever came before it in the clause.
      const next = toks[i + 1];
      if (next && (next.norm === 'please' || next.norm === 'kindly') && !negated) {
        const lead = toks.find((x) => !x.implicit)?.norm ?? '';
        return { who: 'customer', directive: 'strong', start: next.start, conditional: lead === 'if' || lead === 'should' || lead === 'unless' };
      }
      // "It's best to ring the store", "it would be better to speak to your GP": impersonal advice.
      if (advice && !negated && DUMMY_SUBJECT.has(t.norm)) return { who: 'customer', directive: 'strong', start: t.start, conditional: false };
      // "The quickest way to sort this is to call your bank", "your only option is to…": advice before "is to".
      if (copulaTo && !negated) {
        const head = adviceHead(toks, i);
        if (head !== undefined) return { who: 'customer', directive: 'strong', start: head, conditional: false };
      }
      // "For refunds visit a branch": a topic, then the imperative, with no comma between.
      let lead = i;
      while (lead > 0 && !endsClause(toks[lead - 1]!)) lead--;
      while (toks[lead] && toks[lead]!.implicit) lead++;
      if (!negated && imperativeAfterTopic(toks, lead) === v) return { who: 'customer', directive: 'strong', start: toks[lead]!.start, conditional: false };
      return { who: 'other' };
    }
    if (STRONG_MODAL.has(t.norm)) strong = true;
    else if (MODAL_DIRECTIVE.has(t.norm)) soft = true;
    if (IMPERSONAL_ADVICE.has(t.norm)) advice = true;
    if (COPULA_WORDS.has(t.norm) && (toks[i + 1]?.norm === 'to' || i === v - 1)) copulaTo = true;
    if (!t.implicit) start = t.start;
  }
  if (negated) return { who: 'other' };
  // Reached the start of the clause with no subject: an imperative ("Contact the courier directly").
  const prev = i >= 0 ? toks[i] : undefined;
  let conditional = false;
  if (prev) {
    // "If the pain gets worse tonight, call our out-of-hours line": an imperative after a condition.
    const clauseStart = toks.findIndex((t) => !t.implicit);
    const lead = toks[clauseStart]?.norm ?? '';
    conditional = lead === 'if' || lead === 'should' || (lead === 'in' && toks[clauseStart + 1]?.norm === 'case');
  }
  // Mid-sentence, only a plain verb is an imperative ("…, contact the courier"), not "…, booking confirmation".
  const vt = toks[v]!;
  if (prev && i === v - 1 && (vt.tags.has('Gerund') || !vt.tags.has('Verb'))) return { who: 'other' };
  const first = toks[i + 1]!;
  start = first.implicit ? toks[v]!.start : first.start;
  // "Pop into any branch if it's easier": an option left to the customer, which help of the agent's excuses.
  let k = v + 1;
  while (k < toks.length && !endsClause(toks[k - 1]!)) k++;
  const rest = toks.slice(v + 1, k).filter((t) => !t.implicit).map((t) => t.text.toLowerCase()).join(' ');
  if (!conditional && IF_EASIER.test(rest)) return { who: 'customer', directive: 'soft', start: Math.min(start, toks[v]!.start), conditional: true };
  return { who: 'customer', directive: 'strong', start: Math.min(start, toks[v]!.start), conditional };
}

/** "…if it's easier", "…if you'd rather": the customer's choice, not the way they are sent. */
const IF_EASIER = /\bif (?:it['’]s|it is|that['’]s|that is|its|thats) (?:easier|quicker|simpler|more convenient|handier)\b|\bif (?:you|u) (?:prefer|['’]d prefer|would prefer|['’]d rather|would rather)\b/;

/**
 * "The quickest way to sort this is to…", "your best bet is to…": looks left from `i` (the word before
 * "is to") through its clause for an advice head with a superlative or "only" in front; its start, or undefined.
 */
function adviceHead(toks: readonly Tok[], i: number): number | undefined {
  let sawHead = -1;
  for (let j = i; j >= 0 && j > i - 10; j--) {
    const t = toks[j]!;
    if (j < i && endsClause(t)) break;
    if (NEGATIVE.has(t.norm) || SUBJECT_PRONOUN.has(t.norm) && t.norm !== 'this' && t.norm !== 'that' && t.norm !== 'it') return undefined;
    if (ADVICE_HEADS.has(t.norm)) sawHead = j;
    else if (sawHead !== -1 && (IMPERSONAL_ADVICE.has(t.norm) || ['only', 'first', 'next', 'right', 'good'].includes(t.norm))) {
      let k = j;
      while (k - 1 >= 0 && !endsClause(toks[k - 1]!) && ['the', 'your', 'a', 'an', 'our'].includes(toks[k - 1]!.norm)) k--;
      return toks[k]!.start;
    }
  }
  return undefined;
}

/** "I'd recommend contacting…", "we'd ask that you call…", "the quickest way is to email…": the customer is told. */
function advised(toks: readonly Tok[], a: number, depth: number): Actor | undefined {
  // "I've asked our team to call you" has a noun between; "ask" + "you" / "-ing" / "to" reaches here only when adjacent.
  let i = a - 1;
  let start = toks[a]!.start;
  for (; i >= 0; i--) {
    const t = toks[i]!;
    if (endsClause(t)) break;
    if (NEGATIVE.has(t.norm)) return { who: 'other' };
    if (['i', 'we', 'would', 'will', 'can', 'could', 'might', 'strongly', 'really', 'do', 'the', 'your', 'our', 'a', 'is', 'be', 'it', 'would', 'make', 'feel', 'also', 'just', 'only', 'good', 'best', 'easiest', 'quickest', 'fastest', 'next', 'simplest', 'better', 'more', 'have', 'you'].includes(t.norm)) {
      if (!t.implicit) start = t.start;
      continue;
    }
    break;
  }
  if (depth > 3) return undefined;
  return { who: 'customer', directive: 'strong', start, conditional: false };
}

const isNpWord = (t: Tok) =>
  !t.implicit &&
  (NP_TAGS.some((tag) => t.tags.has(tag)) || /^[A-Z]{2,}$/.test(t.text) || /['’]s$/.test(t.text)) &&
  !(t.tags.has('Pronoun') && !t.tags.has('Possessive') && !/^[A-Z]{2,}$/.test(t.text)) &&
  !(t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('ProperNoun'));

/** Extends a noun phrase left from token `h` over determiners, adjectives and nouns: "the app store's support team". */
function npStart(toks: readonly Tok[], h: number, floor: number): number {
  let i = h;
  while (i - 1 > floor) {
    const p = toks[i - 1]!;
    if (p.implicit && i - 2 > floor && /['’]s$/.test(toks[i - 2]!.text)) { i -= 1; continue; }
    // "our billing line", "the booking team": a gerund between a determiner and the head names the kind.
    const modifier = p.tags.has('Gerund') && i - 2 > floor && /^(?:your|their|our|my|its|the|a|an)$/.test(toks[i - 2]!.norm);
    if (endsClause(p) || !isNpWord(p) && !modifier && !['your', 'their', 'our', 'my', 'its'].includes(p.norm)) break;
    i--;
  }
  while (toks[i]?.implicit) i++;
  return i;
}

/** Extends a noun phrase right from token `h` to its head noun: "the Spanish" → "the Spanish network provider". */
function npEnd(toks: readonly Tok[], h: number, covered: (t: Tok) => boolean, limit: number): number {
  let i = h;
  for (;;) {
    const cur = toks[i]!;
    if (endsClause(cur) || (cur.tags.has('Pronoun') && !cur.tags.has('Possessive'))) return i;
    let j = i + 1;
    while (toks[j]?.implicit) j++;
    const nx = toks[j];
    if (!nx || j > limit) return i;
    if (toks[j - 1]!.implicit && !/['’]s$/.test(cur.text)) return i;
    // "…to the police first": an ordinal after the head is an adverb of time, not part of the noun phrase.
    const nounish = isNpWord(nx) && !nx.tags.has('Determiner') && !nx.tags.has('Adjective') && !nx.tags.has('Ordinal') && !['there', 'here', 'today', 'now', 'too'].includes(nx.norm);
    // "…with your bank they can reverse it": a pronoun starts the next clause, whatever the lists cover.
    if (!(nounish || covered(nx)) || nx.tags.has('Gerund') || (nx.tags.has('Pronoun') && !nx.tags.has('Possessive'))) return i;
    i = j;
  }
}

type Span = { start: number; end: number };

interface Target {
  kind: 'party' | 'place' | 'resource';
  end: number;
  party?: string;
  ours: boolean;
}

interface Lists {
  elsewhere: PhraseMatcher;
  places: PhraseMatcher;
  resources: PhraseMatcher;
  us: PhraseMatcher;
}

/** What the verb at `v` (its phrase ending before token `after`) sends the customer to, within its clause. */
function target(sentence: Sentence, toks: readonly Tok[], v: number, after: number, strongVerb: boolean, lists: Lists, strongDirective = false): Target | undefined {
  const rel = (s: Span) => ({ start: s.start - sentence.start, end: s.end - sentence.start });
  const parties = lists.elsewhere.find(sentence).map(rel);
  const places = lists.places.find(sentence).map(rel);
  const resources = lists.resources.find(sentence).map(rel);
  const us = lists.us.find(sentence).map(rel);
  const within = (spans: Span[], t: Tok) => spans.some((s) => s.start <= t.start && s.end >= t.end);
  const covered = (t: Tok) => within(parties, t) || within(places, t) || within(resources, t);
  // The window: from the verb to the end of its clause, at most 15 words.
  let last = v;
  for (let i = v; i < toks.length && i < v + 16; i++) {
    const t = toks[i]!;
    // Inside the matched phrase ("send the photos (if you have them) directly to") nothing ends the window.
    if (i > v && i >= after && WINDOW_STOP.has(t.norm)) break;
    if (i > v && i >= after && (t.norm === 'and' || t.norm === 'or') && toks[i + 1] && SUBJECT_PRONOUN.has(toks[i + 1]!.norm)) break;
    last = i;
    if (i >= after - 1 && HARD_BOUNDARY.test(t.post)) break;
    // A comma ends the clause unless a list goes on ("your boarding passes, booking confirmation and proof…").
    const nx = toks[i + 1];
    if (i >= after && /,/.test(t.post) && i > v + 1 && !(nx && (nx.tags.has('Noun') || nx.tags.has('Gerund') || nx.tags.has('Adjective')) && !nx.tags.has('Pronoun'))) break;
  }
  const winStart = toks[v]!.end;
  const winEnd = toks[last]!.end;
  // A menu path, in the window or in brackets right after it ("…in Steam (Library > Properties)"), is a product's UI.
  const bracket = /^\s*\(([^)]*)\)/.exec(sentence.text.slice(winEnd));
  const uiPath = /[>›]/.test(sentence.text.slice(winStart, winEnd)) || (!!bracket && /[>›]/.test(bracket[1]!));
  const isUs = (s: number, e: number) => us.some((u) => u.start <= s && u.end >= e);
  // Addresses and numbers only, not the words for them ("your uni email", "give us a call").
  const addresses = clausesOf(sentence).flatMap((c) => c.channels).filter((c) => c.kind === 'link' || (c.kind === 'email' && sentence.text.slice(c.start, c.end).includes('@')) || isNumber(sentence, c));
  const hits: Target[] = [];
  const seenHeads = new Set<number>();
  // "send the receipts, photos and serial number directly to them": after a phrase that ends in its preposition,
  // the words before it are what is sent, not who it goes to ("give your bank a call" keeps its party inside).
  const lastOfPhrase = toks[after - 1];
  const first = after - 1 > v && lastOfPhrase && PREPOSITIONS.has(lastOfPhrase.norm) ? after : v + 1;
  // "drop accounts an email", "give billing a ring": whoever stands between the verb and "a call" gets it, a team
  // named by its work as much as one the lists know.
  const given = GIVE_A.test(toks[v]!.norm) ? toks.findIndex((t, k) => k > v + 1 && k < after && /^(?:a|an)$/.test(t.norm)) : -1;
  const recipients = given === -1 ? [] : toks.slice(v + 1, given);
  if (recipients.length > 0 && recipients.length <= 3 && recipients.every((t) => !t.implicit && /^[\w'’&-]+$/.test(t.text) && (!t.tags.has('Pronoun') || t.tags.has('Possessive'))) && !isUs(recipients[0]!.start, recipients[recipients.length - 1]!.end)) {
    const party = sentence.text.slice(recipients[0]!.start, recipients[recipients.length - 1]!.end);
    return { kind: 'party', end: recipients[recipients.length - 1]!.end, party, ours: /^our\b/i.test(party) };
  }
  for (let i = first; i <= last; i++) {
    const t = toks[i]!;
    if (t.implicit) continue;
    const word = t.text.replace(/[.,;:!?)]+$/, '');
    // Addresses, links and numbers as the clause layer reads them ("0800 555 0199", "call 105").
    const ch = addresses.find((a) => a.start === t.start);
    if (ch) {
      hits.push(ch.kind === 'link' ? { kind: 'resource', end: ch.end, ours: true } : { kind: 'party', end: ch.end, ours: false });
      while (toks[i + 1] && toks[i + 1]!.start < ch.end) i++;
      continue;
    }
    // "Text SAVE to 60060": a short code to text, which the clause layer leaves out as no line to a person.
    if (/^\d{5,6}$/.test(word) && toks[i - 1]?.norm === 'to' && toks[v]!.norm === 'text') {
      hits.push({ kind: 'party', end: t.start + word.length, ours: false });
      continue;
    }
    // "…are handled by Apple, so you'll need to request a refund there": "there" points back at the party named before.
    if (t.norm === 'there' && strongDirective && !t.tags.has('Verb')) {
      const before = [...parties, ...places].filter((p) => p.end <= toks[v]!.start && !isUs(p.start, p.end));
      const named = toks.some((p, k) => k < v && !p.implicit && p.tags.has('ProperNoun') && ['by', 'through', 'via', 'from', 'with'].includes(toks[k - 1]?.norm ?? ''));
      if (before.length > 0 || named) hits.push({ kind: 'place', end: t.end, party: undefined, ours: false });
      continue;
    }
    // "whoever issued your card": the business named by what it did, to the end of the window.
    if (t.norm === 'whoever' && covered(t)) {
      const end = toks[last]!.start + toks[last]!.text.replace(/[.,;:!?)]+$/, '').length;
      hits.push({ kind: 'party', end, party: sentence.text.slice(t.start, end), ours: false });
      break;
    }
    const pronoun = t.norm === 'them' || t.norm === 'they';
    const proper = !uiPath && t.tags.has('ProperNoun') && !t.tags.has('Pronoun') && !/^[‘'"]/.test(t.text);
    if (!pronoun && !proper && !covered(t)) continue;
    // The whole noun phrase around the word, classified by its head: "bank statements" is no bank.
    const head = pronoun ? i : npEnd(toks, i, covered, last);
    if (seenHeads.has(head)) continue;
    seenHeads.add(head);
    const ns = pronoun ? i : npStart(toks, i, v);
    const h = toks[head]!;
    const start = toks[ns]!.start;
    const end = h.end;
    const phrase = sentence.text.slice(start, end);
    if (isUs(start, end) || isUs(h.start, h.end)) continue;
    const prep = toks[ns - 1];
    const afterPrep = prep !== undefined && PREPOSITIONS.has(prep.norm);
    if (pronoun) {
      // "forward them the correction": a bare "them" counts after a contact verb or a preposition.
      if (strongVerb || afterPrep) hits.push({ kind: 'party', end, party: phrase, ours: false });
      continue;
    }
    const foreign = /^(their|its)\b/i.test(phrase) || /^(?!(?:our|your|the|this|these)\s+[^'’]*$)\S+[^'’]*['’]s\b/i.test(phrase);
    const ours = /^our\b/i.test(phrase);
    if (within(resources, h)) hits.push({ kind: foreign ? 'place' : 'resource', end, party: phrase, ours: !foreign });
    else if (within(places, h)) hits.push({ kind: 'place', end, party: phrase, ours });
    else if (within(parties, h)) hits.push({ kind: 'party', end, party: phrase, ours });
    else if (h.tags.has('ProperNoun') && (strongVerb && ns === after || afterPrep)) hits.push({ kind: 'party', end, party: phrase.replace(/['’]s$/, ''), ours: false });
    i = Math.max(i, head);
  }
  if (hits.length === 0) return undefined;
  // The nearest someone or somewhere names where the customer is sent; a resource counts only alone.
  hits.sort((a, b) => a.end - b.end);
  return hits.find((x) => x.kind === 'party' || x.kind === 'place') ?? hits[0];
}

/** Verbs that give someone "a call", "a line", "an email". */
const GIVE_A = /^(?:give|giving|drop|dropping|shoot|shooting|flick|flicking|pop|popping)$/;

/** The customer's own people: neighbours, household, family. */
const AROUND_THEM = /^(?:neighbou?rs?|household|housemates?|flatmates?|roommates?|family|wife|husband|kids|children|parents|friends?)$/;

/** "contact the event organiser": after a verb that always takes someone, its object is the party. */
function anyoneAfter(sentence: Sentence, toks: readonly Tok[], after: number, lists: Lists): Target | undefined {
  const t = toks[after];
  if (!t || !isNpWord(t) || t.tags.has('Pronoun') && !t.tags.has('Possessive')) return undefined;
  if (['anyone', 'anybody', 'nobody', 'someone', 'somebody', 'each', 'other', 'one'].includes(t.norm)) return undefined;
  const head = npEnd(toks, after, () => false, after + 6);
  const h = toks[head]!;
  if (!h.tags.has('Noun') && !h.tags.has('ProperNoun')) return undefined;
  // "check with your neighbours": people around the customer, asked where a parcel went, take nothing over.
  if (AROUND_THEM.test(h.norm)) return undefined;
  const us = lists.us.find(sentence).map((s) => ({ start: s.start - sentence.start, end: s.end - sentence.start }));
  if (us.some((u) => u.start <= t.start && u.end >= h.end)) return undefined;
  const party = sentence.text.slice(t.start, h.end);
  return { kind: 'party', end: h.end, party, ours: /^our\b/i.test(party) };
}

/** How the replacement joins the words before it in the sentence. */
function joinFor(sentence: Sentence, toks: readonly Tok[], rel: number): { from: number; join: '' | 'so ' } {
  const prefix = sentence.text.slice(0, rel);
  if (prefix.trim() === '') return { from: 0, join: '' };
  // "Sorry, …", "So sorry, but …": the apology stays (it costs nothing and the customer is owed it); a "but" after
  // it goes with the clause it introduced.
  const apology = /^\s*(?:(?:i'?m |i am )?(?:so |really |very )?sorry|apologies)\b[\s,]*(?=(?:but\s*)?$)/i.exec(prefix);
  if (apology) return { from: apology[0].length, join: '' };
  // "I'm afraid …", "Unfortunately, …": softeners that go with the clause they soften.
  if (/^\s*(i'?m afraid|i am afraid|unfortunately|sadly|regrettably|sorry|i'?m sorry|apologies)\b[\s,]*(but\s*)?(that\s*)?$/i.test(prefix)) return { from: 0, join: '' };
  // "This is something you'd need to…": the frame goes with the clause it frames.
  if (/^\s*(?:this|that|it)(?:'s|’s| is| would be|'d be)\s+(?:something|one(?: thing)?|a (?:thing|matter|question))\s*(?:that\s*)?$/i.test(prefix)) return { from: 0, join: '' };
  // "…our fitting partner, who you can ring on…": the relative pronoun goes with the clause it opens.
  const relative = /,\s*(?:who|whom|which)\s*$/i.exec(prefix);
  if (relative) return { from: relative.index + relative[0].search(/\w/), join: 'so ' };
  const trimmed = prefix.trimEnd();
  const lastWord = /(\w+)$/.exec(trimmed)?.[1]?.toLowerCase() ?? '';
  if (['so', 'and', 'but', 'then', 'therefore', 'instead'].includes(lastWord)) return { from: rel, join: '' };
  const hasVerb = toks.some((t) => t.end <= rel && t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Infinitive') || (t.end <= rel && (t.tags.has('Copula') || t.tags.has('Auxiliary'))));
  // "For the instalments, …" keeps its lead-in; "Sorry, …" or "Unfortunately …" is replaced with the clause.
  if (!hasVerb) return /^\s*(for|to|with|on|in|regarding|as for|about)\b/i.test(prefix) && /,\s*$/.test(prefix) ? { from: rel, join: '' } : { from: 0, join: '' };
  if (/[;:\u2014\u2013]\s*$|\s-\s*$/.test(prefix)) return { from: rel, join: '' };
  if (LEAD_SUBORDINATORS.test(prefix.trimStart())) return { from: rel, join: '' };
  if (/,\s*$/.test(prefix)) return { from: rel, join: 'so ' };
  return { from: rel, join: '' };
}

/** Verbs of getting in touch: to another channel, they send the customer to start again. */
const REACH = new Set(['reach', 'contact', 'call', 'ring', 'phone', 'chat', 'write', 'email', 'send', 'provide', 'tell', 'submit', 'fill', 'get', 'speak', 'talk', 'share', 'give', 'report', 'book', 'file', 'lodge', 'raise', 'follow', 'connect', 'available', 'hop', 'jump', 'schedule', 'message', 'text']);
/** Sending word in from the product's own menus: a report or message someone else picks up. */
const REPORT_IN_APP = new Set(['submit', 'report', 'send', 'raise', 'file', 'log', 'lodge', 'contact', 'message', 'chat']);
/** Things the customer is sent to do themselves on a page: with a link, they are left to self-serve. */
const SELF_SERVE = new Set(['pop', 'put', 'enter', 'check', 'cancel', 'manage', 'click', 'visit', 'use', 'go', 'head', 'return', 'request', 'apply', 'suggest', 'vote', 'cast', 'canceling', 'cancelling', 'start', 'update', 'change', 'reset', 'download', 'log', 'sign', 'see', 'track', 'find', 'follow', 'open', 'complete', 'review', 'read', 'claim', 'book', 'rebook', 'reschedule', 'reorder']);
const OFF_CHANNELS = new Set(['link', 'phone', 'email', 'chat', 'web', 'place', 'handle']);
/** Channels where someone new picks the problem up: offered even as an option, they still send the customer away. */
const PICKED_UP_ELSEWHERE = new Set(['phone', 'chat', 'link', 'email', 'handle']);
/** Other people said to take the matter up: "they look after refunds", "they can sort that". */
const THEY_HANDLE = /^\W*(?:and\s+)?they(?:'re| are)?\s+(?:(?:can|will|'ll)\s+)?(?:look after|handle|deal with|manage|take care of|cover|sort|help|are responsible for|'re responsible for|specialis|specializ)/i;
/** People said to be at another channel: "they're at accounts@…", "our billing team are on @ShopBilling". */
const PEOPLE_AT = /^\W*(?:and\s+)?(?:they|(?:the|our|that|this)\s+(?:\w+\s+)?(?:team|department|desk|specialists|colleagues|folks|people))\s*(?:'re|are|is|'s)\s+(?:at|on)\b/i;
/** Verbs that point the customer at another account ("try our colleagues at @ShopHelp", "tweet @RailHelp"). */
const TO_HANDLE = new Set(['try', 'tweet', 'ask', 'message', 'follow', 'ping', 'pop', 'drop', 'send', 'shoot', 'head', 'go']);
/** Verbs that move the customer in body to a place ("bring it in person", "pop into a branch"). */
const GO_IN_PERSON = new Set(['go', 'visit', 'bring', 'take', 'return', 'pop', 'head', 'come', 'drop', 'call']);
/** "Email me at…", "message me through this link": the agent personally keeps it. */
const TO_ME = /\b(?:to|with|at|email|call|message|dm) me\b/i;
/** Where a clause's words start, past leading punctuation. */
const firstWordAt = (c: Clause) => c.words.find((w) => !w.implicit && !/^\W*$/.test(w.text))?.start ?? c.start;
/** Waiting for a party to act: "wait two working days for the seller to reply", "wait for your bank to refund it". */
const WAIT_ON_PARTY = /\b(?:allow|wait(?: for)?|give)\b[^.!?,;]{0,25}?\bfor ((?:the|your|their) [\w' -]{2,30}?) to (?:respond|reply|get back|answer|process|refund|review|resolve|reach out|contact you|look into|investigate|release|return)\b/i;
/** Words for another business or party the customer can be asked whether they contacted ("have you spoken with your bank?"). */
const OUTSIDE_PARTY = /\b(?:bank|card issuer|seller|retailer|store|shop|carrier|courier|post office|usps|ups|fedex|dhl|royal mail|airline|insurer|provider|landlord|manufacturer|developer|publisher|police|gp|doctor)\b/i;

/**
 * A clause that tells the customer to go to another channel (a link, form, phone line, chat, store) or to
 * self-serve on a page, or asks whether they took it up with another business: the clause layer's reading.
 */
function channelUnit(sentence: Sentence, toks: readonly Tok[], c: Clause, after: readonly Clause[], before?: Clause): Unit | undefined {
  if (c.channels.some((ch) => ch.kind === 'thread')) {
    // A DM stays with us, unless it goes to another account whose people, "they", handle the matter: "DM @ShopRefunds,
    // they look after refunds".
    const next = after[0] && sentence.text.slice(after[0].start, after[0].end);
    if (c.directive !== 'told' || !next || !c.channels.some((ch) => ch.kind === 'handle') || !THEY_HANDLE.test(next)) return undefined;
    // From the request itself: "…so please DM @X" keeps "so please" before the new words.
    const start = c.verb?.start ?? firstWordAt(c);
    return { kind: 'channel', start, end: c.end, ours: false, conditional: false, soft: false, ...joinFor(sentence, toks, start) };
  }
  // "We'd love to dig into this with you at: <link>": help offered, but on another channel.
  if (c.byUs && c.channels.some((ch) => ch.kind === 'link') && /\b(?:happy|glad|like|love|want)\s+to\s+(?:look|help|assist|take a (?:closer )?look|dig)\b[^:]*\bwith you\b/i.test(sentence.text.slice(c.start, c.end))) {
    const start = firstWordAt(c);
    return { kind: 'channel', start, end: c.end, ours: true, conditional: false, soft: false, ...joinFor(sentence, toks, start) };
  }
  if (c.directive === 'none' && !c.negated) {
    // "…handled by a specialist team – 0800 121 4444, open 24/7": a line or address that opens the next clause is given for this one.
    const next = after[0];
    const given = next ? next.channels.filter((ch) => ch.start === firstWordAt(next) && ch.kind !== 'thread' && ch.kind !== 'menu') : [];
    return statedElsewhere(sentence, toks, c, after.some((a) => a.channels.some((ch) => ch.kind === 'link')), given);
  }
  if (c.directive === 'none' || c.negated || !c.verb) return undefined;
  // A gerund the tagger took for a noun ("worth double checking there") has no root of its own: its stem is the verb.
  const stem = c.verb.root.replace(/^(cancell?)ing$/, 'cancel');
  const root = c.verb.tags.has('Verb') || !/ing$/.test(stem) ? stem : stem.replace(/(\w)\1ing$/, '$1').replace(/ing$/, '');
  if (c.directive === 'offered') return offeredUnit(sentence, toks, c, root);
  const clauseText = sentence.text.slice(c.start, c.end);
  const end = c.end;
  const start = firstWordAt(c);
  const { from, join } = joinFor(sentence, toks, start);
  if (c.directive === 'asked') {
    // "Have you tried contacting the manufacturer?": the getting in touch is in what was tried.
    const reach = REACH.has(root) || (root === 'try' && /\btr(?:y|ied|ying)\s+(?:contact|call|reach|ring|phon|email|speak|talk|get(?:ting)? in touch|writ)/i.test(clauseText));
    if (!reach || /\bour\b/i.test(clauseText) || !OUTSIDE_PARTY.test(clauseText)) return undefined;
    const party = OUTSIDE_PARTY.exec(clauseText)![0];
    return { kind: 'party', start, end, party: /^(?:bank|card issuer|seller|retailer|store|shop|carrier|courier|airline|insurer|provider|landlord|manufacturer|developer|publisher|gp|doctor)$/i.test(party) ? `your ${party.toLowerCase()}` : party, ours: false, conditional: false, soft: false, from, join };
  }
  let off = c.channels.filter((ch) => OFF_CHANNELS.has(ch.kind));
  // "Please write to us so we can take a look: <link>": the link closes the purpose clause after it.
  if (off.length === 0 && REACH.has(root)) {
    const next = after.find((a) => a.byUs || a.directive === 'none');
    if (next && next === after[0] && !next.channels.some((ch) => ch.kind === 'thread')) off = next.channels.filter((ch) => ch.kind === 'link');
  }
  // "You'll need to file a claim for the missing item": a claim flow the customer starts, wherever it is.
  if (off.length === 0 && CLAIM_VERBS.has(root) && CLAIM.test(clauseText) && !TO_ME.test(clauseText)) return { kind: 'resource', start, end, ours: true, conditional: false, soft: false, needsAsk: true, from, join };
  // "Please submit a bug report via Settings > Help": a report sent from the product's menus, for someone new to pick
  // up (not steps to follow there: "go to Settings > Alerts and turn them on" is the answer itself).
  if (off.length === 0 && REPORT_IN_APP.has(root) && c.channels.some((ch) => ch.kind === 'menu') && !TO_ME.test(clauseText)) return { kind: 'resource', start, end, ours: true, conditional: false, soft: false, needsAsk: true, from, join };
  // "Tap 'Report a problem' and choose 'Missing item'", "…has a 'Get help' button, tap that": a report or claim flow
  // in the product's screens, for someone new to pick up (not "tap 'Restore purchases'", the answer itself).
  if (UI_PRESS.test(root) && !TO_ME.test(clauseText) && quotedLabels(sentence.text.slice(0, c.end)).some((l) => REPORT_LABEL.test(l))) return { kind: 'resource', start, end, ours: true, conditional: false, soft: false, needsAsk: true, from, join };
  // "…in your account, under Wallet > Credits – worth double checking there first": "there" is the place just named.
  if (off.length === 0 && SELF_SERVE.has(root) && before && /\bthere\b/i.test(clauseText) && !TO_ME.test(clauseText) && before.channels.some((ch) => ch.kind === 'menu' || ch.kind === 'link' || ch.kind === 'web')) {
    return { kind: 'resource', start, end, ours: true, conditional: false, soft: false, needsAsk: true, from, join };
  }
  if (off.length === 0) return undefined;
  if (off.some((ch) => ch.kind === 'handle') && TO_HANDLE.has(root)) return { kind: 'channel', start, end, ours: false, conditional: false, soft: false, from, join };
  // "You'll need to bring it in person", "please pop into a branch in person".
  if (off.some((ch) => ch.kind === 'place' && /person|face|store/i.test(clauseText.slice(ch.start - c.start, ch.end - c.start))) && GO_IN_PERSON.has(root)) {
    return { kind: 'place', start, end, ours: false, conditional: false, soft: false, from, join };
  }
  // "Please reach us here: <link>", "send us a note via <link>", "ring or chat in with us", "provide details here: <link>".
  if (REACH.has(root) && !(root === 'follow' && !/\bfollow (?:up|this link|the link)\b/i.test(clauseText))) {
    if (TO_ME.test(clauseText)) return undefined;
    return { kind: 'channel', start, end, ours: true, conditional: false, soft: false, from, join };
  }
  // "Please use live chat on our site": someone new picks it up there.
  if (root === 'use' && off.some((ch) => ch.kind === 'chat' || ch.kind === 'phone' || ch.kind === 'email')) return { kind: 'channel', start, end, ours: true, conditional: false, soft: false, from, join };
  if (SELF_SERVE.has(root) || c.verb.tags.has('Gerund')) {
    // "It's worth signing up for stock alerts on the product page": news that comes to the customer, not an errand.
    if (c.informational || /\b(?:sign(?:ing)? up|subscrib(?:e|ing)) (?:for|to)\b[^.;]*\b(?:alerts?|notifications?|newsletters?)\b|\bnotify me\b/i.test(clauseText)) return undefined;
    if (!off.some((ch) => ch.kind === 'link' || ch.kind === 'web')) return undefined;
    return { kind: 'resource', start, end, ours: true, conditional: false, soft: false, needsAsk: true, from, join };
  }
  return undefined;
}

const UI_PRESS = /^(?:tap|click|press|hit|select|choose|use)$/;

/** A button or menu item that names a report, a claim or a way to reach people (not "Return item": the return itself). */
const REPORT_LABEL = /\b(?:report|claim|complain|complaint|problem|issue|contact|help|support|chat)\b/i;

/** The labels quoted in a text: 'Report a problem', “Get help” (not the apostrophe of "it's"). */
const quotedLabels = (text: string): string[] => [...text.matchAll(/(?:^|[\s(])['‘"“]([^'’"”\n]{2,40})['’"”](?=$|[\s.,;:!?)])/g)].map((m) => m[1]!);

/** After a business named as doing it, words that point the customer to them: "they…", "their number", "refund details", an address. */
const POINTER_AFTER = /\b(?:they|them|their|its)\b|\b(?:refund|contact|claim|claims|support|complaints?) (?:details|number|info|form|line|page)\b|@\w|https?:|\b\w+\.(?:com|co|org|net|example|app|help)\b|\b0\d{3}\s?\d{3}/i;

/** After an offered errand, what the customer can then do there themselves: "…you can download any receipt". */
const SERVE_AFTER = /^(?:[^.;!?]|[.](?=\S))*?\b(?:you|u)(?:['’]ll| will)? (?:can|could|be able to) (?:also |easily |then )?(\w+)/i;

/** A way to serve themselves said to exist: "there's a form for that", "we have a dedicated page for…". */
const SERVE_YOURSELF = /\b(?:there(?:['’]s| is| are)|we(?:['’]ve| have)(?: got)?)\s+(?:a|an)\s+(?:(?:dedicated|separate|special|online|quick|short|simple)\s+)?(?:form|page|option|button|tool|portal|section)\s+(?:for\b|where you can\b|to (?:request|claim|report|change|update|cancel)\b)(?:[^.;!?]|[.?!](?=\S))*/i;

/** The agent sending the customer on: "I'd point you towards…", "let me direct you to…". */
const POINT_YOU = /\b(?:point|pointing|direct|directing|refer|referring|signpost|signposting)\s+(?:you|u)\s+(?:to|towards|toward|over to|in the direction of)\b/gi;

/** A phone channel written as a number ("0800 555 0199"), not a word for one ("give us a call"). */
const isNumber = (sentence: Sentence, ch: Channel) => ch.kind === 'phone' && /\d/.test(sentence.text.slice(ch.start, ch.end));
/** "Any time" or "whenever" with no real condition beside it: when the customer may, not whether. */
const anyTimeOnly = (text: string) => /\b(?:any ?time|whenever)\b/i.test(text) && !/\b(?:if|unless|in case|once|when)\b/i.test(text);
/** Modals that offer the customer an option: "you can…", "you could…", "you may…". */
const OPTION_MODAL = /^(?:can|could|may|might)$/;
/** Opening a claim, dispute or case: "raise a claim", "file a dispute". */
const CLAIM_VERBS = new Set(['raise', 'file', 'lodge', 'submit', 'open', 'start', 'make', 'log', 'leave', 'claim']);
/** The flows a claim verb opens: "a claim", "a dispute", "a case", "a complaint", "a return request". */
const CLAIM = /\b(?:claim|dispute|case|complaint|return request)s?\b|\b(?:a|the|your) return\b/i;
/** Getting in touch with someone: offered on a line, chat or link, someone new picks the problem up. */
const OFFERED_CONTACT = new Set(['reach', 'contact', 'call', 'ring', 'phone', 'chat', 'write', 'email', 'speak', 'talk', 'message', 'get']);
/** "We call you", "your number", "on your phone": the number is the customer's, nobody sends them to it. */
const THEIR_NUMBER = /\b(?:(?:call|ring|phone|text|reach|contact)(?:ing)? you|(?<!\bfrom )your (?:number|phone|mobile))\b/i;
/** Self-serve said to be possible, with no one named to do it: "refunds can be requested yourself at <link>". */
const SELF_SERVE_PASSIVE = /\bcan (?:also |only |easily )?be (?:requested|done|made|arranged|managed|changed|tracked|cancell?ed|booked|started|submitted|left|given|raised|reported|logged|lodged|filed|sorted|processed|claimed|completed|updated|edited|amended|paused)\b|\bcan (?:also |easily )?be \w+ed (?:yourself|by you)\b/i;
const DONE_FOR_THEM = /\b(?:has|have|'s|had) been\b|\b(?:was|were) \w+ed\b/i;
/** People reached by a way of their own, not this thread: "our claims team can be contacted through the portal". */
const REACHED_PEOPLE = /\b(?:team|teams|mods|moderators|specialists?|experts?|agents?|advis[eo]rs?|colleagues|department|desk|staff)\s+(?:can|could|may) (?:also |only )?be (?:reached|contacted)\s+(?:via|at|on|through|by|using|in)\s+(?!(?:here|dm|dms|this|direct message|private message|us)\b)/i;
const BEST_REACHED = /\b(?:they(?:'re|’re| are)|(?:team|teams|department|colleagues|partner|partners|people) (?:are|is))\s+(?:best|quickest|easiest)\s+(?:reached|contacted)\b/i;
/** A place in the product that is the customer's own, or a form to fill: "in your account", "from the app", "via the survey". */
const IN_THEIR_ACCOUNT = /\b(?:in|from|via|through|under|on|using) (?:your|the) (?:[\w'-]+ ){0,2}(?:account|app|portal|dashboard|profile|settings|orders? page|account page)\b|\b(?:via|through|using|on|in) (?:the|our|your|this) (?:[\w'-]+ ){0,2}(?:survey|form|portal|website|site)\b/i;
/** Self-serve means stated to be on a page: "refund options are at <link>", "the form is here: <link>". */
const SELF_SERVE_AT = /\b(?:options?|forms?|steps|instructions|process|portal|tools?)\s+(?:is|are|can be found)\s+(?:available\s+)?(?:at|here|on|via|through|in)\b|\b(?:is|are) (?:super |really |very )?(?:easy|quick|simple) (?:to (?:do|arrange|make|sort) )?(?:in store|online|in the app|in-app|via|through|at)\b|\b(?:is|are) (?:done|made|handled|processed|arranged|requested|managed) (?:through|via|in|on|at) (?:our|the|your|\S+\.[a-z]{2,}\S*)/i;
/** A team of ours said to be best reached on another channel: "our delivery team are best on live chat at <link>". */
const BEST_ON = /\b(?:best|quickest|fastest|easiest)\s+(?:reached\s+|contacted\s+)?(?:on|via|through|at|by)\b/i;
/**
 * Who handles a kind of matter, said as a fact ("billing queries are dealt with by our accounts team at <email>",
 * "this one is best handled by our tech crew at @Handle"): with their contact in the clause, the customer goes there.
 */
const HANDLED_BY = /\b(?:is|are|'s|'re|best|usually|normally|generally)\s+(?:best\s+)?(?:handled|dealt with|looked after|managed|answered|covered|taken care of|done|carried out|provided|run|operated)\s+(?:by|through|via)\b/i;
/** Something that has to be done, by whom unsaid: "a new box needs to be ordered through the app". */
const MUST_BE_DONE = /\b(?:needs? to|has to|have to|must|should) be (?:\w+ed|done|made|sent|paid)\b|\b(?:needs?|['’]d need|would need|will need) (?:changing|updating|doing|sorting|cancelling|canceling|amending|resetting|requesting|booking|arranging|reporting)\b/i;
/** …unless it is done by us: "…needs to be approved by our team". */
const BY_US = /\bby (?:us|me|our|my)\b/i;
/** The same said of the matter's route: "game issues go through our ticket system: <link>". */
const GOES_THROUGH = /\b(?:go|goes|run|runs|(?:need|needs|have|has) to go|must go|should go|(?:is|are) routed)\s+(?:through|via)\b|\b(?:go|goes|(?:is|are) (?:sent|passed|routed))\s+to\s+(?:our|the)\b/i;
/** The way to go named as a fact: "the quickest route is…", "your best option would be…". */
const ADVISED_WAY = /\b(?:the|your)\s+(?:best|quickest|fastest|easiest|simplest|only)\s+(?:way|route|option|place|bet)\b[^.;]*?\b(?:is|would be|'s)\b/i;
/** "…is probably your best bet", "…would be the quickest route": said after the channel it recommends. */
const BEST_BET = /\b(?:is|are|'s|’s|would be|will be|might be)\s+(?:\w+ly\s+)?(?:your|the)\s+(?:(?:best|quickest|fastest|easiest|simplest|only|first)\s+(?:bet|option|route|way|place|port of call|choice)\b|place(?: to (?:go|start|ask|request|report|claim|complain|appeal|raise (?:it|this|that)|get help))?\s*[.!]?\s*$)/i;
/** Another's page said to hold the answer: "the courier's site will show…", "their app has the latest". */
const THEIR_PAGE = /^\W*(?:(?:the|your)\s+)?(?:(\w+)['’]s|(their|its))\s+(?:own\s+)?(?:online\s+|live\s+|tracking\s+)?(?:site|website|web page|page|app|portal|tracker|tracking page|tracking)\s+(?:will\s+|should\s+|can\s+|would\s+)?(?:show|shows|have|has|list|lists|display|displays|tell|tells|give|gives|update|updates)\b/i;
/** …or of the people: "our Irish team can be found at @BrandIE". */
const REACHABLE = /\b(?:can|could|may) (?:also )?be (?:found|reached|contacted)\b/i;
/**
 * Help said to be had somewhere else, with no one sent there in words: "more help is available at <link>", "our
 * support team is on live chat at <link>", "the Help Centre has everything on bills: <link>".
 */
const HELP_THERE = /\b(?:help|support|assistance|team|specialists?|experts?|agents?|advis[eo]rs?|colleagues|care|centre|center|claims?|next step)\b/i;
/** Verbs that say where help is: "is available at", "has everything on", "can help at", "can dig into it at". */
const HELP_VERBS = new Set(['be', 'have', 'help', 'assist', 'support', 'sort', 'answer', 'look', 'dig', 'handle', 'deal', 'advise', 'guide', 'walk', 'take']);
/** "…will email you by noon": they come to the customer, nobody is sent. */
const COMES_TO_THEM = /\b(?:e-?mail|message|write to|text)(?:ing|s)? (?:you|u)\b/i;
/** People who pick it up there (a channel, not a page to read). */
const PEOPLE_THERE = /\b(?:team|specialists?|experts?|agents?|advis[eo]rs?|colleagues|care)\b/i;
/** The same said of someone by name: "our colleagues in Lost Property deal with these: <email>". */
const HANDLES = /\b(?:deal|deals) with (?:these|those|this|that|them|it|all|any|such)\b|\b(?:handle|handles|look after|looks after|take care of|takes care of|cover|covers)\s+(?:these|those|this|that|them|all|any|such)\b/i;

/**
 * Statements with nobody told that still send the customer away: a line to call ("our billing team can look
 * at that on 0345…", "they're on 0333…"), a team best reached on another channel ("…are best on live chat at
 * <link>"), self-serve means at a link in the sentence ("replacement options are at <link>", "swaps are done
 * through our returns portal, …: <link>"), or only the customer able to do it in the app ("slots can only be
 * changed by you in the app").
 */
function statedElsewhere(sentence: Sentence, toks: readonly Tok[], c: Clause, linkAfter: boolean, given: readonly Channel[] = []): Unit | undefined {
  // "…can be submitted any time through the app" sets no condition: it only says when the customer may.
  if ((c.conditional && !anyTimeOnly(sentence.text.slice(c.start, c.end))) || c.question || c.channels.some((ch) => ch.kind === 'thread')) return undefined;
  // Shorthand spelled out ("returns r done at…"): what the clause says, for the tests below (offsets use the text).
  const raw = sentence.text.slice(c.start, c.end);
  const clauseText = spellOut(raw);
  const start = firstWordAt(c);
  const at = { start, end: c.end, ours: true, conditional: false, soft: true, offered: true, ...joinFor(sentence, toks, start) };
  const number = c.channels.some((ch) => isNumber(sentence, ch));
  const ourWords = /^\W*(?:i|we)\b/i.test(clauseText);
  // "Thanks for the chat with our team today": gratitude for what happened, not a channel to go to.
  if (/^\W*(?:thanks|thank you|thx|cheers)\b/i.test(clauseText)) return undefined;
  if (number && !THEIR_NUMBER.test(clauseText) && !ourWords) return { kind: 'channel', ...at };
  // Where the clause says how the matter is handled or routed (read once: both readings below use it).
  const handled = HANDLED_BY.exec(clauseText)?.index ?? -1;
  const routed = GOES_THROUGH.exec(clauseText)?.index ?? -1;
  if ((BEST_ON.test(clauseText) || PEOPLE_AT.test(clauseText) || handled !== -1 || routed !== -1 || REACHABLE.test(clauseText) || HANDLES.test(clauseText)) && !ourWords && !THEIR_NUMBER.test(clauseText) && [...c.channels, ...given].some((ch) => PICKED_UP_ELSEWHERE.has(ch.kind))) return { kind: 'channel', ...at };
  // "The community mods can be reached via the report button", "they're best reached in the Nectar app": people said
  // to be reached some other way.
  if ((REACHED_PEOPLE.test(clauseText) || BEST_REACHED.test(clauseText)) && !ourWords && !THEIR_NUMBER.test(clauseText)) return { kind: 'channel', ...at };
  // "For furniture faults the quickest route is our aftercare portal: <link>": the way named is another channel, a
  // line, address, chat or page said after "is" (not "the best way to avoid phone scams is in this link").
  const advised = ADVISED_WAY.exec(clauseText);
  const doneAt = (ch: Channel) => PICKED_UP_ELSEWHERE.has(ch.kind) ? ch.kind !== 'link' : ch.kind === 'web' && /^(?:portal|form|site|website|app)$/i.test(sentence.text.slice(ch.start, ch.end));
  const named = advised ? c.channels.filter((ch) => ch.start - c.start >= advised.index + advised[0].length && doneAt(ch)) : [];
  if (named.length > 0 && !ourWords && !THEIR_NUMBER.test(clauseText)) {
    return named.some((ch) => ch.kind !== 'web') ? { kind: 'channel', ...at } : { kind: 'resource', ...at, needsAsk: true };
  }
  // "Google's support forum is probably your best bet": a channel named first, then said to be the way.
  const bet = BEST_BET.exec(clauseText);
  const betOn = bet ? c.channels.filter((ch) => OFF_CHANNELS.has(ch.kind) && ch.start - c.start < bet.index) : [];
  if (betOn.length > 0 && !ourWords && !THEIR_NUMBER.test(clauseText)) {
    return betOn.some((ch) => ch.kind !== 'web' && ch.kind !== 'link') ? { kind: 'channel', ...at } : { kind: 'resource', ...at, needsAsk: true };
  }
  // "The courier's site will show where it is: <link>": another business's page holds the answer, for the customer to look up.
  const theirPage = THEIR_PAGE.exec(clauseText);
  if (theirPage && !/^(?:our|my|today|tomorrow|yesterday|everyone|everybody)$/i.test(theirPage[1] ?? theirPage[2]!) && (linkAfter || c.channels.some((ch) => ch.kind === 'link'))) return { kind: 'resource', ...at, needsAsk: true };
  // Self-serve means at a link ("options are available at <link>", "refunds can be requested yourself at
  // <link>"), or a community forum where other customers, not us, answer: for a customer who reported trouble or asked.
  const selfServe = SELF_SERVE_AT.test(clauseText) || SELF_SERVE_PASSIVE.test(clauseText) || (/\b(?:forum|community)\b/i.test(clauseText) && !ourWords);
  if (selfServe && (linkAfter || c.channels.some((ch) => ch.kind === 'link'))) return { kind: 'resource', ...at, needsAsk: true };
  // "Seat changes are managed through Manage Booking on our site", "a new box needs to be ordered through the app,
  // Settings > Help": the way it is done, on a page or in the product's menus, is the customer's to take.
  // The page comes after the saying ("In-app purchases go through Google Play" names no page of ours).
  const way = Math.min(...[handled, routed, MUST_BE_DONE.exec(clauseText)?.index ?? -1, SELF_SERVE_AT.exec(clauseText)?.index ?? -1].map((i) => (i === -1 ? Infinity : i)));
  const onPage = c.channels.some((ch) => (ch.kind === 'web' || ch.kind === 'menu' || ch.kind === 'link') && ch.start - c.start > way);
  if (onPage && !ourWords && !BY_US.test(clauseText)) return { kind: 'resource', ...at, needsAsk: true };
  // Help said to be had elsewhere: only where help is now ("is", "has", "can help there"), not what someone is doing
  // or did ("our team is investigating and will post updates on <status page>", "…fixed it, details at <link>"),
  // not a stopgap beside a date ("…a fix ships Friday; the Help Centre has a workaround meanwhile").
  const whereHelpIs = (!c.verb || (HELP_VERBS.has(c.verb.root) && !c.verb.tags.has('PastTense') && !c.verb.tags.has('Participle'))) && !/\b(?:meanwhile|in the meantime|for now|until then)\b/i.test(clauseText);
  const there = c.channels.filter((ch) => PICKED_UP_ELSEWHERE.has(ch.kind));
  // Read in the words, not in the addresses ("…/help/sso" is no offer of help).
  const words = spellOut(c.channels.reduceRight((t, ch) => (ch.kind === 'link' || ch.kind === 'email' ? t.slice(0, ch.start - c.start) + t.slice(ch.end - c.start) : t), raw));
  const toThem = THEIR_NUMBER.test(clauseText) || COMES_TO_THEM.test(clauseText);
  // "…and the team will look: <link>": what follows an errand, not a pointer of its own.
  const follows = /^\W*(?:and|then|so)\b/i.test(clauseText);
  if (whereHelpIs && !follows && !ourWords && !c.informational && HELP_THERE.test(words) && !toThem && (there.length > 0 || linkAfter)) {
    const people = PEOPLE_THERE.test(words) || there.some((ch) => ch.kind !== 'link');
    return { kind: people ? 'channel' : 'resource', ...at, needsAsk: true, alone: true };
  }
  // "Slots can only be changed by you in the app": only the customer can, somewhere else; no link needed.
  // "Readings can be updated in your account under Meter > Submit": a path in the product for the customer to take.
  // Not after something done for them ("your new bill has been sent and can be downloaded…").
  const passive = SELF_SERVE_PASSIVE.test(clauseText) && !ourWords && !BY_US.test(clauseText) && !DONE_FOR_THEM.test(clauseText);
  if (passive && /\b(?:only|by you|yourself)\b/i.test(clauseText) && c.channels.some((ch) => ch.kind === 'web')) return { kind: 'resource', ...at, needsAsk: true };
  if (passive && (c.channels.some((ch) => ch.kind === 'menu') || IN_THEIR_ACCOUNT.test(clauseText))) return { kind: 'resource', ...at, needsAsk: true };
  return undefined;
}

/**
 * An option on another channel: "you can ring us on 0800…", "you can book a callback at <link>", "you can check
 * what's available here: <link>". Someone new picks it up, or the customer serves themselves, so it deflects
 * unless the reply goes on helping (checked for the whole draft).
 */
function offeredUnit(sentence: Sentence, toks: readonly Tok[], c: Clause, root: string): Unit | undefined {
  if (c.channels.some((ch) => ch.kind === 'thread')) return undefined;
  const clauseText = sentence.text.slice(c.start, c.end);
  // "You can cancel any time in Settings > Subscription" still leaves the doing to the customer who asked us.
  const anyTime = c.conditional && anyTimeOnly(clauseText);
  // "…if you'd like" asks no condition of the world, only offers: the offer stands.
  const polite = /\bif (?:you|u)(?:['’]d| would)? (?:like|prefer|wish|want)\b/i.test(clauseText) && !/\b(?:unless|in case|once|when)\b|\bif (?!(?:you|u)(?:['’]d| would)? (?:like|prefer|wish|want)\b)/i.test(clauseText);
  if ((c.conditional && !anyTime && !polite) || TO_ME.test(clauseText) || c.informational) return undefined;
  // "You'll get an email": a future the customer will see, not an option offered.
  if (!c.words.some((w) => OPTION_MODAL.test(w.norm)) && !/\bfeel free\b/i.test(clauseText)) return undefined;
  const start = firstWordAt(c);
  const at = { start, end: c.end, ours: true, conditional: false, soft: true, offered: true, ...joinFor(sentence, toks, start) };
  if (anyTime) return SELF_SERVE.has(root) && c.channels.some((ch) => ch.kind === 'link' || ch.kind === 'web' || ch.kind === 'menu') ? { kind: 'resource', ...at, needsRequest: true } : undefined;
  const contact = OFFERED_CONTACT.has(root) || (root === 'book' && /\bcall ?backs?\b|\ba call\b/i.test(clauseText));
  // "You can follow @ShopHelp" goes to another account; "you can follow it live here: <link>" only watches.
  const toHandle = TO_HANDLE.has(root) && (root !== 'follow' || c.channels.some((ch) => ch.kind === 'handle'));
  if ((contact || toHandle) && c.channels.some((ch) => PICKED_UP_ELSEWHERE.has(ch.kind))) return { kind: 'channel', ...at };
  // "You can … report a problem on our status page: <link>": a report for someone new to pick up, for a customer who reported trouble.
  if (/\b(?:report|log|raise)\w*\b[^,;]*\b(?:problem|issue|fault|outage)s?\b/i.test(clauseText) && c.channels.some((ch) => ch.kind === 'link' || ch.kind === 'web') && !TO_ME.test(clauseText)) return { kind: 'resource', ...at, needsAsk: true };
  // "You can flag any you think are fake on their site": another business's page, to take it up there.
  if ((SELF_SERVE.has(root) || /^(?:flag|report|raise|complain|dispute)$/.test(root)) && /\b(?:their|its)\s+(?:own\s+)?(?:site|website|app|page|portal|form|helpdesk)\b/i.test(clauseText)) return { kind: 'place', ...at, ours: false };
  // "You can raise a claim in the app": the claim flow is somewhere else, for a customer who reported trouble.
  if (CLAIM_VERBS.has(root) && CLAIM.test(clauseText)) return { kind: 'resource', ...at, needsAsk: true };
  // Self-serve offered to a customer who asked us to do it ("can you check…?" → "you can check here: <link>").
  // "You can download it yourself from My Account > Documents": a path in the product, for the customer alone.
  if (SELF_SERVE.has(root) && c.channels.some((ch) => ch.kind === 'link' || (ch.kind === 'menu' && /\byourself\b/i.test(clauseText)))) return { kind: 'resource', ...at, needsRequest: true };
  return undefined;
}

/** What another business may tell the customer: "more info", "the details", "an answer". */
const INFO = /^(?:info|information|details|detail|advice|answer|answers|explanation|breakdown|update|updates|clarity|reason|reasons)$/;
/** After "if you contact them, …": what to tell them ("please quote…", "mention…"), not a send. */
const WHAT_TO_SAY = /^[^,.;:!?]*,\s*(?:please\s+|just\s+)?(?:quote|mention|give them|show them|tell them|say|refer to|use (?:the |this |our )?reference)\b/i;
/** Businesses and people outside the company, as the head of a subject ("your local branch", "the dealer"). */
const OUTSIDE_HEAD = /^(?:admin|admins|administrator|authority|ombudsman|regulator|tribunal|bank|issuer|seller|retailer|store|shop|branch|carrier|courier|airline|insurer|provider|supplier|landlord|manufacturer|maker|developer|publisher|dealer|dealership|installer|garage|pharmacy|pharmacist|gp|doctor|vet|accountant|solicitor|lawyer|host|agency|embassy|consulate|council|operator|lender|venue|organiser|organizer|promoter|school|employer|vendor|marketplace|isp|surgery|practice|clinic|hospital|police|sender)$/;
/** What a party does as arranged ("the courier will be able to deliver on Saturday"): no help sought from it. */
const FULFIL = new Set(['deliver', 'redeliver', 'collect', 'ship', 'dispatch', 'send', 'bring', 'drop', 'pick', 'install', 'fit', 'attend', 'visit', 'arrive', 'come', 'reach', 'get', 'see', 'show', 'take', 'do']);
/** What such a party would do for the customer in our place. */
const SOLVE = new Set(['help', 'assist', 'raise', 'dispute', 'reprint', 'suggest', 'recommend', 'prescribe', 'sort', 'fix', 'resolve', 'advise', 'answer', 'tell', 'order', 'replace', 'repair', 'reissue', 'issue', 'refund', 'reverse', 'cancel', 'change', 'arrange', 'exchange', 'swap', 'print', 'check', 'confirm', 'look', 'deal', 'handle', 'process', 'unlock', 'reset', 'explain', 'investigate', 'amend', 'approve', 'release', 'reimburse', 'compensate', 'recover', 'trace', 'track', 'guide', 'walk', 'talk']);
/** Someone the customer is told to ask, who then does what we would: "ask the barista and they'll refund it". */
const ASK_SOLVER = new RegExp(
  String.raw`\b(?:ask|see|check with|speak (?:to|with)|talk (?:to|with))\s+((?:the|your|a|an|one of (?:the|our))\s+[\w' -]{2,30}?)(?:\s+(?:on|at|in|during|when|next)\b[^,.!?;]{0,30}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:they|he|she|who)(?:'ll| will| can| could| should| would| may)(?: be able to| be happy to| be glad to)?\s+(?:${[...SOLVE].join('|')})\b`,
  'i',
);

/**
 * The outside business a clause is about, when it stands as the subject before word `before`: from a determiner
 * to a head noun in OUTSIDE_HEAD ("your local branch", "the council") or any noun after "their" ("their team"),
 * with nothing of ours in it and no verb before it; or a leading "they" that stands for the party an earlier clause
 * named (`named`, from namedParty). Its first and last words, and that party's name for a "they".
 */
function outsideSubject(c: Clause, before: number, named?: string): { first: Word; last: Word; party?: string } | undefined {
  if (c.byUs) return undefined;
  const ws = c.words;
  // "…issued by the station operator, so they're the ones to appeal to": "they" stands for the party named before.
  const lead = ws.findIndex((w) => !w.implicit && !/^\W*$/.test(w.text) && !CLAUSE_WORDS.has(w.norm));
  if (named && lead !== -1 && lead < before && ws[lead]!.norm === 'they') return { first: ws[lead]!, last: ws[lead]!, party: named };
  const det = ws.findIndex((w) => /^(?:your|the|their|a|any)$/.test(w.norm));
  // "reception can help with that 24/7": a bare noun for people elsewhere, opening the clause.
  const bare = det === -1 && lead !== -1 && lead < before ? ws.slice(lead, before).filter((w) => !w.implicit) : [];
  if (bare.length > 0 && bare.length <= 2 && bare.every((w) => w.tags.has('Noun') && !w.tags.has('Pronoun') && !/^(?:our|my|we|us)$/.test(w.norm)) && (OUTSIDE_HEAD.test(bare[bare.length - 1]!.norm) || /^(?:reception|concierge|housekeeping|staff)$/.test(bare[bare.length - 1]!.norm))) {
    return { first: bare[0]!, last: bare[bare.length - 1]! };
  }
  if (det === -1 || det >= before - 1) return brandSupport(ws, lead, before);
  let subject = ws.slice(det, before);
  // "The bank that issued your card can…": the party is the noun phrase before its relative clause.
  // "The retailer you bought from would…": a relative clause with no "that" opens on the customer and a past verb.
  const relative = subject.findIndex((w, k) => k > 1 && (/^(?:that|who|which)$/.test(w.norm) || (/^(?:you|u)$/.test(w.norm) && !!subject[k + 1]?.tags.has('PastTense'))));
  // "The studio that made the game": whoever made, sold or runs it is another business, whatever it is called.
  const maker = relative !== -1 && MADE_IT.test(subject[relative + 1]?.norm ?? '') && !subject.slice(relative).some((w) => /^(?:our|we|us)$/.test(w.norm));
  if (relative !== -1) subject = subject.slice(0, relative);
  if (subject.some((w) => /^(?:our|my|we|i|us|you)$/.test(w.norm)) || ws.slice(0, det).some((w) => w.tags.has('Verb') && !w.implicit)) return undefined;
  // "their team", "their staff": whoever "their" is, it is not us.
  const theirs = subject[0]!.norm === 'their' && subject[subject.length - 1]!.tags.has('Noun');
  if (!OUTSIDE_HEAD.test(subject[subject.length - 1]!.norm) && !outsideAgent(subject, subject.length - 1) && !outsideTeam(subject, subject.length - 1) && !namedOrg(subject, subject.length - 1) && !theirs && !maker) return undefined;
  return { first: subject[0]!, last: subject[subject.length - 1]! };
}

/** Who answers for a brand: "Samsung support", "Apple customer care", "Google's help desk". */
const SUPPORT_HEAD = /^(?:support|care|helpdesk|desk|service|services|team)$/;

/**
 * Another brand, or its support, named with no determiner as the subject: "Samsung support should be able to take a
 * look", "PayPal can refund it". A proper noun first (not our words), then nouns to a support head.
 */
function brandSupport(ws: readonly Word[], lead: number, before: number): { first: Word; last: Word } | undefined {
  if (lead === -1 || before - lead < 1 || before - lead > 4) return undefined;
  const subject = ws.slice(lead, before);
  const brand = subject[0]!;
  // At a sentence's start the tagger reads a brand as a common noun ("Evri can…", "Apple Support can…"): its capital says it.
  const named = brand.tags.has('ProperNoun') || (/^[A-Z]/.test(brand.text) && brand.tags.has('Noun') && !brand.tags.has('Plural'));
  // "PayPal can refund it": a business by its name alone (a colleague's name is a person, and stays ours); not a
  // thing that can be done ("Collection can be arranged").
  if (subject.length === 1) return named && !brand.tags.has('Person') && !brand.tags.has('Pronoun') && (ws[before + 1]?.norm !== 'be' || /^(?:able|happy|glad)$/.test(ws[before + 2]?.norm ?? '')) ? { first: brand, last: brand } : undefined;
  if (!named || brand.tags.has('Pronoun') || !SUPPORT_HEAD.test(subject[subject.length - 1]!.norm)) return undefined;
  if (!subject.every((w) => w.tags.has('Noun') || w.tags.has('ProperNoun') || w.tags.has('Possessive'))) return undefined;
  return { first: brand, last: subject[subject.length - 1]! };
}

/** What marks a party as the one behind the thing: it made, sold, issued, listed or runs it. */
const MADE_IT = /^(?:made|makes|sold|sells|issued|issues|listed|published|publishes|developed|develops|manufactured|manufactures|built|builds|runs|operates|hosts|organised|organized|organises|organizes)$/;

/** A business we work with but are not: "our partner site", "the partner airline". */
const PARTNER = /^(?:partner|partners|partner's)$/;
/** An agent who is another business: "your travel agent", "the letting agent" (not "an agent" of ours). */
const outsideAgent = (ws: readonly Word[], h: number) => /^(?:agent|agents)$/.test(ws[h]!.norm) && /^(?:travel|letting|estate|booking|ticket|ticketing|insurance)$/.test(ws[h - 1]?.norm ?? '');
/** The people of another business: "the courier's team", "your bank's fraud department", "your IT team". */
const outsideTeam = (ws: readonly Word[], h: number) => {
  if (!/^(?:team|teams|department|staff|people|desk|office|support|helpdesk)$/.test(ws[h]!.norm)) return false;
  // "your IT team", "your HR department": the customer's own organisation.
  if (/^(?:it|hr|finance|payroll|legal|security|procurement)$/.test(ws[h - 1]?.norm ?? '') && /^(?:your|ur)$/.test(ws[h - 2]?.norm ?? '')) return true;
  const o = ws[h - 1]?.tags.has('Possessive') ? h - 1 : ws[h - 2]?.tags.has('Possessive') && ws[h - 1]!.tags.has('Noun') ? h - 2 : -1;
  if (o === -1) return false;
  const owner = ws[o]!.norm;
  // "your company's IT team": the customer's own organisation is another business.
  const own = /^(?:company|organisation|organization|employer|school|university|college|firm|business)['’]s?$/.test(owner) && /^(?:your|ur)$/.test(ws[o - 1]?.norm ?? '');
  return own || OUTSIDE_HEAD.test(owner.replace(/['’]s?$/, ''));
};

const NP_DETERMINER = /^(?:the|your|their|a|an|any|another)$/;
/** Another party's line or details, pointed to ("their refund number is on the machine"). */
const THEIR_LINE = /^(?:their|its)\b[^.!?]*\b(?:number|helpline|hotline|line|email|details)\b/i;

/** A brand by its spelling, which the tagger may read as a common noun: "ChargeNet", "UNiDAYS", "eBay". */
const BRAND_SPELLING = /^(?:[A-Z][a-z]+[A-Z]|[A-Z]{2,}[a-z]+[A-Z]|[a-z][A-Z][a-z])\w*$/;

/**
 * An organisation by its name after "the" or "your": "the DVLA", "your local Citizens Advice". Capitalised words
 * back to the determiner (adjectives allowed), not a team's name ("the Support Team" may be ours).
 */
const namedOrg = (ws: readonly Word[], h: number) => {
  const head = ws[h]!;
  const brand = BRAND_SPELLING.test(head.text);
  if (!brand && (!/^[A-Z]/.test(head.text) || head.tags.has('Person') || head.tags.has('Pronoun') || SUPPORT_HEAD.test(head.norm) || /^(?:department|dept|staff|office|centre|center)$/.test(head.norm))) return false;
  if (!brand && !head.tags.has('ProperNoun') && !head.tags.has('Acronym')) return false;
  let d = h - 1;
  while (d >= 0 && h - d <= 4 && (/^[A-Z]/.test(ws[d]!.text) || ws[d]!.tags.has('Adjective')) && !NP_DETERMINER.test(ws[d]!.norm)) d--;
  if (d >= 0 && /^(?:the|your)$/.test(ws[d]!.norm)) return true;
  // "HMRC would need to answer that one": an organisation by its initials or its name, opening the clause.
  return d === h - 1 && (d < 0 || CLAUSE_WORDS.has(ws[d]!.norm)) && (head.tags.has('Organization') || /^[A-Z]{3,}$/.test(head.text) || brand);
};

/** Whom the customer bought or booked through: "as you booked with an agent", "you bought it from a reseller". */
const boughtFrom = (ws: readonly Word[], h: number) => {
  const d = h - 1 >= 0 && NP_DETERMINER.test(ws[h - 1]!.norm) ? h - 1 : h - 2;
  const prep = ws[d - 1];
  if (!prep || !/^(?:with|through|via|from)$/.test(prep.norm)) return false;
  const verb = ws[d - 2]?.tags.has('Pronoun') ? ws[d - 3] : ws[d - 2];
  return !!verb && /^(?:booked|bought|purchased|ordered|got|rented|hired)$/.test(verb.norm) && /^(?:you|u)$/.test(ws[ws.indexOf(verb) - 1]?.norm ?? '');
};

/**
 * The outside business an earlier clause of the sentence names, for a "they" after it to stand for: "the station
 * operator", "your card provider", "a third-party site". Nothing of ours in it.
 */
function namedParty(sentence: Sentence, clauses: readonly Clause[], k: number): string | undefined {
  for (let j = k - 1; j >= 0; j--) {
    const ws = clauses[j]!.words;
    for (let h = ws.length - 1; h > 0; h--) {
      const thirdParty = /^third[- ]party$/.test(ws[h - 1]!.norm) || (ws[h - 1]!.norm === 'party' && ws[h - 2]?.norm === 'third');
      const partner = PARTNER.test(ws[h - 1]!.norm) && ws[h]!.tags.has('Noun');
      // "That one's with Yodel now, they'll…", "codes come from UNiDAYS so they're…", "belong to ChargeNet": a
      // business by name that holds the matter (not a day, a month or a place).
      const name = (ws[h]!.tags.has('ProperNoun') && !ws[h]!.tags.has('Person') && !ws[h]!.tags.has('Date') && !ws[h]!.tags.has('Place')) || BRAND_SPELLING.test(ws[h]!.text);
      if (name && /^(?:with|by|via|through|from|to)$/.test(ws[h - 1]!.norm)) return sentence.text.slice(ws[h]!.start, ws[h]!.end);
      if (!OUTSIDE_HEAD.test(ws[h]!.norm) && !outsideAgent(ws, h) && !((thirdParty || partner || boughtFrom(ws, h)) && ws[h]!.tags.has('Noun'))) continue;
      // Back over the noun phrase to its determiner: "the station operator", "a third-party site".
      let d = h - 1;
      const determiner = (n: string) => NP_DETERMINER.test(n) || (partner && n === 'our');
      while (d > 0 && h - d < 4 && !determiner(ws[d]!.norm) && (ws[d]!.tags.has('Noun') || ws[d]!.tags.has('Adjective') || /^(?:third|party|third-party)$/.test(ws[d]!.norm))) d--;
      if (!determiner(ws[d]!.norm)) continue;
      // "our partner site" is another business all the same.
      if (!partner && ws.slice(d, h).some((w) => /^(?:our|my|we|us|i)$/.test(w.norm))) continue;
      return sentence.text.slice(ws[d]!.start, ws[h]!.end);
    }
  }
  return undefined;
}

/** The unit of an outside party named as the help: offered, so any help the reply goes on to give excuses it. */
function outsideUnit(sentence: Sentence, toks: readonly Tok[], c: Clause, subject: { first: Word; last: Word; party?: string }): Unit {
  const start = subject.first.start;
  const join = joinFor(sentence, toks, start);
  // A "they" named before in the sentence stays "them" where the rewrite keeps those words, as the agent would say it.
  const party = subject.party ? (join.from === 0 ? subject.party : 'them') : sentence.text.slice(start, subject.last.end);
  return { kind: 'party', start, end: c.end, party, ours: false, conditional: false, soft: true, offered: true, ...join };
}

/**
 * Another business said to be able to do it: "your local branch will be able to sort this out", "your dealer
 * can order the part". Nobody is told to go, but the help offered is theirs, so it deflects unless the reply goes
 * on helping. Only ability counts ("can", "be able to", "be happy to"): "your bank will process it in 3–5 days"
 * is what happens next, not where to go.
 */
function ablePartyUnit(sentence: Sentence, toks: readonly Tok[], c: Clause, named?: string): Unit | undefined {
  // "Our live chat…" reads as ours; only a first word "I" or "we" is the agent acting.
  const agent = c.byUs && /^(?:i|we)$/.test(c.words.find((w) => !/^\W*$/.test(w.text))?.norm ?? '');
  // "…your bank can raise a dispute with them if needed": a bare "if needed" sets no condition on whose help it is.
  const clauseText = sentence.text.slice(c.start, c.end);
  // Nor does "…can reprint it if you take ID along": the condition is the errand itself.
  const bare = clauseText.replace(/\s*,?\s*\bif (?:needed|necessary|required|need be)\b|\s*,?\s*\bif (?:you|u) (?:take|bring|show|go|pop|head|call|ring|visit|contact|speak|talk|drop|send|email)\b.*$/gi, '');
  const conditional = c.conditional && (bare === clauseText || /\b(?:if|unless|in case|once|when|whenever|any ?time)\b/i.test(bare));
  if (agent || c.negated || conditional || c.question || c.directive !== 'none') return undefined;
  const ws = c.words;
  const modal = ws.findIndex((w) => /^(?:can|could|will|would|should|may|might)$/.test(w.norm));
  if (modal < 1) return undefined;
  // The verb after the modal, past "be able to", "be happy to" and adverbs.
  let v = modal + 1;
  while (v < ws.length && (/^(?:be|able|happy|glad|pleased|more|than|to)$/.test(ws[v]!.norm) || ws[v]!.tags.has('Adverb'))) v++;
  const verb = ws[v];
  // "I can't access that but the seller can.": the ability left bare, the doing implied.
  const leftBare = ws.slice(v).every((w) => w.implicit || /^\W*$/.test(w.text));
  // "Your bank can give you more info on that charge": telling the customer what we do not is help too.
  const informs = verb && /^(?:give|provide|offer|share)$/.test(verb.root) && ws.slice(v + 1, v + 6).some((w) => INFO.test(w.norm));
  // "…should be able to take a look", "…can have a look for you": looking into it.
  const looks = verb && /^(?:take|have)$/.test(verb.root) && ws[v + 1]?.norm === 'a' && /^(?:look|peek|check)$/.test(ws[v + 2]?.norm ?? '');
  // "…the retailer you bought from would have those": what we lack, they hold.
  // "…the embassy will have the reasons": what they hold is the answer.
  const holds = verb?.root === 'have' && v === modal + 1 && (/^(?:would|should|may|might)$/.test(ws[modal]!.norm) || (ws[modal]!.norm === 'will' && ws.slice(v + 1, v + 4).some((w) => INFO.test(w.norm)))) && /^(?:those|these|that|them|the|more|all|any|your)$/.test(ws[v + 1]?.norm ?? '') && !/^(?:a|an|to)$/.test(ws[v + 2]?.norm ?? '');
  if (!leftBare && !informs && !looks && !holds && (!verb || !verb.tags.has('Verb') || !SOLVE.has(verb.root))) return undefined;
  const chain = ws.slice(modal, v).map((w) => w.norm);
  const able = /^(?:can|could)$/.test(ws[modal]!.norm) || holds || (chain.includes('be') && chain.some((n) => /^(?:able|happy|glad|pleased)$/.test(n)));
  if (!able) return undefined;
  const subject = outsideSubject(c, modal, named);
  if (subject) return outsideUnit(sentence, toks, c, subject);
  // "Our live chat at <link> can look at this", "the Payroll team will be able to help at payroll@…": a channel
  // of ours, or someone's address or line after the help, where someone new picks it up.
  const lead = ws.slice(0, modal);
  const before = c.channels.some((ch) => (ch.kind === 'chat' || ch.kind === 'phone' || ch.kind === 'place') && ch.start < ws[modal]!.start);
  // "…will be able to sort that out for you next time you're in store": the place comes after the help.
  const after = c.channels.some((ch) => (ch.kind === 'email' || ch.kind === 'chat' || ch.kind === 'handle' || ch.kind === 'place' || isNumber(sentence, ch)) && ch.start > ws[modal]!.start);
  // Who opens the clause ("the shop you bought them from" is no "you" acting).
  const opener = lead.find((w) => !w.implicit && !/^\W*$/.test(w.text) && !CLAUSE_WORDS.has(w.norm));
  if (!/^(?:i|we|you|u|me|us)$/.test(opener?.norm ?? '') && (before || (after && !THEIR_NUMBER.test(clauseText)))) {
    const start = firstWordAt(c);
    return { kind: 'channel', start, end: c.end, ours: true, conditional: false, soft: true, offered: true, ...joinFor(sentence, toks, start) };
  }
  return undefined;
}

/** What another business "will have to" do that makes the problem theirs ("chase it up", "raise it"), not what it does anyway (release funds). */
const TAKE_UP = new Set(['chase', 'refund', 'trace', 'retrieve', 'contact', 'raise', 'arrange', 'sort', 'fix', 'deal', 'handle', 'investigate', 'look', 'check', 'request', 'order', 'call', 'speak', 'talk', 'report', 'claim', 'resolve', 'take', 'reissue', 'replace', 'repair', 'reset', 'unlock', 'correct', 'amend', 'answer', 'advise', 'explain']);
/** What a business manages or decides: said of another business, the customer's problem is theirs to take up. */
const OWNS = new Set(['manage', 'handle', 'control', 'own', 'decide', 'administer', 'oversee']);
/** "Runs" and "sets" own a matter only when it is a rule or a price ("sets its own bag policy"), not a show or a time. */
const RULES = /^(?:policy|policies|rules|rule|prices|price|pricing|terms|fees|charges|limits|restrictions|scheme|schemes)$/;
/** Who is "the one to…": "the one", "the ones", "the people", "the person", "the team". */
const THE_ONES = /^(?:one|ones|people|person|team|folks)$/;

/**
 * Another business said to own the matter: "the council manages the bins", "your landlord would be the one to
 * arrange that", "the venue sets its own bag policy". Like ablePartyUnit, the help is theirs: it deflects
 * unless the reply goes on helping.
 */
function ownsPartyUnit(sentence: Sentence, toks: readonly Tok[], c: Clause, named?: string): Unit | undefined {
  if (c.byUs || c.negated || c.conditional || c.question || c.directive !== 'none') return undefined;
  const ws = c.words.filter((w) => w.implicit || !/^\W*$/.test(w.text));
  for (let h = 0; h < ws.length - 1; h++) {
    const org = namedOrg(ws, h);
    if (!OUTSIDE_HEAD.test(ws[h]!.norm) && !outsideTeam(ws, h) && !org && !(named && ws[h]!.norm === 'they') && !(ws[h - 1]?.norm === 'their' && ws[h]!.tags.has('Noun'))) continue;
    let p = h + 1;
    // "…manages the bins", "…deals with that", "…looks after refunds": in the present, as a fact about them.
    const verb = ws[p]!;
    const object = ws.slice(p + 1, p + 6);
    // After a name the tagger may read the verb as a noun ("the DVLA handle that side of things").
    const finite = (verb.tags.has('PresentTense') && !verb.tags.has('Infinitive') && !verb.tags.has('Gerund')) || (org && verb.tags.has('Noun') && /^(?:that|this|these|those|the|all|any|it|them|with|after)$/.test(ws[p + 1]?.norm ?? ''));
    const owns =
      finite &&
      (OWNS.has(verb.root) || (verb.root === 'deal' && ws[p + 1]?.norm === 'with') || (verb.root === 'look' && ws[p + 1]?.norm === 'after') ||
        ((verb.root === 'set' || verb.root === 'run') && object.some((w) => RULES.test(w.norm))) ||
        // "…the manufacturer does those": the matter itself, as a pronoun.
        (verb.root === 'do' && /^(?:those|these|that|them|this|it)$/.test(ws[p + 1]?.norm ?? '')));
    // "…would be the one to arrange that", "…are the people who can help"; not "…the one to send the new card",
    // what the party does as arranged.
    while (p < ws.length && (/^(?:would|will|should|may|might|must|be|is|are|'s|'re)$/.test(ws[p]!.norm) || (p > h + 1 && ws[p]!.tags.has('Adverb') && !NEGATIVE.has(ws[p]!.norm)))) p++;
    const then = ws.slice(p + 3).find((w) => w.tags.has('Verb') && !w.tags.has('Modal') && !w.tags.has('Auxiliary'));
    const one = p > h + 1 && ws[p]?.norm === 'the' && THE_ONES.test(ws[p + 1]?.norm ?? '') && /^(?:to|who|that)$/.test(ws[p + 2]?.norm ?? '') && !(then && FULFIL.has(then.root));
    // "…the embassy is your best bet", "…your insurer is the first port of call".
    const bet = p > h + 1 && /^(?:your|the)$/.test(ws[p]?.norm ?? '') && /^(?:best|only|first)$/.test(ws[p + 1]?.norm ?? '') && /^(?:bet|option|choice|port|place|people|ones)$/.test(ws[p + 2]?.norm ?? '');
    // "Your surgery will have to chase this up with the pharmacy": the next step is theirs to take.
    let q = h + 1;
    while (q < ws.length && /^(?:will|would|may|might|'ll|'d)$/.test(ws[q]!.norm)) q++;
    const next = ws[q + 2];
    // After "need to" the word is a verb, whatever the tagger says ("…would need to trace that one").
    const must = /^(?:need|needs|have|has)$/.test(ws[q]?.norm ?? '') && ws[q + 1]?.norm === 'to' && !!next && TAKE_UP.has(next.root);
    if (!owns && !one && !bet && !must) continue;
    const subject = outsideSubject({ ...c, words: ws }, h + 1, named);
    return subject && outsideUnit(sentence, toks, c, subject);
  }
  return undefined;
}

function analyse(sentence: Sentence, ctxPhrases: (name: string) => PhraseMatcher): SentenceInfo {
  const toks = wordsOf(sentence);
  const lists: Lists = { elsewhere: ctxPhrases('elsewhere'), places: ctxPhrases('places'), resources: ctxPhrases('resources'), us: ctxPhrases('us') };
  const rel = (s: { start: number; end: number }) => ({ start: s.start - sentence.start, end: s.end - sentence.start });
  const units: Unit[] = [];
  const verbs = [
    ...ctxPhrases('contactAnyone').find(sentence).map((s) => ({ ...rel(s), strong: true, anyone: true })),
    ...ctxPhrases('contact').find(sentence).map((s) => ({ ...rel(s), strong: true, anyone: false })),
    ...ctxPhrases('pursue').find(sentence).map((s) => ({ ...rel(s), strong: false, anyone: false })),
  ].sort((a, b) => a.start - b.start);
  const seen = new Set<number>();
  for (const m of verbs) {
    if (seen.has(m.start) || inQuotes(sentence.text, m.start)) continue;
    const v = tokenAt(toks, m.start);
    if (v === -1) continue;
    const verb = toks[v]!;
    // "an email", "your contact details": a noun, not something the customer is told to do.
    const prev = toks[v - 1];
    if (prev && !endsClause(prev) && !CHAIN.has(prev.norm) && (prev.tags.has('Determiner') || prev.tags.has('Adjective') || prev.tags.has('Possessive') || ['your', 'our', 'their', 'my', 'his', 'her'].includes(prev.norm))) continue;
    if (verb.tags.has('PastTense') || verb.tags.has('Participle')) continue;
    // "…boarding passes, booking confirmation…": a noun in a list, unless it opens the sentence ("Visit our…").
    // "…worth a chat with them": the advice itself comes before the contact named.
    if (!verb.tags.has('Verb') && prev && !CHAIN.has(prev.norm) && prev.norm !== 'you' && !IMPERSONAL_ADVICE.has(prev.norm)) continue;
    // "ask you for…", "call you back": the customer is the one contacted, not sent anywhere.
    const next = toks[tokenAt(toks, m.end)];
    if (m.strong && next && (next.norm === 'you' || next.norm === 'yourself')) continue;
    // "call us on 0800…", "email me at…": the same people keep helping.
    if (next && (next.norm === 'us' || next.norm === 'me')) continue;
    const who = actor(toks, v);
    if (who.who !== 'customer') continue;
    const after = tokenAt(toks, m.end);
    const tgt = target(sentence, toks, v, after === -1 ? toks.length : after, m.strong, lists, who.directive === 'strong') ?? (m.anyone ? anyoneAfter(sentence, toks, after, lists) : undefined);
    if (!tgt) continue;
    // "If you head over to the Orders page you can download any receipt": a way to serve themselves, all the same.
    const then = who.conditional && who.directive === 'soft' && tgt.ours ? SERVE_AFTER.exec(sentence.text.slice(m.end)) : null;
    if (then && SELF_SERVE.has(then[1]!.toLowerCase())) {
      seen.add(m.start);
      units.push({ kind: 'resource', start: who.start, end: m.end + then[0].length, ours: true, conditional: false, soft: true, offered: true, needsRequest: true, ...joinFor(sentence, toks, who.start) });
      continue;
    }
    // "You'll need the seller for this", not "you'll need the reference the bank gave you" or "…need to…".
    if (/^needs?$/.test(verb.norm) && !(tgt.kind === 'party' && tgt.party !== undefined && !/(?:number|line|code)$/i.test(tgt.party) && sentence.text.slice(verb.end, tgt.end).trim() === tgt.party)) continue;
    // "You can find the steps here": a resource merely offered is help, not a deflection; "try the link again" retries.
    if (tgt.kind === 'resource' && (who.directive !== 'strong' || /^try/.test(verb.norm))) continue;
    seen.add(m.start);
    const { from, join } = joinFor(sentence, toks, who.start);
    // Offered on a condition ("if you contact the courier, they'll…"): "if you call us…" stays with us, and "if
    // you contact your bank, please quote R-4471" says what to tell them if they go anyway, not where to go.
    const ifOffered = who.conditional && who.directive === 'soft';
    if (ifOffered && (tgt.ours || WHAT_TO_SAY.test(sentence.text.slice(m.end)))) continue;
    units.push({ kind: tgt.kind, start: who.start, end: Math.max(tgt.end, m.end), party: tgt.party, ours: tgt.ours, conditional: who.conditional, soft: who.directive === 'soft', offered: ifOffered, from, join });
  }
  /** "Any complaints about the driver should be…": one "of / about / for / on" phrase inside a subject starting at `j`. */
  const ofPhraseStart = (j: number): number => {
    const p = toks[j - 1];
    return p && ['about', 'of', 'for', 'regarding', 'with', 'on'].includes(p.norm) && toks[j - 2] && isNpWord(toks[j - 2]!) && !endsClause(toks[j - 2]!) ? npStart(toks, j - 1, -1) : j;
  };
  /** Whole statements from a phrase list that the problem is not ours, with their subject and object taken in. */
  function statements(list: 'notOurs' | 'theirs' | 'notHere' | 'runBy', weak: boolean): void {
    for (const s of ctxPhrases(list).find(sentence).map(rel)) {
      if (inQuotes(sentence.text, s.start)) continue;
      // A business named as doing it counts with a pointer to them after it, and gives way to any other reading.
      if (list === 'runBy' && (!POINTER_AFTER.test(sentence.text.slice(s.end)) || units.some((u) => u.start < s.end && s.start < u.end))) continue;
      // "The courier will be able to deliver tomorrow": what the party will do as arranged, not where to go.
      if (/\bable to$/i.test(sentence.text.slice(s.start, s.end)) && FULFIL.has(toks[tokenAt(toks, s.end)]?.norm ?? '')) continue;
      // "billing is a different department", "That's not something we handle": take in the subject.
      const i = tokenAt(toks, s.start);
      if (i === -1) continue;
      let j = i;
      while (j - 1 >= 0 && !endsClause(toks[j - 1]!) && !toks[j]!.tags.has('Pronoun')) {
        const p = toks[j - 1]!;
        if (p.implicit || p.tags.has('Copula') || p.tags.has('Auxiliary') || p.tags.has('Modal') || NEGATIVE.has(p.norm) || ['there', 'that', 'this', 'it', 'which', 'these', 'those'].includes(p.norm)) j--;
        else break;
      }
      // "…so they'd be best placed to tell you": a pronoun subject is taken in too.
      if (j - 1 >= 0 && !endsClause(toks[j - 1]!) && /^(?:they|he|she)$/.test(toks[j - 1]!.norm)) j--;
      // "any questions on the order itself are…", "anything plumbing related needs…": words that close a subject.
      if (j - 2 >= 0 && !endsClause(toks[j - 1]!) && !endsClause(toks[j - 2]!) && /^(?:itself|themselves|[\w-]*related)$/.test(toks[j - 1]!.norm) && (isNpWord(toks[j - 2]!) || toks[j - 2]!.tags.has('Gerund'))) {
        j -= 2;
        while (j - 1 >= 0 && !endsClause(toks[j - 1]!) && (isNpWord(toks[j - 1]!) || toks[j - 1]!.tags.has('Gerund') || /^(?:anything|everything|something)$/.test(toks[j - 1]!.norm)) && !CLAUSE_WORDS.has(toks[j - 1]!.norm)) j--;
        j = ofPhraseStart(j);
      }
      // "Customs holds are between you and…": a plural noun the tagger took for a verb, right before the copula.
      if (j - 1 >= 0 && toks[j]!.tags.has('Copula') && !endsClause(toks[j - 1]!) && toks[j - 1]!.tags.has('Verb') && /s$/.test(toks[j - 1]!.norm) && (j - 1 === 0 || endsClause(toks[j - 2]!) || isNpWord(toks[j - 2]!))) {
        j--;
        if (j - 1 >= 0 && !endsClause(toks[j - 1]!) && isNpWord(toks[j - 1]!) && !CLAUSE_WORDS.has(toks[j - 1]!.norm)) j = npStart(toks, j, -1);
      } else if (j - 1 >= 0 && !toks[j]!.tags.has('Pronoun') && !endsClause(toks[j - 1]!) && isNpWord(toks[j - 1]!) && !CLAUSE_WORDS.has(toks[j - 1]!.norm)) {
        j = npStart(toks, j, -1);
        j = ofPhraseStart(j);
        // "Plans bought through Google Play can't be…": a subject that a past participle and its preposition qualify.
        const q = toks[j - 1];
        const made = toks[j - 2];
        if (q && made && ['through', 'via', 'from', 'by', 'with', 'on', 'at'].includes(q.norm) && made.tags.has('PastTense') && !endsClause(made) && toks[j - 3] && isNpWord(toks[j - 3]!) && !endsClause(toks[j - 3]!)) j = npStart(toks, j - 2, -1);
      }
      // "Samsung or LG support would be best": both parties, coordinated, are the subject.
      const conj = toks[j - 1];
      // Only where that opens the clause: "…is managed by our agency and any queries…" joins two clauses.
      if (conj && j >= 2 && /^(?:or|and|&)$/.test(conj.norm) && !endsClause(conj) && isNpWord(toks[j - 2]!) && !endsClause(toks[j - 2]!) && !CLAUSE_WORDS.has(toks[j - 2]!.norm)) {
        const k = npStart(toks, j - 2, -1);
        if (k === 0 || endsClause(toks[k - 1]!)) j = k;
      }
      // "Address changes aren't possible…": a noun the tagger took for a verb, alone before the subject.
      if (j === 1 && !endsClause(toks[0]!) && !CLAUSE_WORDS.has(toks[0]!.norm) && !toks[0]!.tags.has('Pronoun') && toks[0]!.tags.has('Verb') && !toks[0]!.tags.has('Adverb') && /^[A-Z][a-z]+$/.test(toks[0]!.text) && toks[1]!.tags.has('Noun')) j = 0;
      // "…rather than with us": the whole clause is what is said to be elsewhere.
      if (/^(?:rather than|instead of)\b/i.test(sentence.text.slice(s.start, s.end))) {
        j = i;
        while (j > 0 && !endsClause(toks[j - 1]!)) j--;
        while (toks[j] && CLAUSE_WORDS.has(toks[j]!.norm) && toks[j + 1]) j++;
      }
      while (toks[j]?.implicit) j++;
      const start = toks[j]!.start;
      // "…by the support team", "…directed to them", "We don't handle scam reports": take in what it is about.
      let k = tokenAt(toks, s.end - 1);
      while (k !== -1 && toks[k + 1] && !endsClause(toks[k]!) && toks[k]!.norm !== 'them') {
        const nx = toks[k + 1]!;
        const open = toks[k]!.tags.has('Determiner') || toks[k]!.tags.has('Preposition') || toks[k]!.norm === 'to' || toks[k]!.tags.has('Possessive');
        if (nx.norm === 'them' && open) { k++; break; }
        if (!isNpWord(nx) || ['there', 'here', 'today', 'now'].includes(nx.norm) || nx.tags.has('Pronoun') && !nx.tags.has('Possessive')) break;
        if (!open && !toks[k]!.tags.has('Verb') && !isNpWord(toks[k]!)) break;
        k++;
      }
      const end = k === -1 ? s.end : Math.max(s.end, toks[k]!.end);
      // "Deliveries are handled by Yodel and yours is due tomorrow at 10": whose it is, then the answer itself.
      if (weak && concreteTimes(sentence).some((t) => t.kind === 'time' && t.start - sentence.start >= end)) continue;
      // "We have no control over the weather, but I've rebooked you for Friday": an explanation before help.
      if (OWNED_CONTRAST.test(sentence.text.slice(end))) continue;
      const lead = sentence.text.slice(0, start);
      if (/\b(if|whether|not that)\s*$/i.test(lead) || /\b(if|whether|unless)\b[^,]*$/i.test(lead)) continue;
      const { from, join } = joinFor(sentence, toks, start);
      const pointer = list === 'theirs' && THEIR_LINE.test(sentence.text.slice(s.start, s.end));
      units.push({ kind: 'statement', start, end, ours: false, conditional: false, soft: weak, offered: weak, here: list === 'notHere' || undefined, pointer: pointer || undefined, from, join });
    }
  }
  statements('notOurs', false);
  // "Refunds are processed by your bank", "Apple support would be your best bet": the problem said to be someone
  // else's. Weaker than "not our job": the agent acting on it elsewhere in the reply excuses it.
  statements('theirs', true);
  // "We can't access accounts on here": this channel said to be the wrong one. Weak like the above: asking for a
  // DM or going on to act is help, and a plainer pointer elsewhere is the one flagged.
  statements('notHere', true);
  // "…by our partner, here's their number: 0300…": contact details for someone else, handed over to use.
  for (const s of ctxPhrases('handOver').find(sentence).map(rel)) {
    if (inQuotes(sentence.text, s.start)) continue;
    const lead = sentence.text.slice(0, s.start);
    if (/\b(if|whether|unless|in case)\b[^,]*$/i.test(lead)) continue;
    const { from, join } = joinFor(sentence, toks, s.start);
    units.push({ kind: 'party', start: s.start, end: s.end, ours: false, conditional: false, soft: true, from, join });
  }
  // "There's a form for that on our site", "we have a dedicated page for cashback claims: <link>": a way to serve
  // themselves, for a customer who reported trouble or asked.
  const serve = SERVE_YOURSELF.exec(sentence.text);
  if (serve && !inQuotes(sentence.text, serve.index) && !units.some((u) => u.start <= serve.index && serve.index < u.end)) {
    const { from, join } = joinFor(sentence, toks, serve.index);
    units.push({ kind: 'resource', start: serve.index, end: serve.index + serve[0].length, ours: true, conditional: false, soft: true, offered: true, needsAsk: true, from, join });
  }
  // "I'd point you towards our app team on 0333…": the agent sends the customer on.
  for (const p of sentence.text.matchAll(POINT_YOU)) {
    const v = tokenAt(toks, p.index!);
    const after = tokenAt(toks, p.index! + p[0].length);
    if (v === -1 || after === -1 || inQuotes(sentence.text, p.index!) || NEGATIVE.has(toks[v - 1]?.norm ?? '') || units.some((u) => u.start <= p.index! && p.index! < u.end)) continue;
    const tgt = target(sentence, toks, v, after, true, lists, true);
    if (!tgt || (tgt.kind === 'resource' && !/\b(?:form|portal)\b/i.test(sentence.text.slice(p.index!, tgt.end)))) continue;
    // From who does the pointing: "I'd point you…", "let me direct you…".
    const lead = /\b(?:i(?:['’]d| would| will|['’]ll| can| could)?|let me|we(?:['’]d| would|['’]ll| will| can)|(?:happy|glad) to)\s+(?:\w+ly\s+|just\s+)?$/i.exec(sentence.text.slice(0, p.index!));
    const start = lead ? lead.index : p.index!;
    const { from, join } = joinFor(sentence, toks, start);
    units.push({ kind: tgt.kind, start, end: tgt.end, party: tgt.party, ours: tgt.ours, conditional: false, soft: false, from, join });
  }
  // "Please wait two working days for the seller to reply": the customer is left waiting on another business.
  const wait = WAIT_ON_PARTY.exec(sentence.text);
  if (wait && OUTSIDE_PARTY.test(wait[1]!) && !inQuotes(sentence.text, wait.index)) {
    const { from, join } = joinFor(sentence, toks, wait.index);
    units.push({ kind: 'party', start: wait.index, end: wait.index + wait[0].length, party: wait[1]!, ours: false, conditional: false, soft: false, from, join });
  }
  const clauses = clausesOf(sentence);
  // "Please ask the barista on your next visit and they'll refund it": someone told to ask, who then solves it.
  const ask = ASK_SOLVER.exec(sentence.text);
  const askedIn = ask && clauses.find((c) => c.start <= ask.index && ask.index < c.end);
  if (ask && askedIn && askedIn.directive === 'told' && !inQuotes(sentence.text, ask.index)) {
    const start = Math.min(firstWordAt(askedIn), ask.index);
    const end = ask.index + ask[0].length;
    if (!units.some((u) => u.start < end && start < u.end)) units.push({ kind: 'party', start, end, party: ask[1]!, ours: false, conditional: false, soft: false, ...joinFor(sentence, toks, start) });
  }
  // A hand-off the agent keeps in this thread ("confirm your email through direct message") is no deflection; one
  // the customer is to report back on ("call your bank and let us know what they say") still is.
  const reportBack = (u: Unit, ch: { start: number }) => ch.start >= u.end && /\b(?:and|then)\b/i.test(sentence.text.slice(u.end, ch.start));
  const inThread = (u: Unit) => clauses.some((c) => c.start <= u.start && c.end >= u.start && c.channels.some((ch) => ch.kind === 'thread' && !reportBack(u, ch)));
  const clauseAt = (u: Unit) => clauses.find((c) => c.start <= u.start && c.end > u.start);
  // Units the clause layer reads as help after all: in this thread, with the agent personally ("reach out to me
  // at this link"), a link to read more, or a question whether they took it up with our own team.
  const excused = (u: Unit) => {
    const c = clauseAt(u);
    if (!c) return false;
    const text = sentence.text.slice(c.start, c.end);
    return (
      inThread(u) ||
      TO_ME.test(text) ||
      (u.kind === 'resource' && c.informational) ||
      // "Did you manage to raise a claim with our lost luggage team?": a question about our own team.
      ((c.directive === 'asked' || c.question) && /\bour\b/i.test(text) && /\byou\b/i.test(text))
    );
  };
  for (let i = units.length - 1; i >= 0; i--) if (excused(units[i]!)) units.splice(i, 1);
  for (const [k, c] of clauses.entries()) {
    // "…, they'll be able to…" reads as a hand-off of its own only after words that merely name the party (looked
    // for only when the clause names no channel).
    const unit = channelUnit(sentence, toks, c, clauses.slice(k + 1), clauses[k - 1]) ?? ablePartyUnit(sentence, toks, c, units.some((u) => u.start < c.start) ? undefined : namedParty(sentence, clauses, k));
    if (unit && !units.some((u) => u.start < unit.end && unit.start < u.end)) units.push(unit);
  }
  // "Pension admin is done by Lumen Trustees, they've got a member portal…": read last, where nothing else reads it.
  statements('runBy', true);
  if (units.some((u) => !u.alone)) for (let i = units.length - 1; i >= 0; i--) if (units[i]!.alone) units.splice(i, 1);
  // "The council manages the bins" deflects alone; before an errand ("…, so please ask your HR team") it explains it.
  if (units.length === 0) {
    const owned = clauses.map((c, k) => ownsPartyUnit(sentence, toks, c, namedParty(sentence, clauses, k))).find((u) => u !== undefined);
    if (owned) units.push(owned);
  }
  units.sort((a, b) => a.start - b.start);
  // "Request a return from your orders page and we'll send a replacement": help that waits on the errand before it.
  const helpAfterErrand = (rel: number) => {
    const after = afterErrand(clauses, rel, sentence.text);
    if (!after) return false;
    const { errand, clause } = after;
    // "…and I'll keep an eye on it too": help of its own beside the errand.
    if (/\b(?:too|also|as well|meanwhile|in the meantime)\b/i.test(sentence.text.slice(rel, clause.end))) return false;
    return /^\W*(?:and|then|and then)\s*$/i.test(sentence.text.slice(clause.start, rel)) && units.some((u) => u.start >= errand.start && u.start < errand.end);
  };
  return {
    units,
    // "…outside what we can see from here", "I can only help with UK accounts": what we can do, named as a limit, offers nothing.
    offersHelp: ctxPhrases('ownership')
      .find(sentence)
      .some((m) => !/\b(?:what|whatever)\s*$/i.test(sentence.text.slice(0, m.start - sentence.start)) && !/\bonly\b/i.test(sentence.text.slice(m.start - sentence.start, m.end - sentence.start)) && !helpAfterErrand(m.start - sentence.start)),
    ownedAction: ctxPhrases('ownedAction').has(sentence),
  };
}

/** "our Lost & Stolen line" → "our Lost & Stolen team": a line is answered by people. */
function asTeam(party: string): string {
  const team = party.replace(/\b(phone line|line|number|helpline|hotline|inbox|desk|phone)$/i, 'team');
  return /^(our|the) team$/i.test(team) ? 'the right team' : team;
}

function ownershipText(unit: Unit | undefined): string {
  if (unit?.here) return `send us a direct message with the details and I'll sort this out for you by ${TIME}`;
  if (!unit || unit.kind === 'statement') return `let me find out what I can do and update you by ${TIME}`;
  if (unit.kind === 'channel') return `reply here with the details and I'll sort this out for you by ${TIME}`;
  if (unit.kind === 'place' || unit.kind === 'resource' || !unit.party) return `let me sort this out for you from here and update you by ${TIME}`;
  const party = spellOut(unit.party).replace(/^(your|the|their|our|a|an)\b/i, (w) => w.toLowerCase());
  if (unit.ours) return `I'll contact ${asTeam(party)} myself and update you by ${TIME}`;
  return `I'll check this with ${party} for you and update you by ${TIME}`;
}

/** The customer reported trouble or asked for something (a question, a request), so a pointer is an answer. */
function customerAsks(customer: Draft): boolean {
  if (customer.sentences.some((s) => /\?/.test(s.text) || /^\s*(?:can|could|would|will|how|where|what|when|why|is|are|do|does|please|pls|i need|i want|need|want|help)\b/i.test(s.text))) return true;
  return customerTrouble(customer).reported;
}

/** The customer asked us to act for them: "can you check…?", "could someone look at…", "please sort this", "…, want compensation". */
const customerRequests = (customer: Draft): boolean =>
  customer.sentences.some((s) => /\b(?:can|could|would|will) (?:you|u|someone|somebody|anyone|ya)\b|\bplease (?!help\b)\w+|\b(?:i need you|need you) to\b|\b(?:i want|i need|i'd like|i would like) (?:a|my|the|to get)\b|\b(?:please|pls|plz)\W*$|(?:^|[,;.!]\s*|\band\s+)(?:want|need|wanting|needing)\s+(?:a|an|my|the|to|some|compensation|money|a refund|reimbursement)\b/i.test(s.text));

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export default defineRule({
  meta: {
    id: 'deflection',
    category: 'ownership',
    docs: {
      description: 'The reply sends the customer to another team, company, channel or resource to sort it out themselves.',
      why: 'Being told to go elsewhere means starting again with strangers. "Let me find out for you" keeps the customer with someone who already knows their story.',
      incorrect: [
        'Refunds for marketplace items are handled by the seller, so you\'ll need to contact the seller directly.',
        "That's not something we handle, please reach out to your bank.",
        'Please call our phone line on 0800 555 0100 to change your plan.',
        'Please follow the steps in this article: help.example/reset',
      ],
      correct: [
        "I've passed this to our billing team and they will email you by 3pm today.",
        'DM us your order number and we\'ll look into it.',
        'Here is the guide: help.example/reset. If anything is unclear, reply here and I\'ll walk you through it.',
        "You won't need to contact your bank: I've already reversed the charge.",
      ],
    },
    messages: {
      deflect: 'This sends the customer elsewhere to start again. Keep ownership: offer to contact {{party}} yourself and say when you will update them.',
      notOurs: '"Not our job" wording leaves the customer stuck. Say what you will find out or do for them, and when.',
      notHere: '"We can\'t do that here" leaves the customer to start again somewhere else. Say how you will help from here (a direct message is still us), and when.',
      resource: 'A link with nothing more leaves the customer on their own. Offer to help if the steps do not work.',
      channel: 'This sends the customer to another channel to start again with someone new. Keep it here: ask for what you need in this conversation and say what you will do next.',
    },
    defaultLevel: 'warning',
    phrases: {
      contactAnyone: {
        description: 'Ways of getting in touch whose object is always someone: whoever follows is where the customer is sent.',
        patterns: [
          '(contact|contacting|contacts)',
          '(reach|reaching) out to',
          '(get|getting) in (touch|contact) with',
          '(get|getting) hold of',
          // "get on to them to rebook", "get onto your bank".
          '(get|getting) (on to|onto)',
          '(write|writing) (to|in to)',
          '(speak|speaking|talk|talking) (to|with)',
          '(check|checking|confirm|confirming) with',
          // "worth querying it with them".
          '(query|querying|question|questioning|dispute|disputing) (it|this|that|the charge|the payment|the rate)? with',
          '(take|taking) (it|this|that|the matter|this matter|the issue|the charge)? up with',
          '(discuss|discussing) (it|this|that|the matter|the issue|your options)? with',
          '(raise|raising|flag|flagging) (it|this|that|the matter|the issue|a complaint|your complaint|a dispute)? with',
          // "worth lodging one with them".
          '(lodge|lodging|file|filing|log|logging) (one|it|this|that|a claim|a complaint|a dispute)? with',
        ],
      },
      contact: {
        description: 'Other ways of getting in touch the customer may be sent to do; they count with a party, a resource, "them" or contact details after them.',
        patterns: [
          '(call|calling|phone|phoning|ring|ringing|telephone|dial|dialling|dialing)',
          '(email|emailing|e-mail|e-mailing|text|texting|message|messaging|whatsapp)',
          '(reach|reaching)',
          '(give|giving) .{1,3} a (call|ring|bell|buzz|shout|message|email|nudge|chase|prod)',
          '(drop|dropping|shoot|shooting|flick|flicking|pop|popping) .{1,3} (a|an) (line|message|note|email|e-mail|text)',
          // "worth checking with your bank", "check with whoever issued your card".
          '(check|checking) with',
          '(chat|chatting) (to|with)',
          '(have|having) a (chat|word|talk) with',
          // "it's worth a chat with them", "a quick call to your bank": the contact named, not its verb.
          'a #Adjective? (chat|word|call|ring|message|email|shout) (with|to)',
          '(ask|asking)',
          '(chase|chasing)',
          // "Please let the host know": the customer carries the message to someone else ("let the team know if…" invites).
          '(let|letting) (the|your|their|a) !team',
          // "Since the restaurant made it, it's best to let them know": "them" is never us or the customer.
          '(let|letting) (them|him|her) know',
          // "please feed back to them directly".
          '(feed|feeding) (it|this|that)? back to',
          '(direct|send|address) (your|any|all|these|the)? (queries|questions|complaints|concerns|request|requests|enquiries|inquiries|correspondence|letters|claims) to',
          // "Please direct any questions about the event to the organiser."
          '(direct|address) (your|any|all|these|the)? (queries|questions|complaints|concerns|requests|enquiries|inquiries|correspondence|letters|claims) (about|on|regarding|for) .{1,4} to',
          '(reach out to your bank|reach out to the seller)',
        ],
      },
      pursue: {
        description: 'Things a customer may be sent to do somewhere else; they count only with a party or resource after them.',
        patterns: [
          '(visit|visiting)',
          '(go|going|head|heading|pop|popping|nip|come|drop) (to|into|in to|over to|down to|along to|in at|by|in)',
          '(go|going|head|heading|take|taking) (it|this|that)? back to',
          '(submit|submitting|complete|completing|file|filing|lodge|lodging|log|logging) (a|an|your|the)? (request|ticket|claim|complaint|case|report|dispute|form|application|return)',
          '(open|opening|place|placing|make|making) (a|an|your|the)? (request|ticket|claim|complaint|case|report|dispute|application|return)',
          '(submit|submitting|complete|completing)',
          // "submit a bug report via Settings > Help".
          '(submit|submitting|file|filing|log|logging|send|sending) (a|an) (bug|fault|problem) (report|ticket)',
          '(fill|filling) (in|out)',
          '(raise|raising|report|reporting|dispute|disputing|claim|claiming) .{0,4} (to|with|through|via|at)',
          // "raise it on their GitHub", "report it on the council's site".
          '(raise|raising|report|reporting) .{0,4} on (the|their|your|#ProperNoun)',
          '(request|requesting|apply|applying|register|registering|sign up|book|booking|verify|verifying|arrange|arranging)',
          '(follow|following) (the|these|those|our)? (steps|instructions|guide|guidance|process)',
          '(follow|following) (them|their)',
          '(refer|referring) to',
          // "you'll have to go through them": the party after it is who the customer deals with.
          '(go|going) through (them|him|her|#ProperNoun|your|their)',
          // "you'll need the travel agent for that one": the party itself is what the customer needs.
          '(need|needs)',
          '(post|posting) (on|in|to)',
          '(search|searching|look|looking) (for|up)',
          '(have|having|take|taking) a (look|read|browse) (at|through|over)',
          // "try our billing line", "try the store": with a party or resource after it.
          '(try|trying) (the|our|your|their|a|an|#ProperNoun)',
          '(send|sending|forward|forwarding|return|returning|take|taking|bring|bringing|post|posting|mail|mailing|show|showing) .{0,6} to',
          '(drop|dropping|shoot|shooting|fire|firing|flick|flicking|pop|popping) (a|an) (email|e-mail|message|note|line|text|dm) (over|across)? to',
          '(refer|referring|escalate|escalating|appeal|appealing|complain|complaining|apply|applying) .{0,4} (to|with)',
          '(send|sending|forward|forwarding|submit|submitting|return|returning|post|posting|provide|providing|take|taking) .{0,12} (directly|straight) (to|with)',
          '(use|using) (the|their|our) .{0,3} (link|portal|form|site|website)',
          // "you'll need to rebook with them", "cancel it through the airline": a change made with someone else.
          '(rebook|rebooking|reschedule|rescheduling|rearrange|rearranging|amend|amending|change|changing|cancel|cancelling|canceling|settle|settling) .{0,3} (with|through|via)',
        ],
      },
      elsewhere: {
        description: 'Someone or somewhere outside this conversation a customer can be sent to: other companies, other teams, lines, desks and places.',
        patterns: [
          '(bank|banks|building society|card issuer|issuer|card provider|card network|card company|lender|payment provider)',
          '(seller|sellers|vendor|merchant|retailer|retailers|stockist|marketplace)',
          '(developer|developers|publisher|studio|manufacturer|maker|brand)',
          '(courier|couriers|carrier|delivery company|delivery partner|postal service|post office|royal mail)',
          '(airline|airlines|operator|provider|providers|network|isp|platform)',
          '(partner|partners|contractor|contractors|agency|agent|authority|authorities|council|police|ombudsman|regulator)',
          '(insurer|insurers|insurance company|solicitor|lawyer|landlord|letting agent|employer|manager|managers|hr)',
          '(admin|admins|administrator|administrators|it team|it department|it support)',
          '(gp|doctor|doctors|surgery|clinic|clinician|pharmacy|pharmacist|practice|hospital|dentist|electrician|plumber|installer|mechanic|technician)',
          '(hotel|venue|organiser|organizer|organisers|travel agent|school|university|garage|dealer|dealership|club|landlord|estate agent)',
          '(driver|drivers|conductor|guard|crew|cabin crew|station staff|ground staff|staff on board|staff|member of staff|members of staff|staff member|staff members)',
          '(host|hosts|owner|owners|property owner|restaurant|restaurants|takeaway)',
          '(team|department|dept|desk|office|unit|line|helpline|hotline|phone line|switchboard|number|helpdesk|help desk)',
          '(support|customer service|customer services|services|helpers|colleagues|specialists|advisers|advisors)',
          '(community|mods|moderators|app store|play store|google play)',
          '(scheme|adr|ombudsman service|arbitration|arbitrator|tribunal|small claims court|court|trading standards|citizens advice)',
          '(supplier|suppliers|distributor|network operator|distribution network|utility|utility company|local authority)',
          // "whoever issued your card": the business, named by what it did.
          'whoever (issued|sold|supplied|made|runs|provides|provided|manages|installed|fitted|processed|charged|billed|handles|handled|operates|delivered|shipped)',
          '(them|they)',
        ],
      },
      places: {
        description: 'Places a customer is sent to in person or online to start again.',
        patterns: [
          '(store|stores|shop|shops|place of purchase|branch|branches|reception|front desk|counter|post office)',
          '(airport|airports|station|stations|ticket office|ticket desk|forum|forums|discord|server|centre|center)',
          '(nearest|closest|local) #ProperNoun',
        ],
      },
      resources: {
        description: 'Self-service places a customer can be pointed to; a deflection only when nothing else is offered.',
        patterns: [
          '(article|articles|guide|guides|help centre|help center|help page|help pages|faq|faqs|page|form|forms|portal)',
          '(link|instructions|steps|tutorial|video|documentation|docs|knowledge base|manual|website|web site|site)',
        ],
      },
      us: {
        description: 'Targets that are still us: the same team keeps helping (not a deflection).',
        patterns: [
          '(us|me|myself|ourselves)',
          'our (support|customer support|customer service|customer care|help|care|chat)? (team|agents|staff)',
          '(this|the same) (email|chat|thread|inbox|address|conversation|ticket|message)',
          '(here|back)',
        ],
      },
      notOurs: {
        description: 'Statements that the problem is not ours to solve.',
        patterns: [
          'not something (we|i) (can|could|are able to)? #Adverb? (handle|deal|help|assist|do|cover|manage|sort|offer|support|look|control|set|decide|change)',
          'not something our #Noun+ (can|could|is able to|are able to)? #Adverb? (handle|deal|help|assist|do|cover|manage|sort)',
          '(nothing|not much|little|not a lot) (more|else|further)? (we|i) (can|could|are able to|am able to) (do|offer)',
          '(we|i) (can|could) not do anything (about|for|to|from|on|at|here)',
          '(we|i) (do|can|could) not (handle|deal with|process|manage|look after|cover|help with|assist with)',
          '(is|are) (a|an)? (different|separate|another|other) (department|team|company|business|organisation|organization|matter)',
          '(is|are|be) (best|better|well) placed to (help|advise|assist|answer|sort|deal|look|investigate|resolve|check|handle|fix|tell|explain|confirm)',
          '!(i|we) (is|are|#Copula) (best|better) to (speak|talk|ask|contact|call|chat|ring)',
          // "the manufacturer would be best to advise on repairs".
          '!(i|we) #Modal be #Adverb? (best|better) (placed)? to (advise|help|assist|answer|sort|deal|look|check|handle|fix|repair|explain|confirm)',
          '(is|are) the (best|right) (people|team|place|ones|person|department) to (ask|contact|help|speak|talk|deal)',
          // "The best people to help are our insurance team": the same, said the other way round.
          '^the (best|right) (people|team|place|ones|person|department) to (ask|contact|help|speak|talk|deal) (with|to)? (are|is|#Modal)',
          '(can|could) not be (done|handled|processed|opened|changed|sorted|dealt with|arranged) (over|in|via|through|by|on|from) (chat|email|phone|this|the|our|online|here|social)',
          // "subscriptions through iTunes can't be cancelled by us".
          '(can|could) not be #Adverb? (cancelled|canceled|refunded|changed|amended|done|processed|reversed|handled|managed) by (us|me)',
          '(unable|not able) to (help|assist) (with|you with) (that|this|those|these)',
          '(unable|not able) to (help|assist) (with|you with) #Noun+ (sold|bought|purchased|booked|ordered) (by|through|via|from)',
          '(is|are) (outside|beyond|out of) (our|my) (remit|hands|control)',
          '(our|my) hands (are|were) #Adverb? tied',
          '#Negative #Adverb? (anything|much|a lot|a great deal) (more|else|further)? (we|i) (can|could|are able to|am able to) (do|offer)',
          '(we|i) (have|has) (no|#Negative) #Adverb? (any)? (control|say|influence|power|way) (over|of|to|in)',
          '(we|i) (do|does) #Negative #Adverb? have (any)? (control|say|influence|power|way) (over|of|to|in)',
          '#Copula (entirely|completely|totally|really|solely|ultimately)? up to (the|your|their|#ProperNoun) #Noun?',
          '#Negative #Adverb? (our|my) (department|area|remit|responsibility|call|decision|team|job|place|domain)',
          '(complaints|queries|questions|claims|disputes|requests|enquiries|inquiries|appeals|concerns) .{0,5} (should|must|need|needs|have|has|can) (to|only)? (go|be sent|be directed|be made|be addressed)',
          '!(i|we) (#Copula|be) the (best|right|correct)? (people|person|ones|one|team|place|department) to (ask|contact|speak|talk|call|approach|go|see|try)',
          '(falls|fall|falling|sits|lies) (outside|beyond) (our|my|what|the)',
          '(we|i) #Copula (only|just|merely) (a|an|the) #Adjective? #Noun? (agent|reseller|platform|marketplace|middleman|intermediary|broker|agency)',
          '(we|i) (do|does|can|could) #Negative #Adverb? (offer|do|provide) (anything|much) (more|else|further)',
          '(we|i) #Copula (unable|not able) to (offer|do|provide) (anything|much|any) (more|else|further)',
          '(must|need to|needs to|has to|have to|should|can only) be #Adverb? (done|made|arranged|processed|requested|handled|cancelled|closed) (by|over|in) (phone|the phone|post|writing|branch)',
          '(this|that|it|these|those) (needs|need|has|have|should|must|would need|will need) to go (to|through) (your|the|their|#ProperNoun)',
          '(this|that|it|these|those) (needs|need|has|have|should|must|would need|will need) to be (sent|taken|raised|directed|referred) (to|with) (your|the|their|#ProperNoun)',
          '#Negative (up to|in) (us|me|our hands|our control|our power|our gift)',
          '#Copula #Adverb? the responsibility of (the|your|their|a)',
          // "returns are their responsibility": someone else's to deal with.
          '(this|that|it|these|those|which|returns|refunds|repairs|exchanges|claims|replacements|cancellations) #Copula #Adverb? (their|its) (responsibility|remit|department|call|decision)',
          '(#Copula|be) #Adverb? (a|one) (question|matter|job|query|case|thing)? for (your|the|their|a) #Adjective? #Noun',
          '(your|the|their) (bank|card issuer|issuer|seller|retailer|airline|insurer|council|provider|supplier) #Modal #Adverb? be (able|best placed|better placed|the ones) to',
          '(your|the|their) (manufacturer|courier|carrier|landlord|gp|doctor|pharmacy|store|shop|venue) #Modal #Adverb? be (able|best placed|better placed|the ones) to',
          '(your|the|their) (organiser|operator|lender|developer|publisher|police) #Modal #Adverb? be (able|best placed|better placed|the ones) to',
          '(should|must|need|needs|have|has) to? be #Adverb? (disputed|made|submitted|lodged|filed|requested|claimed|pursued) #Adverb? (to|with|from|at|through|via) (the|a|an|your|their|them|#ProperNoun)',
          '(should|must|need|needs|have|has) to? be #Adverb? (reported|resolved|settled|queried|challenged|appealed|returned) #Adverb? (to|with|from|at) (the|a|an|your|their|them|#ProperNoun)',
          '(should|must|need|needs|have|has) to? be #Adverb? (directed|addressed|referred|sent|raised|taken up|discussed|arranged|sorted|resolved) #Adverb? (to|with) (the|a|an|your|their|them|#ProperNoun)',
          '(that|this|these|those|which) #Copula #Adverb? (handled|dealt with|managed|run|issued|processed|administered|looked after|decided) (by|through) (the|a|an|their|your|#ProperNoun)',
          '(we|i) #Copula #Negative (a|an)? (participating|authorised|authorized|official|approved|registered|listed) #Noun',
          '(must|need to|needs to|has to|have to|should|will need to|would need to) be #Adverb? (#PastTense|#Participle) in person',
          // "That'll need a visit to the branch with your ID": the errand named as a noun.
          '(need|needs|require|requires) (a|an) (visit|trip) (to|into) #Determiner? #Adjective? (branch|store|shop|post office|dealer|dealership|garage|counter|desk|office|centre|center|pharmacy|surgery|station)',
          // "it's them you need to speak to", "it's the letting agent u need to call": the party put first.
          '(it|its) #Copula? (them|your|the|their) .{0,3} (you|u) #Modal? (need|needs|have|has|must|should) to (speak|talk|contact|call|ring|ask|go|chat|write|email|deal) (to|with)?',
          // "ATM fees are set by the machine's owner, not us", "any refund would have to come from them".
          '(set|decided|charged|controlled|handled|run|issued|made) by .{1,4} not (us|me)',
          '(has|have|would have|will have|would need|will need) to come from (them|your|their)',
          // "Missing items need reporting through the app", "claims have to be logged via our portal".
          '!(i|we|#Pronoun) (should|must|need|needs|have|has) to? be? #Adverb? (reported|reporting|submitted|submitting|raised|raising|logged|logging) (through|via|using|in|on) #Determiner',
        ],
      },
      theirs: {
        description: 'Statements that the problem belongs to someone else ("refunds are processed by your bank", "Apple support would be your best bet"): a deflection unless the agent goes on to act on it.',
        patterns: [
          // "Customs holds are between you and the customs office": a matter of the customer's with another party.
          '(#Copula|be) #Adverb? between (you|yourself) and (your|the|their|#ProperNoun)',
          // "…it'd need changing in your Apple ID settings rather than with us": somewhere other than us, said outright.
          '(rather than|instead of) (with|by|through|via)? (us|me)',
          // "Transit damage claims are made directly with the courier": raised with another party, not with us.
          '(#Copula|be) #Adverb? (made|raised|filed|lodged|submitted) #Adverb? with (the|your|their) #Adjective? (courier|carrier|seller|retailer|bank|airline|insurer)',
          '(#Copula|be) #Adverb? (made|raised|filed|lodged|submitted) #Adverb? with (the|your|their) #Adjective? (provider|manufacturer|hotel|venue|operator|council|landlord)',
          '(#Copula|be) #Adverb? (made|raised|filed|lodged|submitted) #Adverb? with #ProperNoun',
          // "In-app purchases are refunded by Apple, not us": done by someone else, said outright.
          '(#Copula|be) #Adverb? #PastTense (by|through|via|with) #Determiner? #Adjective? (#ProperNoun|#Noun)+ not (us|me)',
          // "…the learning platform, which has its own helpdesk at <link>": another party's own way in.
          '(which|who|they) (has|have) (its|their) own (helpdesk|support|team|line|helpline|number|website|site|app|portal)',
          // "their refund number is on the front of the machine": another's line, pointed to.
          '(their|its) (refund|support|service|services|claims|contact|phone)? (number|helpline|hotline|line|email|details) (is|are) #Adverb? (on|in|at|here|below|above|listed)',
          '(#Copula|be) #Adverb? (handled|dealt with|managed|decided|run|administered|held|processed) (by|through|via) (your|their|the) (letting|estate|travel|booking|insurance) (agent|agents|agency)',
          // "Seat swaps need doing through the airline": a change made with another party.
          '(need|needs) (doing|sorting|changing|arranging|booking|requesting|making|cancelling) (through|via|with) (the|your|their|#ProperNoun)',
          '(need|needs|has|have) to be (done|made|arranged|changed|requested|booked|sorted) (through|via|with) (the|your|their|#ProperNoun) !(us|me)',
          // "crash reports go to the developer".
          '(reports|refunds|returns|repairs|bugs|crashes) .{0,3} (go|goes) (through|to) (the|your|their) .{0,2} (developer|publisher|manufacturer|maker|studio)',
          '(can|could|may) only be #Adverb? (done|handled|changed|made|processed|arranged|requested|issued|updated|sorted|dealt with) (by|through|via|with|at|in) (the|your|their|a|an|#ProperNoun)',
          '(can|could|may) only be #Adverb? (amended|cancelled|canceled|approved|authorised|authorized|resolved|raised) (by|through|via|with|at|in) (the|your|their|a|an|#ProperNoun)',
          '(#Copula|be) #Adverb? (handled|dealt with|managed|set|decided|run|operated|carried out|fulfilled|controlled) (by|through|via) a? (third-party|third party|external)',
          '(#Copula|be) #Adverb? (handled|dealt with|managed|decided|run|operated|administered|covered) (by|through|via) (your|their|the) #Possessive? (bank|issuer|card issuer|card provider|seller)',
          '(#Copula|be) #Adverb? (handled|dealt with|managed|decided|run|operated|administered|covered) (by|through|via) (your|their|the) #Possessive? (retailer|store|shop|carrier|courier|airline)',
          // "Lost parcels are investigated by the courier": the search for it is theirs.
          '(#Copula|be) #Adverb? (investigated|traced|tracked down|searched for|assessed) (by|through|via) (your|their|the) #Possessive? (carrier|courier|airline|post office|seller|retailer)',
          '(#Copula|be) #Adverb? (handled|dealt with|managed|decided|run|operated|administered|covered) (by|through|via) (your|their|the) #Possessive? (insurer|underwriter|provider|landlord)',
          '(#Copula|be) #Adverb? (handled|dealt with|managed|decided|run|operated|administered|covered) (by|through|via) (your|their|the) #Possessive? (manufacturer|maker|brand|developer|publisher)',
          '(#Copula|be) #Adverb? (handled|dealt with|managed|decided|run|operated|administered|covered) (by|through|via) (your|their|the) #Possessive? (venue|organiser|organizer|operator|lender)',
          // "refunds are processed by the promoter".
          '(#Copula|be) #Adverb? (processed|issued|paid|refunded|handled) (by|through|via) (your|their|the) (promoter|promoters|organiser|organizer|venue|box office)',
          '(#Copula|be) #Adverb? (handled|dealt with|managed|decided|run|operated|administered|covered) (by|through|via) (your|their|the) #Possessive? (council|network|platform|marketplace|vendor)',
          '(#Copula|be) #Adverb? (handled|dealt with|managed|decided|run|operated|administered|covered) (by|through|via) (your|their|the) #Possessive? (supplier|hotel|partner|partners|dealer)',
          '(#Copula|be) #Adverb? (handled|dealt with|managed|decided|run|operated|administered|covered) (by|through|via) (your|their|the) #Possessive? (dealership|garage|pharmacy|gp|doctor)',
          '(#Copula|be) #Adverb? (handled|dealt with|managed|decided|run|operated|administered|covered) (by|through|via) (your|their|the) #Possessive? (employer|school|host|agency|embassy)',
          '(#Copula|be) #Adverb? (handled|dealt with|managed|decided|run|operated|administered|covered) (by|through|via) (your|their|the) #Possessive? (post office)',
          '(#Copula|be) #Adverb? (carried out|fulfilled|controlled|raised|determined|set) (by|through|via) (your|their|the) #Possessive? (bank|issuer|card issuer|card provider|seller|retailer|store|shop|carrier)',
          '(#Copula|be) #Adverb? (carried out|fulfilled|controlled|raised|determined|set) (by|through|via) (your|their|the) #Possessive? (courier|airline|insurer|underwriter|provider|landlord|manufacturer|maker)',
          '(#Copula|be) #Adverb? (carried out|fulfilled|controlled|raised|determined|set) (by|through|via) (your|their|the) #Possessive? (brand|developer|publisher|venue)',
          '(#Copula|be) #Adverb? (carried out|fulfilled|controlled|raised|determined|set) (by|through|via) (your|their|the) #Possessive? (organiser|organizer|operator|lender|council)',
          '(#Copula|be) #Adverb? (carried out|fulfilled|controlled|raised|determined|set) (by|through|via) (your|their|the) #Possessive? (network|platform|marketplace|vendor)',
          '(#Copula|be) #Adverb? (carried out|fulfilled|controlled|raised|determined|set) (by|through|via) (your|their|the) #Possessive? (supplier|hotel|partner|partners|dealer)',
          '(#Copula|be) #Adverb? (carried out|fulfilled|controlled|raised|determined|set) (by|through|via) (your|their|the) #Possessive? (dealership|garage|pharmacy|gp|doctor|employer|school|host|agency|embassy)',
          '(#Copula|be) #Adverb? (carried out|fulfilled|controlled|raised|determined|set) (by|through|via) (your|their|the) #Possessive? (post office)',
          '(rather than|instead of) (us|me|ourselves)',
          // Weak: "…, so please DM us" keeps it with the same team.
          '(#Negative|isn\'t|aren\'t) (possible|available|something we can do) (through|via|over|on|by|in) (twitter|social|social media|here|chat|email|facebook|instagram|this channel)',
          '#Negative #Adverb? (the|a) (right|best|correct|appropriate) (place|channel|platform|team|forum|way) (for|to)',
          '(we|i) (can|could) #Negative (do|discuss|handle|process|change|access|see) (that|this|it|orders|accounts)? (on|over|via|through|in) (social|twitter|here|chat|email|facebook|instagram)',
          '(hold|holds|handle|handles|manage|manages|own|owns|control|controls|set|sets|decide|decides|do|does) (that|this|those|these|it|the|your|all)? #Noun? #Noun? not (us|me)',
          // "P60s come from your employer, not from us".
          '(come|comes) from .{1,4} not from? (us|me)',
          // "Those chargers belong to ChargeNet, not us".
          '(belong|belongs) to .{1,4} not (us|me)',
          // "You want @AcmeBilling for that": another account named as the one to go to.
          '(you|u) #Modal? (want|need) #AtMention',
          // "For warranty stuff it's Samsung you want, not us", "you want Samsung for that, not us".
          '#ProperNoun (you|u) #Modal? (want|need) not (us|me)',
          '(you|u) #Modal? (want|need) #ProperNoun .{0,3} not (us|me)',
          // "This needs to go to our complaints team": routed to another team, for the customer to take there.
          '(this|that|it|which) #Modal? (need|needs|has|have) to (go|get) (to|through) (our|the) .{0,2} (team|department|dept|desk|office|unit)',
          '(this|that|it|which) #Modal? (need|needs|has|have) to be (sent|passed|raised|directed|referred|escalated) (to|through) (our|the) .{0,2} (team|department|dept|desk|office|unit)',
          '#Copula who you #Modal? (need|want|should|have|must)',
          // "their customer relations team is the place to complain".
          '(their|the) .{0,3} (team|department|desk|office|line|helpline) #Copula (the|your) (place|people|ones) to (go|complain|ask|contact|speak|talk|appeal)',
          // "the energy ombudsman is who to go to", "a complaint to them is the way to go".
          '#Copula (who|where) to (go|turn|speak|talk|ask|complain|write|appeal)',
          '(complaint|claim|appeal|dispute|call|email|message|letter) (to|with) (them|the|your|their|#ProperNoun) .{0,3} #Copula (the|your) (way|route|thing) to (go|do)',
          '(questions|queries|complaints|concerns|issues|problems|requests|enquiries|inquiries|anything) .{0,4} (would|should|will) be (for|with) (them|the|your|their|#ProperNoun)',
          '(issues|problems|returns|refunds|changes|exchanges|repairs) .{0,5} (should|must|need|needs|have|has|can) (to|only)? (go|be sent|be directed|be raised) (to|through|via|with) !(us|me|our|my)',
          '(would|will|#Copula) be? (one|a question|a matter|a job|something) for (the|your|their|them|#ProperNoun)',
          '(sounds|looks|seems) like (one|a question|a matter|a job|something) for (the|your|their|them|#ProperNoun)',
          // "…come from the seller, so they're your first port of call": whoever it is, not us.
          '!(we|i|us) #Copula #Adverb? (your|the) (first|best|right|usual) port of call',
          // "Resale tickets are handled by them, not us."
          '#Copula #Adverb? (#PastTense|#Participle) (by|through|with|from) (them|#Determiner? #Adjective? #Noun) not (us|me)',
          '(this|that|it) one? #Copula #Adverb? for (the|your|their) #Adjective? (bank|issuer|seller|retailer|store|shop|carrier|courier|airline|insurer|provider|supplier)',
          '(this|that|it) one? #Copula #Adverb? for (the|your|their) #Adjective? (landlord|manufacturer|dealer|installer|council|host|venue|operator|lender|developer|publisher)',
          // "Points queries are best sent to the loyalty team", "IT issues are for your IT desk", "faults need to go to the operator".
          '#Copula (best|better) (sent|directed|addressed|raised|handled|dealt with|answered|reported|taken up|put) (to|with|by|via|through) !(us|me|dm|dms|direct|private|here)',
          // "anything plumbing related needs a qualified plumber": a professional of another trade.
          '(need|needs|require|requires) (a|an) qualified #Noun',
          '(need|needs|require|requires) (a|an) #Adjective? (plumber|electrician|locksmith|mechanic|doctor|gp|pharmacist|vet|solicitor|lawyer|accountant)',
          '(issues|problems|questions|queries|faults|requests|complaints) .{0,4} #Copula (for|with) (your|their|the) .{0,3} (desk|team|department|office|support|provider|helpdesk)',
          '#Plural .{0,3} (should|must|need|needs|have|has) to (go|be sent|be directed|be raised|be reported) (to|through|via|with) (the|your|their) !(us|me|our|my)',
          // "Any replacement would need to be arranged with them."
          '(need|needs|have|has) to be #Adverb? (arranged|organised|organized|sorted|replaced|exchanged|booked) (with|through|by) (them|the|your|their|#ProperNoun)',
          // "Any appeal goes to them", "refund requests go through the ticket agent you bought from".
          '(complaints|complaint|queries|claims|claim|disputes|requests|request|appeals|appeal) .{0,4} (go|goes) (through|to) (them|their|your)',
          '(complaints|complaint|claims|claim|requests|request|appeals|appeal) .{0,4} (go|goes) (through|to) the #Noun? (seller|retailer|agent|operator|provider|issuer|bank|airline|venue|organiser|organizer)',
          // Requests said to go through a form, portal or line: the customer has to start again there.
          '(complaints|queries|questions|claims|disputes|requests|enquiries|inquiries|appeals) .{0,4} (go|get) (through|via|to) (the|our|a|an|their|your) #Adjective? #Noun? (form|portal|page|site|app|line)',
          '(complaints|queries|claims|requests|enquiries|appeals) .{0,4} are (sent|handled|dealt|processed) with? (through|via|at|on) (the|our|a|an|their|your) #Adjective? #Noun? (form|portal|page|app)',
          '(support|team|bank|provider|store|shop|seller|retailer|company|manufacturer|developer|publisher|#ProperNoun) (would|will|#Copula) be? (your|the) (best|only|first) (bet|option|port of call|choice)',
          // "Samsung or LG support would be best": another brand's support said to be the way.
          '(#ProperNoun|#Organization) (support|care|helpdesk|helpline) (would|will|#Copula) be? #Adverb? (best|better)',
          '(professional|accountant|lawyer|solicitor|advisor|adviser|specialist|doctor|gp|pharmacist) (would|will|#Copula) be? (your|the) (best|only|first) (bet|option|port of call|choice)',
          '(your|the)? (best|only|first) (bet|option|port of call|choice) (#Copula|would|will) be? (your|the|their|a|#ProperNoun)',
          '!(we|i|us) #Copula (who|the ones who|the people who|the one who) (can|could|will|would) #Adverb? (help|fix|sort|assist|advise|deal|resolve|answer|change|check)',
          '(that|this|it) #Copula (a|an) #ProperNoun+ (issue|problem|matter|thing|question|fault)',
          '(your|the|their) #Adjective? #Noun? #Copula #Adverb? (responsible|liable) for',
          'the (best|quickest|easiest|fastest|only|simplest) (way|route|option|place) #Copula (our|the|this|their) #Adjective? (form|portal|page|website|site|app|link|helpline|line|number)',
          'the (best|quickest|easiest|fastest|only|simplest) (way|route|option) .{0,6} #Copula (through|via|on|in|at) (our|the|their|your)',
          '(they|#Noun) (would|will) be (the|your) (best|right) (ones|people|person|place|team) to (check|help|advise|assist|answer|confirm|sort|look|ask|contact|speak|talk)',
          '#Copula #Adverb? (on|at) (their|the #Possessive|your #Possessive) (side|end)',
          '(your|the|their) #Possessive? (bank|issuer|card issuer|card provider) (would|will|may|might) (need|have) to (look at|check|sort|fix|handle|deal with|investigate|resolve|approve|review|look into)',
          '(your|the|their) #Possessive? (seller|retailer|store|shop|carrier) (would|will|may|might) (need|have) to (look at|check|sort|fix|handle|deal with|investigate|resolve|approve|review|look into)',
          '(your|the|their) #Possessive? (courier|airline|insurer|underwriter) (would|will|may|might) (need|have) to (look at|check|sort|fix|handle|deal with|investigate|resolve|approve|review|look into)',
          '(your|the|their) #Possessive? (provider|landlord|manufacturer|maker) (would|will|may|might) (need|have) to (look at|check|sort|fix|handle|deal with|investigate|resolve|approve|review|look into)',
          '(your|the|their) #Possessive? (brand|developer|publisher|venue|organiser) (would|will|may|might) (need|have) to (look at|check|sort|fix|handle|deal with|investigate|resolve|approve|review|look into)',
          '(your|the|their) #Possessive? (organizer|operator|lender|council|network) (would|will|may|might) (need|have) to (look at|check|sort|fix|handle|deal with|investigate|resolve|approve|review|look into)',
          '(your|the|their) #Possessive? (platform|marketplace|vendor|supplier) (would|will|may|might) (need|have) to (look at|check|sort|fix|handle|deal with|investigate|resolve|approve|review|look into)',
          '(your|the|their) #Possessive? (hotel|partner|partners|dealer|dealership) (would|will|may|might) (need|have) to (look at|check|sort|fix|handle|deal with|investigate|resolve|approve|review|look into)',
          '(your|the|their) #Possessive? (garage|pharmacy|gp|doctor|employer|school) (would|will|may|might) (need|have) to (look at|check|sort|fix|handle|deal with|investigate|resolve|approve|review|look into)',
          '(your|the|their) #Possessive? (host|agency|embassy|post office) (would|will|may|might) (need|have) to (look at|check|sort|fix|handle|deal with|investigate|resolve|approve|review|look into)',
          '(your|the|their) (bank|issuer|card issuer|card provider|seller|retailer|store|shop|carrier|courier|airline|insurer|underwriter) #Modal #Adverb? be (able|best placed|better placed|the ones) to',
          '(your|the|their) (provider|landlord|manufacturer|maker|brand|developer|publisher|venue|organiser|organizer|operator|lender|council) #Modal #Adverb? be (able|best placed|better placed|the ones) to',
          '(your|the|their) (network|platform|marketplace|vendor|supplier|hotel|partner|partners|dealer|dealership|garage|pharmacy|gp|doctor) #Modal #Adverb? be (able|best placed|better placed|the ones) to',
          '(your|the|their) (employer|school|host|agency|embassy|post office) #Modal #Adverb? be (able|best placed|better placed|the ones) to',
          '#ProperNoun (support|customer service|customer care|helpdesk|help desk|help) #Modal #Adverb? be (able|best placed|better placed|the ones) to',
          '#AtMention (can|will|would|should|may) #Adverb? (be able to)? (help|assist|sort|look|advise|support) (with|you|this|that|it|out)',
          '(your|the|their) #Noun+ (would|will|should|might|could|does|do|can) (though|tho)',
          '(they|he|she) (will|would|can|could) #Adverb? be (more than)? (happy|glad|pleased|able) to (walk|help|assist|guide|take|sort|look)',
          '(colleagues|staff|team|people|folks) (there|in store|in-store|at the store|at the branch|in branch) #Modal #Adverb? be? (more than)? (happy|glad|pleased|able)? to? (help|assist|walk|guide|sort)',
          '#Gerund .{0,4} #Url (is|are) the (best|only|quickest|easiest|fastest) (way|option|bet|route|place)',
          '!(we|i|us) #Copula (the|your) (best|right|first) (place|port of call|people|ones|team|person|contact) to (start|go|turn|begin|check)',
          '(point|direct|refer|steer) (you|#Pronoun) (in the right direction|to the right place|to the right team|to the right people)',
        ],
      },
      notHere: {
        description: 'Statements that this channel cannot handle the matter ("we can\'t access accounts on here"): a deflection unless the agent goes on to help (a direct message is still us).',
        patterns: [
          '(we|i) (can|could|do|will|would|are|am) #Negative #Adverb? be? (able to)? (#Verb && !wait) .{0,5} (on|over|via|through) (here|twitter|x|facebook|instagram|social|socials|messenger|whatsapp|public)',
          '(we|i) (can|could|do|will|would|are|am) #Negative #Adverb? be? (able to)? (#Verb && !wait) .{0,5} (on|over|via|through) (social media|this channel|this platform|this app)',
          '(we|i) #Copula #Adverb? unable to (#Verb && !wait) .{0,5} (on|over|via|through) (here|twitter|x|facebook|instagram|social|socials|messenger|whatsapp|public)',
          '(we|i) #Copula #Adverb? unable to (#Verb && !wait) .{0,5} (on|over|via|through) (social media|this channel|this platform|this app)',
          '(can|could|will|would) #Negative be #Adverb? (#PastTense|#Participle) .{0,3} (on|over|via|through) (here|twitter|x|facebook|instagram|social|socials|messenger|whatsapp|public)',
          '(can|could|will|would) #Negative be #Adverb? (#PastTense|#Participle) .{0,3} (on|over|via|through) (social media|this channel|this platform)',
        ],
      },
      runBy: {
        description: 'A business by name said to do or run the thing ("the machines are serviced by SnackCo"): a deflection only with a pointer to them after it ("…, their refund details are on the side"), not as an explanation ("handled by Stripe, so we never see your card").',
        patterns: [
          '(#Copula|be) #Adverb? (handled|managed|run|operated|administered|serviced|maintained|done) by #Organization',
          '(#Copula|be) #Adverb? (handled|managed|run|operated|administered|serviced|maintained) by #ProperNoun',
          '(#Copula|be) #Adverb? done by !#Date #ProperNoun',
        ],
      },
      handOver: {
        description: "Someone else's contact details handed to the customer to use themselves (\"here's their number\").",
        patterns: [
          'here #Copula (their|his|her) #Adjective? (number|email|email address|phone number|contact details|details|website|site|helpline|line|address|link|contact)',
          '(their|his|her) #Adjective? (number|email|email address|phone number|contact details|website|helpline|line|address) #Copula',
          '(their|his|her) #Adjective? (inbox|mailbox|whatsapp) #Copula',
          '(they|he|she) (can|may|should) #Adverb? be (contacted|reached|called|emailed|phoned|rung|found) (at|on|via|through|by)',
          '(your|the|their) #Adjective? (bank|card provider|provider|issuer|seller|retailer|airline|insurer|council|supplier|manufacturer) (can|may) #Adverb? be (contacted|reached|called|emailed|phoned)',
          '(your|the|their) #Adjective? (courier|carrier|landlord|gp|surgery|venue|operator|lender|developer|publisher|partner|agency) (can|may) #Adverb? be (contacted|reached|called|emailed|phoned)',
          'the (number|phone number|email|email address|contact details|helpline|website) for (the|your|their) #Noun',
        ],
      },
      ownership: {
        description: 'The agent keeps helping (a link or a backup line alongside this is not a deflection).',
        patterns: [
          '(i|we) #Adverb? (will|can|could|shall) #Adverb? (#Verb && !#Auxiliary)',
          '(i|we) (would|am|are) (be)? (happy|glad|more than happy) to',
          'let me',
          '(send|tell|give|show|message) me',
          '(reply|respond) (here|to this email|to this message)? (with|and)',
          'just say the word',
          '(send|shoot|drop) (us|me) a (dm|direct message|message|note)',
          '(dm|message) (us|me)',
          '(i|we) (have|had) #Adverb? (booked|arranged|scheduled|set up|added|sent|done|sorted|raised|escalated|forwarded|passed)',
        ],
      },
      ownedAction: {
        description: 'Something concrete the agent has done or booked, so a same-company emergency line is only a backup.',
        patterns: [
          '(i|we) (have|had) #Adverb? (booked|arranged|scheduled|set up|sent|raised|logged|ordered|dispatched|issued|refunded|reserved|blocked|fixed)',
          '(i|we) (have|had) #Adverb? (rebooked|reissued|replaced|credited|reversed|resent|re-sent|restored|reconnected|waived|cancelled)',
          '(i|we) (have|had) #Adverb? (unblocked|unlocked|activated|reactivated|corrected|approved|released|reset|refunded|repaired|amended|updated|changed|removed)',
          '(i|we) (have|had) #Adverb? (claimed|requested|filed|lodged|submitted|applied|disputed|chased|escalated|started|processed|opened|filled|completed|made)',
          '(i|we) (have|had) #Adverb? (put|added|moved|switched|transferred|reinstated|returned|topped)',
          '(i|we) (have|had)? #Adverb? (called|contacted|rung|phoned|emailed|chased|messaged|asked|told|spoken to|spoke to) (them|the|your|their|#ProperNoun)',
          // Not "installations are booked through (or by) our partner": how such things are done, not what was done.
          '(is|are|has been|have been) #Adverb? (booked|arranged|scheduled|confirmed) !(through|via|by)',
          '(is|are|has been|have been) #Adverb? (booked|arranged|scheduled|confirmed)$',
          '(is|are|has been|have been) #Adverb? (on the way|on its way)',
          // "Done! You can also change it in Settings > Profile": done first, the steps only for next time.
          '^(all|that is|it is)? (done|sorted)',
        ],
      },
    },
  },
  check(draft, ctx) {
    const infoOf = (s: Sentence) => s.memoText('deflection:units', () => analyse(s, ctx.phrases));
    const offersHelp = anySentence(draft.sentences, 'deflection:offersHelp', (s) => infoOf(s).offersHelp);
    // A self-serve pointer answers a customer who had trouble or asked for something; praise or chat it only informs.
    // Read only for drafts that have such a pointer: reading the customer's trouble is not free.
    const known = ctx.customer !== undefined && ctx.customer.sentences.length > 0;
    const pointer = known && anySentence(draft.sentences, 'deflection:pointer', (s) => infoOf(s).units.some((u) => u.needsAsk || u.needsRequest));
    const asked = !pointer || customerAsks(ctx.customer!);
    const requested = pointer && customerRequests(ctx.customer!);
    const ownedAction = anySentence(draft.sentences, 'deflection:ownedAction', (s) => infoOf(s).ownedAction);
    // Units the draft-wide facts leave standing.
    const stands = (u: Unit) => {
      // A link or form offered alongside continued help is help; so is a "that's theirs" the agent goes on to act on.
      if ((u.kind === 'resource' || u.offered) && offersHelp) return false;
      if (u.needsAsk && !asked) return false;
      if (u.needsRequest && !requested) return false;
      // "I've reset it, check your email for the link": steps after something done are follow-up, not a hand-off.
      if (u.kind === 'resource' && ownedAction) return false;
      // A same-company line offered as a backup to something already booked.
      if (u.conditional && u.ours && ownedAction) return false;
      // "You can call the courier if you like, but I've already arranged the redelivery": an option, not the answer.
      if (u.soft && ownedAction) return false;
      return true;
    };
    // A "that's theirs" statement speaks for the reply only when nothing plainer that stands sends the customer away
    // ("this needs to go to our complaints team, you can find how at <link>": the link alone would not be flagged).
    const weak = (u: Unit) => u.kind === 'statement' && u.offered === true;
    const plainer = anySentence(draft.sentences, `deflection:plainer:${offersHelp}:${asked}:${requested}:${ownedAction}`, (s) => infoOf(s).units.some((u) => !weak(u) && stands(u)));
    // Read only for a reply that has such a pointer (rare): a scan of every sentence costs a long draft's keystroke.
    let beside: boolean | undefined;
    const besidePointer = () => (beside ??= anySentence(draft.sentences, 'deflection:besidePointer', (s) => infoOf(s).units.some((u) => !u.pointer)));
    const deflects = (s: Sentence): Report<'deflect' | 'resource' | 'notOurs' | 'notHere' | 'channel'>[] => {
      const info = infoOf(s);
      const units = info.units.filter((u) => {
        if (!stands(u)) return false;
        if (weak(u) && plainer) return false;
        if (u.pointer && besidePointer()) return false;
        return true;
      });
      if (units.length === 0) return [];
      const start = Math.min(...units.map((u) => u.start));
      const end = Math.max(...units.map((u) => u.end));
      const main = units.find((u) => u.kind === 'party') ?? units.find((u) => u.kind === 'place') ?? units.find((u) => u.kind === 'channel') ?? units.find((u) => u.kind === 'statement') ?? units[0]!;
      const first = units[0]!;
      const suggestions: Suggestion[] = [];
      // The replacement runs to the end of the sentence, keeping its closing punctuation.
      const tailAt = s.text.replace(/[\s.!?…]+$/u, '').length;
      if (units.every((u) => u.kind === 'resource')) {
        suggestions.push({ label: 'Offer to do it for them', text: " — or just reply here and I'll take care of it for you", start: tailAt, end: tailAt });
      }
      // After a full stop or an emoji the replacement starts a new sentence.
      // Not where the agent wrote the words in lower case ("Hi Sam, please call…", all-lowercase replies).
      const fresh = (first.from === 0 || /[.!?]\s*$|\p{Extended_Pictographic}\s*$/u.test(s.text.slice(0, first.from))) && !/^\s*\p{Ll}/u.test(s.text.slice(first.from));
      // A "them" whose name the rewrite replaces ("our Billing team are best placed…, you can reach them") names nobody.
      const named = /^(?:them|they)$/i.test(main.party ?? '') && first.from < main.start ? undefined : main;
      const lead = fresh ? capitalise(ownershipText(named)) : first.join + ownershipText(named);
      // "Would you mind calling your bank?" rewritten whole is a statement: its question mark becomes a full stop.
      const question = first.from === 0 && /\?\s*$/.test(s.text);
      const upTo = question ? s.text.trimEnd().length : tailAt;
      // A sentence that ended in a link or an address (which left it no full stop) gets one after the new words.
      const stop = question || (upTo === s.text.trimEnd().length && /(?:\/\/|\/|@)\S*[\w/]$/.test(s.text.trimEnd())) ? '.' : '';
      suggestions.push({ label: 'Keep ownership', text: lead + stop, start: first.from, end: upTo });
      const generic = fresh ? `Let me find out for you and update you by ${TIME}` : `${first.join}let me find out for you and update you by ${TIME}`;
      if (generic !== lead) suggestions.push({ label: 'Let me find out for you', text: generic + stop, start: first.from, end: upTo });
      const messageId = units.every((u) => u.kind === 'resource') ? 'resource' : units.every((u) => u.kind === 'statement') ? (units.some((u) => u.here) ? 'notHere' : 'notOurs') : main.kind === 'channel' ? 'channel' : 'deflect';
      return [{
        messageId,
        data: { party: main.party && main.kind === 'party' ? main.party.replace(/^(Your|The|Their|Our)\b/, (w) => w.toLowerCase()) : 'them' },
        start,
        end,
        suggestions,
      }];
    };
    // Units are relative to their sentence: each sentence's report is computed once per text and per the
    // draft-wide facts that excuse some units.
    const key = `deflection:${offersHelp ? 'help' : ''}:${ownedAction ? 'owned' : ''}:${asked ? 'asked' : ''}:${requested ? 'requested' : ''}:${plainer ? 'plainer' : ''}`;
    return sentencesReports(draft.sentences, key, deflects);
  },
});
