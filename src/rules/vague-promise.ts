import { anySentence, defineRule, sentencesReports, type Report } from '../engine/rule';
import type { Sentence } from '../engine/draft';
import type { PhraseMatcher } from '../engine/phrases';
import { afterErrand, clausesOf } from './shared/clause';
import { concreteTimes, type Span, type TimeSpan } from './shared/time';
import { customerTrouble } from './shared/trouble';
import { termsOf } from '../engine/terms';

/**
 * A vague promise commits us to a future action, update or outcome without a time or a next step the
 * customer could hold us to: "we'll get back to you soon", "we're looking into it", "it'll be issued in
 * due course", "we'll let you know once it's approved". Phrases are data (meta.phrases); the code decides
 * structure: is it future or ongoing, who acts, is it negated, is there a concrete time in the same clause,
 * does the next step wait on the customer, is it inside someone else's quoted words.
 */

interface Tok {
  text: string;
  /** The word as spoken: contractions expanded ("'ll" → "will"). */
  norm: string;
  tags: Set<string>;
  /** Draft offsets; zero-length for implicit words of a contraction. */
  start: number;
  end: number;
  clause: number;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

type Kind = 'vague' | 'waiting' | 'commitment' | 'ongoing';

interface Candidate {
  kind: Kind;
  start: number;
  end: number;
  edits: Edit[];
  /** Work asked of someone else ("I've asked the team to…"). */
  delegated?: boolean;
  /** News announced as coming ("watch this space"). */
  announced?: boolean;
}

interface SentenceResult {
  candidates: Candidate[];
  /** A future promise with a concrete time ("they'll email you by 3pm"): a next update the customer can hold us to. */
  timedPromise: boolean;
  /** The customer is asked for a next step ("Could you send us a DM?", "Reply with your order number."). */
  asksStep: boolean;
}

interface Lists {
  vague: PhraseMatcher;
  notVague: PhraseMatcher;
  waiting: PhraseMatcher;
  commitment: PhraseMatcher;
  ongoing: PhraseMatcher;
  coming: PhraseMatcher;
  customerStep: PhraseMatcher;
  concreteTime: PhraseMatcher;
}

const FUTURE = new Set(['will', 'shall', 'should', 'gonna', 'wll', 'will,']);
/** Adverbs that make work under way a standing habit ("always working on…"), not a step on this case. */
const HABIT = /^(?:always|constantly|continually|continuously|forever|regularly)$/;
/** "going to", "aim to", "hope to", "plan to", "expect to": a future commitment with "to". */
/** Asking someone else to do it: "I've asked the team to…", "we've told the courier to…". */
const DELEGATED = /^(?:asked|told|requested|instructed|chased|pushed|urged)$/;
const FUTURE_BEFORE_TO = new Set(['going', 'aim', 'aiming', 'hope', 'hoping', 'plan', 'planning', 'intend', 'expect', 'expecting', 'promised', 'promise', 'promises', 'agreed', 'committed']);
const BE = new Set(['is', 'are', 'am', "'re", "'s", 'be', 'been']);
const CUSTOMER = new Set(['you', 'your', "you've", "you're", "you'll", 'youll', 'u', 'yourself']);
const CLAUSE_WORDS = new Set(['but', 'although', 'though', 'whereas', 'however']);
const COMMA_CLAUSE_WORDS = new Set(['and', 'so', 'while', 'then', 'or']);
/** A thanks after a comma is a clause of its own ("we'll look into it, thanks for the feedback"). */
const THANKS_WORDS = new Set(['thanks', 'thank', 'thx', 'cheers', 'ta']);
/** Subjects that open a clause of their own after a comma ("…, they'll be in touch", "…, we will update you"). */
const SPLICE_SUBJECT = /^(?:i|we|they|he|she|someone|somebody)$/;
const FIRST_PERSON_PLURAL = new Set(['we', "we'll", 'we will']);
const RESOLUTION = /^(sort|get|have|fix|resolve|be)\b/i;

/** "You'll need to…", "you'll have to…": a step of the customer's, not our promise ("you'll have it shortly" is one). */
const customerMust = (toks: readonly Tok[], future: number): boolean => {
  const next = toks[future + 1]?.norm ?? '';
  return CUSTOMER.has(toks[future - 1]?.norm ?? '') && (/^(need|must)$/.test(next) || (next === 'have' && toks[future + 2]?.norm === 'to'));
};
const RECEIVED_DM = /\b(?:got|received|have|has|for|seen|saw|read)\s+(?:your|the)\s+(?:dm|direct message|private message|pm)s?\b/i;
const REPLY_VERB = /\b(?:respond|responding|reply|replying|follow(?:ing)? up|get(?:ting)? back|be in touch)\b/i;
const COMMUNICATION = /^(get|getting|be|keep|reach|reaching|contact|contacting|update|updating|let|follow|following|come|coming|write|writing|respond|responding|reply|replying|hear|circle|touch|call|calling|ring|phone)\b/i;

function tokenize(sentence: Sentence): Tok[] {
  const toks: Tok[] = [];
  for (const t of termsOf(sentence)) {
    const start = sentence.start + t.offset!.start;
    toks.push({ text: t.text, norm: (t.implicit || t.normal || t.text).toLowerCase(), tags: new Set(t.tags), start, end: start + t.offset!.length, clause: 0 });
  }
  // Clauses: a promise, its time and its negation belong together; "…, but we'll …" starts a new one.
  let clause = 0;
  const text = sentence.text;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1];
    const gap = prev ? text.slice(prev.end - sentence.start, t.start - sentence.start) : '';
    const prevText = prev ? text.slice(prev.start - sentence.start, prev.end - sentence.start) : '';
    const hardStop = /[;:—–()]|\s-\s/.test(gap) || /[;:—–]$/.test(prevText);
    const comma = /,/.test(gap) || /,$/.test(prevText);
    let next = false;
    if (prev && hardStop) next = true;
    else if (prev && CLAUSE_WORDS.has(t.norm)) next = true;
    else if (prev && comma && (COMMA_CLAUSE_WORDS.has(t.norm) || THANKS_WORDS.has(t.norm))) next = true;
    // "It's with our team now, they'll be in touch": a new subject with its own verb after a comma.
    else if (prev && comma && SPLICE_SUBJECT.test(t.norm) && toks.slice(i + 1, i + 4).some((a) => a.tags.has('Modal') || a.tags.has('Auxiliary'))) next = true;
    else if (prev && (t.norm === 'and' || t.norm === 'then' || t.norm === 'so')) {
      // "… today and we'll update you soon": a new subject with its own verb.
      const after = toks.slice(i + 1, i + 5);
      const subj = after[0];
      if (subj && (subj.tags.has('Pronoun') || subj.tags.has('Determiner') || subj.tags.has('Possessive')) && after.some((a) => a.tags.has('Modal') || a.tags.has('Auxiliary') || a.tags.has('Copula'))) next = true;
    }
    if (next) clause++;
    t.clause = clause;
  }
  return toks;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const inside = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;

/** Spans inside quotation marks: someone else's words, or a label, never our promise. */
function quotedSpans(sentence: Sentence): Span[] {
  const spans: Span[] = [];
  const re = /"[^"]{2,}"|“[^”]{2,}”|(?<![A-Za-z])'[^']{4,}'(?![A-Za-z])|‘[^’]{4,}’/g;
  for (const m of sentence.text.matchAll(re)) spans.push({ start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length });
  return spans;
}

/** Index of the future marker ("will", "'ll", "going to", "should") that governs token `at`, or -1. */
function futureBefore(toks: Tok[], at: number): number {
  const clause = toks[at]?.clause;
  for (let i = at - 1; i >= 0; i--) {
    const t = toks[i]!;
    if (t.clause !== clause) return -1;
    // "I've asked the team to call you back soon": what someone was asked to do is still to come.
    if (t.norm === 'to') {
      for (let k = i - 1; k >= Math.max(0, i - 4) && toks[k]!.clause === clause && !CUSTOMER.has(toks[k]!.norm); k--) if (DELEGATED.test(toks[k]!.norm)) return k;
    }
    if (t.tags.has('PastTense') && !t.tags.has('Participle') && i < at - 1 && !toks[i - 1]?.tags.has('Copula') && !['been', 'be'].includes(toks[i - 1]?.norm ?? '')) {
      // "I've reset it and will …" keeps looking; "We sent it …" with no modal before is past.
      if (!toks.slice(0, i).some((x) => x.clause === clause && FUTURE.has(x.norm))) return -1;
    }
    if (FUTURE.has(t.norm) || /^(you|they|it)ll$/.test(t.norm)) {
      // "should have sent" looks back, not forward.
      const next = toks[i + 1];
      return next?.norm === 'have' && toks[i + 2]?.tags.has('PastTense') ? -1 : i;
    }
    if (t.norm === 'to' && i > 0 && FUTURE_BEFORE_TO.has(toks[i - 1]!.norm)) return i - 1;
    // "Engineers expect it to be fixed by 4pm": the plan's object between it and its "to".
    if (t.norm === 'to') for (let k = i - 2; k >= Math.max(0, i - 3) && toks[k]!.clause === clause && !toks[k + 1]!.tags.has('Verb'); k--) if (FUTURE_BEFORE_TO.has(toks[k]!.norm)) return k;
    // "It's due back in stock soon", "the fix is due out soon" (not "your bill is due soon", the customer's to pay).
    if (t.norm === 'due' && /^(?:back|out)$/.test(toks[i + 1]?.norm ?? '')) return i;
  }
  return -1;
}

/** True when the future marker at `i` is negated ("won't", "will not", "should never"). */
function negatedAt(toks: Tok[], i: number): boolean {
  for (let j = i + 1; j <= i + 2 && j < toks.length; j++) if (toks[j]!.tags.has('Negative') || toks[j]!.norm === 'never') return true;
  return toks[i - 1]?.tags.has('Negative') ?? false;
}

/** Words that may stand between a shared "are" and the "and" of its second half: "aware (of the issue)", "on it". */
const SHARED_BE_GAP = new Set(['aware', 'of', 'the', 'this', 'that', 'it', 'issue', 'problem', 'on', 'now', 'already', 'fully', 'currently', 'still']);

/** The "is/are" that a second, subject-less half after "and" (at `and`) shares with the first half, if any. */
function sharedBe<T extends { norm: string }>(toks: readonly T[], and: number): T | undefined {
  for (let i = and - 1; i >= Math.max(0, and - 6); i--) {
    const t = toks[i]!;
    if (BE.has(t.norm)) return t;
    if (!SHARED_BE_GAP.has(t.norm)) return undefined;
  }
  return undefined;
}

/** "I can't promise", "there's no guarantee", "we don't know": what follows in the clause is not a promise. */
function hedgedBefore(toks: Tok[], at: number): boolean {
  const clause = toks[at]?.clause;
  for (let i = at - 1; i >= 0 && toks[i]!.clause === clause; i--) {
    const t = toks[i]!;
    if (/^(promise|promises|guarantee|guaranteed|commit|say|know|sure|certain|expect)$/.test(t.norm)) {
      if (toks.slice(Math.max(0, i - 3), i).some((x) => x.tags.has('Negative') || x.norm === 'no')) return true;
    }
  }
  return false;
}

/** The first token of the subject before token `i` ("Our billing team", "your £15 refund", "We'll"). */
function subjectStart(toks: Tok[], i: number, sentence: Sentence): number {
  // "We're hoping to…", "we are going to…": the subject stands before the "are".
  if (FUTURE_BEFORE_TO.has(toks[i]!.norm) && BE.has(toks[i - 1]?.norm ?? '')) i--;
  let k = i;
  while (k > 0) {
    const p = toks[k - 1]!;
    if (p.clause !== toks[i]!.clause) break;
    const gap = sentence.text.slice(p.end - sentence.start, toks[k]!.start - sentence.start);
    if (/[,;:—–]/.test(gap) || /[,;:]$/.test(p.text)) break;
    const isNounish = (t: Tok | undefined) =>
      !!t && ['Noun', 'Pronoun', 'Determiner', 'Possessive', 'Adjective', 'Value', 'ProperNoun', 'Acronym'].some((tag) => t.tags.has(tag)) && !t.tags.has('Verb') && !t.tags.has('Conjunction') && !t.tags.has('Preposition');
    const before = toks[k - 2];
    // "Someone from our accounts team", "the refund for your order": a preposition inside the subject.
    const innerPreposition = /^(from|of|for|on|at|in)$/.test(p.norm) && isNounish(before) && isNounish(toks[k]);
    // "A revised quote", "your corrected bill": a participle used as an adjective.
    const participle = p.tags.has('Verb') && !!before && (before.tags.has('Determiner') || before.tags.has('Possessive')) && isNounish(toks[k]);
    if ((!isNounish(p) && !innerPreposition && !participle) || ['and', 'then', 'so', 'hopefully', 'also', 'who', 'which', 'that'].includes(p.norm)) break;
    k--;
  }
  return k;
}

/**
 * "Updating will sort it", "restarting the router should fix it": the subject is an action (a gerund), so the
 * future foretells what the customer's own step does; nobody promises anything.
 */
function actionSubject(toks: Tok[], future: number, sentence: Sentence): boolean {
  if (future < 1) return false;
  const head = subjectStart(toks, future, sentence);
  // "I flagged it to billing, you should hear back…": a person is the subject, whatever came before the comma;
  // "Billing will review this": a department named by its work.
  if (/^(?:i|we|you|they|he|she|u)$/.test(toks[head]?.norm ?? '') || TEAM_GERUND.test(toks[head]?.norm ?? '')) return false;
  const gerund = (t: Tok | undefined) => !!t && (t.tags.has('Gerund') || (t.tags.has('Activity') && /ing$/.test(t.norm))) && t.clause === toks[future]!.clause;
  return gerund(toks[head]) || gerund(toks[head - 1]);
}

/** A clause about feedback taken on board, or a wish considered: no outcome for the customer's case is promised. */
const FEEDBACK =
  /(?<!\b(?:thanks|thank you|thx) for )\b(?:your|the|this|that|these|those|such an?|an?) (?:\w+ )?(?:suggestions?|ideas?|feedback|thoughts|input|wish ?list|feature requests?)\b|\b(?:take|taking|taken) (?:\w+ ){0,2}into (?:account|consideration)\b|\b(?:bear|keep|keeping) (?:\w+ ){0,2}in mind\b|\b(?:look|looking|consider|considering|explore|exploring|work on|working on) (?:into )?(?:adding|introducing|offering|stocking|bringing|expanding|opening|launching|including|creating|building|extending)\b/i;
/** The product's plans: new places, features or lines, or old ones back. */
const ROADMAP =
  /\b(?:expand(?:ing|s)?|roadmap|bring(?:ing)? back|launch(?:ing)? (?:on|in|a|an|new|more)|open(?:ing)? (?:in|more|new)|add(?:ing)? (?:more|new)|new (?:features?|dishes|flavours?|flavors?|products?|stores?|locations?|routes?|ranges?|colou?rs?)|more (?:cities|locations|stores|routes|options|sizes|colou?rs|features|products|flavou?rs|dishes|styles)|(?:stock|stocking|carry|carrying|sell|selling) (?:it|this|that|them|these|those)|(?:run|hold|offer|bring) (?:it|this|that|them|one) (?:in|back|again)|in (?:a|an|our) (?:future|upcoming|later) (?:sale|update|release|version|drop|season|range|collection|event)|for the future)\b/i;
/** The step goes to us: "DM us", "send me", "reply here". */
const TO_US = /\b(?:us|me|dm|dms|direct message|here)\b/i;
/** What "keep you …" promises: news ("posted", "in the loop"), in the regexes and the phrase list below. */
const KEPT = ['posted', 'updated', 'informed', 'in the loop', 'up to date'];
const KEPT_RE = `(?:${KEPT.join('|')})`;
/** News promised with no time: "keep you posted", "keep you updated", "update you". */
const KEEP_POSTED = new RegExp(`\\bkeep (?:\\w+ ){0,2}${KEPT_RE}\\b|\\bupdate (?:you|u|everyone)\\b`, 'i');
/** "keep you posted by [time]" reads oddly in a rewrite: an update is what we promise. */
const KEEP_POSTED_BY = new RegExp(`\\bkeep (you|them|\\w+) ${KEPT_RE}(?= by \\[)`, 'i');
/** A way for the customer to be told when it happens: "sign up for an alert", "tap 'notify me'", "status alerts". */
const ALERT_STEP = /\b(?:sign up (?:for|to)|signing up (?:for|to)|subscribe to|subscribing to|turn on|set up|tap|click|hit|select)\s+(?:an?\s+|the\s+|our\s+)?(?:['‘"“]?notify me|(?:email |text |sms |stock |status |back[- ]in[- ]stock )?(?:alerts?|notifications?))\b/i;
/** An automatic receipt for something done: "a confirmation email", "an automated text". */
const RECEIPT = /\b(?:confirmation|automated|automatic) (?:e-?mail|text|sms|message|letter)\b/i;
/** News for everyone, said as coming: "will be revealed", "to be announced". */
/** News for everyone, not an update on a case: "we'll let everyone know when it drops", "we'll shout about it". */
const PUBLIC_NEWS = /\b(?:let (?:everyone|everybody|all|all of you|you all|(?:all )?our (?:fans|followers|customers|community)) know|shout about|announce|post about|share (?:the )?news)\b/i;
const ANNOUNCED = /(?:\bwill be|['’]ll be|\bto be|\bbeing|\bget|\bgets) (?:revealed|announced|unveiled)\b/i;
/** Words of a customer's own case, which keep a promise a promise even beside plans. */
const CASE_WORDS = /\b(?:fix|fixed|patch|workaround|solution|resolution|refund|your (?:order|account|booking|parcel|package|claim|case|ticket|item|device|bill)|outage|back up|back online|restor\w*)\b/i;
/** Our hours, said to whoever writes: "we're here 24/7", "any time, day or night". */
const ALWAYS_THERE = /\b(?:we(?:'re|’re| are) (?:here|around|available) (?:24\/7|24 hours|around the clock|day and night|every day|7 days)|24\/7|around the clock|day or night)\b/i;
/** News promised to the customer: "keep you posted", "let you know", "get back to you". */
const TO_THE_CUSTOMER = /\b(?:keep (?:you|u)|let (?:you|u) know|(?:get|come) back to (?:you|u)|update (?:you|u)\b|in touch|hear back)/i;
/** Passing it on is the promise itself ("I'll pass this on for review"); "passed it on to the team who will look into it" promises their work. */
const PASSED_ON = /\b(?:pass|passing|passed|feed|feeding) (?:\w+ ){0,3}(?:on|back|along)\b/i;
/** Help held for a need of ours: "…will reach out if they need more info". */
const OUR_NEED = /\b(?:if|should) (?:we|they|i|the team|our team) (?:need|needs|require|requires|have any (?:more |further )?questions)\b/i;

/** Departments named by their work, not actions: "billing", "shipping", "engineering". */
const TEAM_GERUND = /^(?:billing|marketing|shipping|accounting|accounts|engineering|ticketing|bookings|booking|catering|housekeeping|purchasing|licensing|recruiting|planning)$/;
/** When a plan is due, broadly: enough for news announced as coming, not for a promise on this customer's case. */
const BROAD_WHEN = /\b(?:(?:next|this|later this|early next|by the end of (?:the|this|next)) (?:year|spring|summer|autumn|fall|winter|quarter)|in (?:the )?(?:spring|summer|autumn|fall|winter)|in 20\d\d|q[1-4])\b/i;

/** A counted span of time: "up to an hour", "within 48 hours", "3-5 working days". */
const DURATION = /\b(?:an? |\d+(?:\s*[-–]\s*\d+)?\s*|(?:one|two|three|four|five|six|seven|ten|twenty|few|couple of)\s+)(?:working |business )?(?:min|mins|minutes?|hours?|hrs?|days?|weeks?)\b/i;

/** What a customer is asked to do that is no step of theirs, only patience: "bear with us", "hang tight". */
const WAITING_ONLY = /^(?:be|bear|hang|sit|hold|wait|stay|keep|rest|relax|trust|allow|give|let|look|watch|leave)$/;

/** A step of the customer's that the promise waits on, after it: "we'll look into it as soon as you send it". */
const CONDITION = /^(?:if|once|when|after|as soon as|the moment)\b/i;

/** "We'll" → "I'll": a promise reads best as the agent's own. */
function ownSubject(toks: Tok[], future: number, sentence: Sentence): Edit | undefined {
  if (future < 0) return undefined;
  const subj = toks[future - 1];
  if (!subj || subj.norm !== 'we' || subj.start === subj.end) return undefined;
  const raw = sentence.text.slice(subj.start - sentence.start, subj.end - sentence.start);
  const m = /^(we)('ll|’ll)?$/i.exec(raw);
  if (!m) return undefined;
  return { start: subj.start, end: subj.end, text: 'I' + (m[2] ?? '') };
}

const tokenAt = (toks: Tok[], offset: number) => toks.findIndex((t) => t.end > offset && t.start !== t.end);
const lastIndexBefore = (toks: Tok[], offset: number) => {
  let k = -1;
  toks.forEach((t, i) => { if (t.start < offset && t.start !== t.end) k = i; });
  return k;
};

/** The end of the clause that holds token `i`, without closing punctuation or emoji. */
function clauseEnd(toks: Tok[], i: number, sentence: Sentence): number {
  let end = toks[i]!.end;
  for (let j = i; j < toks.length && toks[j]!.clause === toks[i]!.clause; j++) if (toks[j]!.end > toks[j]!.start && /[\p{L}\p{N}]/u.test(toks[j]!.text)) end = toks[j]!.end;
  const tail = sentence.text.slice(0, end - sentence.start);
  const trimmed = tail.replace(/[\s.,!?;:…'"”’)\]]+$/u, '');
  return sentence.start + trimmed.length;
}

/**
 * With no "will" before it, a vague time still promises when the clause says something is under way or
 * coming ("on its way soon", "is being processed asap", "refund asap!") rather than a condition ("if it
 * turns up later") or the past.
 */
function underWay(toks: Tok[], clause: number, at: number, sentence: Sentence): boolean {
  // Only the words since the last comma: "Got it, refund asap!"
  let from = 0;
  for (let i = at - 1; i > 0; i--) {
    if (toks[i]!.clause === clause && sentence.text.slice(toks[i - 1]!.end - sentence.start, toks[i]!.start - sentence.start).includes(',')) { from = i; break; }
  }
  const inClause = toks.filter((t, i) => t.clause === clause && i < at && i >= from);
  if (inClause.some((t) => /^(if|unless|whether)$/.test(t.norm))) return false;
  // "There might be something coming soon": a maybe commits nobody.
  if (inClause.some((t) => /^(might|may|could)$/.test(t.norm))) return false;
  const words = inClause.map((t) => t.norm).join(' ');
  // "We hope you can find a deal soon", "hope to see you again soon": the customer's future, not our promise.
  if (/\b(?:hope|hoping|hopefully|wish|wishing)\b.*\b(?:you|your|to see you)\b/.test(words)) return false;
  if (/\b(expect|expects|hope|hoping|aim|aiming|anticipate|anticipates|plan|planning|intend|intends)\b/.test(words)) return true;
  if (inClause.some((t) => t.tags.has('PastTense') || t.tags.has('Perfect'))) return false;
  if (/\b(on (its|their|the) way|being|hopefully|coming|(is|are|'re|am|'s) \w+ing)\b/.test(words)) return true;
  // A fragment with no verb: "Refund asap!", "Replacement on the way soon".
  return !inClause.some((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary'));
}

function placeholder(words: string): string {
  return /\b(days?|weeks?|months?|update|release|maintenance|patch|version|future|year)\b/i.test(words) ? '[date]' : '[time]';
}

function analyse(sentence: Sentence, lists: Lists): SentenceResult {
  const steps = lists.customerStep.find(sentence);
  // Asked for, not supposed ("if you reply…" and "let us know if…" wait on nothing), and for us: a step sent to
  // someone else ("email them at…") leaves our promise waiting on them.
  const asksStep =
    TO_US.test(sentence.text) && !/\b(?:them|their)\b/i.test(sentence.text) &&
    steps.some((st) => {
      const step = sentence.text.slice(st.start - sentence.start).replace(/^\W*/, '');
      return !CONDITION.test(step) && !/^let\b/i.test(step);
    });
  const none: SentenceResult = { candidates: [], timedPromise: false, asksStep };
  if (/\?\s*["'”’)]*\s*$/.test(sentence.text)) return none;
  const toks = tokenize(sentence);
  if (toks.length === 0) return none;
  const times: TimeSpan[] = concreteTimes(sentence, lists.concreteTime);
  const quotes = quotedSpans(sentence);
  const clauseOf = (offset: number) => toks[Math.max(0, tokenAt(toks, offset))]!.clause;
  const clauseHasTime = (clause: number, kinds: TimeSpan['kind'][] = ['time', 'now']) =>
    times.some((t) => kinds.includes(t.kind) && clauseOf(t.start) === clause);
  const blocked = lists.notVague.find(sentence);
  const usable = (s: Span) => !blocked.some((b) => inside(s, b)) && !quotes.some((q) => inside(s, q));

  // Steps that wait on the customer ("reply with your order number and I'll …", "if you …, we'll …"): `steps`.
  // And an errand the clause layer reads in the clause before ("Contact your bank and they'll look into it", "pop
  // into a branch and they'll get you sorted"), unless it is only waiting ("bear with us and we'll…").
  const clauses = clausesOf(sentence);
  const waitsOnErrand = (offset: number) => {
    const errand = afterErrand(clauses, offset - sentence.start, sentence.text)?.errand;
    return !!errand && errand.directive === 'told' && !errand.negated && !!errand.verb && !WAITING_ONLY.test(errand.verb.root);
  };
  const customerStepBefore = (offset: number) => steps.some((s) => s.start < offset) || waitsOnErrand(offset);
  // Only the customer's action: "for when you're back" is a time, not a step of theirs.
  const customerConditionAfter = (offset: number, clause: number) =>
    steps.some((s) => {
      const at = s.start - sentence.start;
      if (s.start < offset || clauseOf(s.start) !== clause || !CONDITION.test(sentence.text.slice(at, s.end - sentence.start))) return false;
      return !/\bfor\s*$/i.test(sentence.text.slice(0, at)) && !/^\S+(?:\s+\S+){0,2}?\s+you(?:'re|’re| are| were|'ll be| will be| get back| return)\b/i.test(sentence.text.slice(at));
    });

  const candidates: Candidate[] = [];

  // 1. Vague times on a promise: "soon", "asap", "in due course", "in the coming weeks".
  const vagueSpans: Span[] = [];
  for (const v of lists.vague.find(sentence)) {
    const last = vagueSpans[vagueSpans.length - 1];
    if (last && (v.start <= last.end || /^[ \t]+$/.test(sentence.text.slice(last.end - sentence.start, v.start - sentence.start)))) last.end = Math.max(last.end, v.end);
    else vagueSpans.push({ ...v });
  }
  for (const v of vagueSpans) {
    if (!usable(v)) continue;
    const vi = tokenAt(toks, v.start);
    if (vi < 0) continue;
    const clause = toks[vi]!.clause;
    if (times.some((t) => overlaps(t, v)) || clauseHasTime(clause, ['time'])) continue;
    // "Gift cards take up to an hour to activate, so it should work shortly": the "shortly" is the span counted before
    // it (not a moment: "I refunded it today, it'll show soon" still leaves the showing open).
    if (times.some((t) => t.kind === 'time' && t.end <= v.start && DURATION.test(sentence.text.slice(t.start - sentence.start, t.end - sentence.start)))) continue;
    if (hedgedBefore(toks, vi)) continue;
    const future = futureBefore(toks, vi);
    if (future >= 0 && negatedAt(toks, future)) continue;
    if (future < 0 && !underWay(toks, clause, vi, sentence)) continue;
    if (future >= 0 && customerMust(toks, future)) continue;
    if (actionSubject(toks, future, sentence)) continue;
    // "DM us your order number and we'll check it asap": the agent acts on the customer's step at once. Not
    // "text PAC to 60444 and they'll send it shortly": someone else's time stays open.
    if (future >= 0 && /^(?:i|we)$/.test(toks[future - 1]?.norm ?? '') && customerStepBefore(v.start)) continue;
    const head = future >= 0 ? subjectStart(toks, future, sentence) : vi;
    const start = Math.min(toks[head]!.start, v.start);
    const edits: Edit[] = [{ start: v.start, end: v.end, text: `by ${placeholder(sentence.text.slice(v.start - sentence.start, v.end - sentence.start))}` }];
    const own = ownSubject(toks, future, sentence);
    if (own) edits.push(own);
    candidates.push({ kind: 'vague', start, end: v.end, edits });
  }

  // 2. Waiting on an open-ended event: "once it's been approved", "as soon as we hear from them".
  for (const w of lists.waiting.find(sentence)) {
    if (quotes.some((q) => inside(w, q)) || candidates.some((c) => overlaps(c, w))) continue;
    const wi = lastIndexBefore(toks, w.end);
    if (wi < 0) continue;
    const nextTok = toks[wi + 1];
    if (!nextTok || CUSTOMER.has(nextTok.norm)) continue;
    const clause = toks[wi]!.clause;
    const firstWi = tokenAt(toks, w.start);
    const future = futureBefore(toks, firstWi);
    if (future < 0 || negatedAt(toks, future) || hedgedBefore(toks, firstWi)) continue;
    if (customerMust(toks, future)) continue;
    // "…once the item's back with us": the wait is for the customer's own step (sending it back).
    if (clauseHasTime(clause) || customerStepBefore(w.start) || steps.some((s) => s.start === w.start)) continue;
    // "It'll be fixed by 6pm and I'll text you when it's back": the event waited on has its time in the sentence.
    if (times.some((t) => t.kind === 'time' && t.start < w.start)) continue;
    const end = clauseEnd(toks, wi, sentence);
    const head = subjectStart(toks, future, sentence);
    const edits: Edit[] = [{ start: w.start, end, text: 'by [time]' }];
    // "… with an update as soon as …": keep the words before, replace the wait.
    const before = sentence.text.slice(0, w.start - sentence.start);
    if (/\s$/.test(before) === false) edits[0]!.text = ' by [time]';
    const own = ownSubject(toks, future, sentence);
    if (own) edits.push(own);
    candidates.push({ kind: 'waiting', start: toks[head]!.start, end, edits });
  }

  // 3. A commitment to act or get back with no time: "they will be in touch", "we'll look into it".
  const commitments = lists.commitment
    .find(sentence)
    .filter((c) => usable(c) && !candidates.some((x) => overlaps(x, c)))
    .map((c) => ({ ...c, words: sentence.text.slice(c.start - sentence.start, c.end - sentence.start), at: tokenAt(toks, c.start) }))
    .filter((c) => c.at >= 0);
  const byClause = new Map<number, typeof commitments>();
  for (const c of commitments) {
    const ci = c.at;
    const clause = toks[ci]!.clause;
    const future = futureBefore(toks, ci);
    if (future < 0 || negatedAt(toks, future) || hedgedBefore(toks, ci)) continue;
    const subj = toks[future - 1];
    if (subj && CUSTOMER.has(subj.norm) && !/^hear\b/i.test(c.words)) continue;
    if (clauseHasTime(clause) || customerStepBefore(c.start) || customerConditionAfter(c.end, clause)) continue;
    if (actionSubject(toks, future, sentence)) continue;
    if (candidates.some((x) => clauseOf(x.start) === clause || clauseOf(x.end - 1) === clause)) continue;
    byClause.set(clause, [...(byClause.get(clause) ?? []), c]);
  }
  for (const group of byClause.values()) {
    const first = group[0]!;
    const future = futureBefore(toks, first.at);
    // What someone else was asked to do is work under way: a timed update of the agent's own answers it.
    const delegated = DELEGATED.test(toks[future]!.norm);
    const head = subjectStart(toks, future, sentence);
    // The time goes on the last "get back to you" of the clause; with none, on the action itself.
    const talk = group.filter((c) => COMMUNICATION.test(c.words));
    const last = talk.length > 0 ? talk[talk.length - 1]! : group[group.length - 1]!;
    const edits: Edit[] = [];
    let end: number;
    if (talk.length > 0) {
      const rest = sentence.text.slice(last.end - sentence.start);
      const adv = /^(?:\s+(?:here|there|again|too|directly|personally|as well|on this|on that|on it|myself|ourselves|yourself|with (?:you|u)|by (?:email|phone|text)))*/i.exec(rest)![0];
      end = last.end + adv.length;
      edits.push({ start: end, end, text: ' by [time]' });
    } else {
      // "I'll sort out a refund" → "… by [time]"; "we'll look into it" → "… and update you by [time]".
      end = clauseEnd(toks, last.at, sentence);
      // Work asked of someone else: the update stays the agent's ("…to look into it and I'll update you by [time]").
      const update = delegated ? " and I'll update you by [time]" : ' and update you by [time]';
      edits.push({ start: end, end, text: RESOLUTION.test(last.words) ? ' by [time]' : update });
    }
    const own = ownSubject(toks, future, sentence);
    if (own) edits.push(own);
    candidates.push({ kind: delegated ? 'ongoing' : 'commitment', start: Math.min(toks[head]!.start, first.start), end: Math.max(end, last.end), edits, delegated });
  }

  // 4. Work under way with no when: "we're looking into it", "our team is working on a fix".
  for (const o of lists.ongoing.find(sentence)) {
    if (!usable(o) || candidates.some((x) => overlaps(x, o))) continue;
    const oi = tokenAt(toks, o.start);
    if (oi < 0) continue;
    const clause = toks[oi]!.clause;
    // Needs "is/are/'re (currently|still|actively)" right before it.
    let b = oi - 1;
    while (b >= 0 && toks[b]!.tags.has('Adverb') && toks[b]!.clause === clause) b--;
    // "We're always working on new routes": a habit of the company, not a promise about this customer's case.
    if (toks.slice(b + 1, oi).some((t) => HABIT.test(t.norm))) continue;
    let be = toks[b];
    // "We're aware of it and looking into it": the "are" of the first half carries the second.
    if (be?.norm === 'and') be = sharedBe(toks, b);
    else if (be && be.clause !== clause) be = undefined;
    if (!be || !BE.has(be.norm)) continue;
    b = toks.indexOf(be);
    const subj = toks[b - 1];
    if (!subj || CUSTOMER.has(subj.norm) || /^(it|this|that|there)$/.test(subj.norm)) continue;
    if (toks.slice(Math.max(0, b - 3), oi).some((t) => t.tags.has('Negative'))) continue;
    // "We're investigating - next update at 3pm": a time anywhere in the sentence answers "until when?". "Right
    // now" or "as we speak" answers it only for the agent's own errand ("I'm checking right now"), not for a
    // team's work on the problem ("our devs are fixing it as we speak"): that says when it goes on, not when it ends.
    if (times.some((t) => t.kind === 'time') || (subj.norm === 'i' && clauseHasTime(clause)) || hedgedBefore(toks, oi)) continue;
    if (candidates.length > 0) continue;
    const head = subjectStart(toks, b, sentence);
    const end = clauseEnd(toks, oi, sentence);
    const who = subj.norm === 'i' ? "I'll" : "I'll";
    candidates.push({ kind: 'ongoing', start: toks[head]!.start, end, edits: [{ start: end, end, text: ` and ${who} update you by [time]` }] });
  }

  // 5. News or a fix announced as coming, with no when: "stay tuned", "a fix is on the way", "more info to come".
  for (const u of lists.coming.find(sentence)) {
    if (!usable(u) || candidates.some((x) => overlaps(x, u))) continue;
    const ui = tokenAt(toks, u.start);
    if (ui < 0) continue;
    const clause = toks[ui]!.clause;
    // A time anywhere in the sentence answers it ("The fix is on the way: it ships tomorrow at 9am"); news of
    // a plan announced for a season or a year has its when too ("new stores next year, watch this space").
    if (times.some((t) => t.kind === 'time') || BROAD_WHEN.test(sentence.text) || clauseHasTime(clause) || hedgedBefore(toks, ui)) continue;
    if (toks.slice(Math.max(0, ui - 3), ui).some((t) => t.tags.has('Negative') || /^(?:no|not|never)$/.test(t.norm))) continue;
    const end = clauseEnd(toks, lastIndexBefore(toks, u.end), sentence);
    candidates.push({ kind: 'ongoing', start: u.start, end, edits: [{ start: end, end, text: " — I'll update you by [time]" }], announced: true });
  }

  // Feedback taken on board ("we'll review your suggestion", "I'll pass this on for review", "we'll look into adding
  // more sizes", "we'll take that into account") promises no outcome on the customer's case; nor does help held
  // for a need of ours ("someone will reach out if they need more info").
  const clauseText = (clause: number) => {
    const ts = toks.filter((t) => t.clause === clause && t.start !== t.end);
    return ts.length === 0 ? '' : sentence.text.slice(ts[0]!.start - sentence.start, ts[ts.length - 1]!.end - sentence.start);
  };
  // Work on the product's plans ("we're working on expanding to more cities, watch this space"): news of a
  // roadmap, not a promise on a case. A time or an update promised on a plan ("should be released in the coming
  // months; we'll let you know") is still a promise.
  const roadmap = ROADMAP.test(sentence.text) && !CASE_WORDS.test(sentence.text);
  // "All will be revealed soon!": a teaser for news everyone will get, not a promise on a case.
  const teaser = ANNOUNCED.test(sentence.text) && !CASE_WORDS.test(sentence.text);
  // "I've asked the claims team to review it, and they will contact you": the promise itself is what to time.
  const own = candidates.some((c) => !c.delegated);
  const promises = candidates.filter((c) => {
    if (c.delegated && own) return false;
    // "We're hoping to bring it in later this year": a plan with its broad when is news, not a vague promise.
    if (roadmap && (c.kind === 'ongoing' || BROAD_WHEN.test(sentence.text))) return false;
    if (teaser) return false;
    const text = clauseText(clauseOf(c.start));
    const words = sentence.text.slice(c.start - sentence.start, c.end - sentence.start);
    // "We're around 24/7 and will reply as fast as we can": how we answer whoever writes, not a promise on a case.
    if (REPLY_VERB.test(words) && ALWAYS_THERE.test(sentence.text)) return false;
    // "We will always investigate any concerns raised": how we work, not a promise on this case; "you will receive
    // a confirmation email shortly": the system's receipt for what was just done.
    if (/\b(?:will|'ll|would) always\b/i.test(words) || RECEIPT.test(words)) return false;
    // "We'll be in touch if we need anything else": contact only on a need of ours promises nothing.
    if (OUR_NEED.test(text)) return false;
    // "We'll pass it along and keep you posted" still promises the customer news.
    if (TO_THE_CUSTOMER.test(words)) return true;
    return !FEEDBACK.test(text) && !PASSED_ON.test(words);
  });

  const timedPromise =
    times.some((t) => t.kind === 'time' && futureBefore(toks, Math.max(0, tokenAt(toks, t.start))) >= 0) && steps.length === 0;
  return { candidates: promises, timedPromise, asksStep };
}

function apply(text: string, start: number, end: number, edits: Edit[]): { start: number; end: number; text: string } {
  const from = Math.min(start, ...edits.map((e) => e.start));
  const to = Math.max(end, ...edits.map((e) => e.end));
  let out = text.slice(from, to);
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start - from) + e.text + out.slice(e.end - from);
  return { start: from, end: to, text: out };
}

export default defineRule({
  meta: {
    id: 'vague-promise',
    category: 'promise',
    docs: {
      description: 'The reply promises a future action, update or outcome with no time or next step the customer could hold us to.',
      why: '"Soon" means nothing to someone who is waiting. A time they can hold us to ("by 3pm tomorrow") tells them we own it, and they can stop checking their inbox.',
      incorrect: [
        "We'll get back to you soon.",
        'Our engineers are looking into it.',
        'Your corrected bill will be issued in due course.',
        "We'll let you know once the review is complete.",
      ],
      correct: [
        "I'll get back to you by 3pm tomorrow.",
        "I've issued the refund; it shows in 3-5 business days.",
        'DM us your order number and we will look into it.',
        "I can't promise it'll be soon, but I'll email you on Monday either way.",
      ],
    },
    messages: {
      vague: '“{{words}}” promises no time. Say when: a time the customer can hold you to.',
      waiting: '“{{words}}” leaves the customer waiting on something they cannot see. Give a time for your next update.',
      commitment: '“{{words}}” has no time on it. Say by when, so the customer knows when to expect you.',
      ongoing: '“{{words}}”, but until when? Tell the customer when they will next hear from you.',
    },
    defaultLevel: 'warning',
    phrases: {
      vague: {
        description: 'Vague time words on a promise ("soon", "asap", "in due course"). A concrete time in the same clause keeps them quiet.',
        patterns: [
          '(very|real|pretty|fairly)? soon',
          '(shortly|asap|a.s.a.p.|promptly|eventually|sometime)',
          'as soon as (possible|practicable|we can|i can|they can|we are able|humanly possible)',
          'as (quickly|fast) as (possible|we can|i can|they can|we possibly can|they possibly can)',
          'in due (course|time)',
          'as a (priority|top priority|matter of priority|matter of urgency)',
          'at (the|our|their) (earliest|first) (opportunity|convenience|chance)',
          'at some (point|stage)',
          'some time (soon)?',
          'any (day|week|time) now',
          '(in|over|within|during) the (coming|next few|next couple of|following) (days|weeks|months|hours)',
          '(in|within) (the)? next (few|couple of|several) (days|weeks|months|hours)',
          '(in|within) (a|the) (few|couple of|couple) (days|weeks|months|hours)',
          '(in|within) (several|some|a few) (days|weeks|months)',
          'in (a|the) (near|not too distant) future',
          'in (a|the) (future|next|upcoming) (update|release|patch|maintenance|version|build)',
          '(before|ere) long',
          'when (we|i|they) (can|get a chance|get the chance|are able)',
          'in a timely (manner|fashion)',
          '(later|later on)',
          'at a later (date|stage|time)',
          'down the (line|road)',
          '(when|once|as soon as) (we|i|they) (know|learn|hear|find out|have) more',
          'as (we|i|they) (learn|know|find out|hear|get) more',
          '(one|any) of these days',
        ],
      },
      notVague: {
        description: 'Look-alikes that promise nothing: wishes, sign-offs, "so soon" (too early), customer-side timing.',
        patterns: [
          'get well soon',
          '(feel|get) better soon',
          '(see|talk to|speak to|talk|speak|chat|catch) (you|ya)? (soon|later)',
          // "We'll see you on board again soon": a farewell, however many words sit between.
          'see (you|ya) .{0,6} (soon|shortly|later)',
          'hear from you soon',
          '(so|too) soon',
          'soon as (you|your)',
          'as soon as (you|your)',
          'as soon as',
          'sooner (or|than|rather)',
          'later (than|in life|that day|on that day)',
          '#Value #Duration later',
          'at your earliest convenience',
          '(when|whenever) (it|that|this) suits (you|your)',
          '(hope|hoping|hopefully) .{0,3} (see|welcome|have|serve) (you|ya) .{0,4} (soon|shortly)',
          '(hope|hoping|wish|wishing) (you|your) .{0,6} (soon|shortly|asap)',
          'fingers crossed .{0,8} (soon|shortly)',
        ],
      },
      waiting: {
        description: 'Words that tie a promise to an event the customer cannot see ("once it is approved"). Followed by "you" they are the customer’s own step and stay quiet.',
        patterns: ['(once|when|whenever|as soon as|the moment|the minute|as and when)', 'after (the|it|this|that|we|they|our|their)'],
      },
      commitment: {
        description: 'Promises to get back or to act that need a time on them ("we\'ll be in touch", "we\'ll look into it").',
        patterns: [
          'get back to #Pronoun',
          'come back to #Pronoun',
          'circle back',
          '(be|get|keep) back? in touch',
          '(be|get) back? in contact',
          '(reach|reaching) out to? #Pronoun?',
          'contact you',
          '(call|ring|phone) (you|#Pronoun) back?',
          'update (you|your)',
          'give you an update',
          // Not "let us know": that is the customer's step.
          'let (you|u|them|him|her|everyone|everybody|ya) know',
          `keep (you|#Pronoun|everyone|everybody|all|customers|all of you) (${KEPT.join('|')})`,
          'follow up',
          '(write|respond|reply) to you',
          'hear (back)? from (us|me|them|the team|our team)',
          '(look|looking) into',
          // "An engineer will be out to fix it".
          'be (out|over|round|along) to (fix|repair|sort|look at|check|see|replace) (it|this|that|them|things|#Determiner #Noun)?',
          'see (what|if|whether) (we|i|they) (can|could)',
          '(pick|picking|take|taking) (this|it|that|your case|your ticket) (up|on|over)',
          '(investigate|dig into|review|work on|chase|chase up)',
          'sort (out|this|that|it|#Noun)',
          'get .{1,4} (sorted|fixed|resolved|done)',
          'have (it|this|that) (sorted|fixed|resolved|done)',
          'be (resolved|fixed|sorted|sorted out|restored|back up|back online|up and running|working again)',
          'be (arranged|scheduled|organised|organized|booked)',
        ],
      },
      ongoing: {
        description: 'Work under way ("we\'re looking into it", "our team is on it"): vague unless a time or next update goes with it.',
        patterns: [
          '(looking|digging) into',
          // "the team are looking at it" (not "we're looking at a two-day delay").
          '(looking|having a look) at (it|this|that|them|your|the issue|the problem|the fault|the bug)',
          '(investigating|reviewing|monitoring|chasing|checking)',
          'working #Adverb? (on|to|through)',
          // "our developers are prioritising a fix".
          '(prioritising|prioritizing) (a|the|this|your|our)? (fix|it|this|issue|case|refund|request|order)',
          '(fixing|sorting|repairing|resolving|restoring|tracing) (it|this|that|the|your|things|everything)',
          '(out|busy) on (it|the fault|the job|the issue|the problem)',
          '(bringing|calling|getting) in (a|an|our|the|some)? #Adjective? (specialist|specialists|engineer|engineers|technician|technicians|expert|experts|colleague|manager|supervisor)',
          'on (it|this|the case)',
          'doing (everything|all|whatever) (we|i|they) (can|possibly can) to (get|fix|resolve|sort|restore|help|bring|find)',
          'being (reviewed|investigated|looked into|worked on|processed|checked)',
          'being (brought|called|sent|drafted) (in|out|over|round)',
        ],
      },
      coming: {
        description: 'News, a fix or an update announced as coming, with no time ("stay tuned", "a fix is on the way", "more info to come").',
        patterns: [
          '(stay|keep) tuned',
          'watch this space',
          '(more|further) (info|information|details|news|updates|updates) (to come|to follow|coming|will follow)',
          '(a|the|our)? (fix|hotfix|patch|solution|resolution|update|workaround) (is|#Copula) #Adverb? (on the way|on its way|coming|in the works|being worked on|in progress|underway|under way)',
          '(engineer|engineers|technician|technicians|crew|team|someone|help) .{0,5} on (their|its|his|her|the) way',
          '(fix|fixes|hotfix|patch|patches|workaround|solution) (incoming|inbound)',
        ],
      },
      customerStep: {
        description: 'Next steps that are the customer\'s ("DM us your order number and we\'ll look into it", "if you reply, I\'ll …"): then our part is concrete.',
        patterns: [
          '(if|once|when|after|as soon as|the moment) (you|your)',
          // Not "Let me check with billing…": the agent's own step ("let me/us know" and "let us have" are the customer's).
          '^(just|please|simply)? (reply|respond|send|dm|message|tell|text|email|forward|share|upload|confirm|drop|ping|attach|give|pop) #Pronoun?',
          '^(just|please|simply)? let (me|us) have',
          '(reply|respond|send|dm|message|tell|forward|upload|confirm|drop|ping|attach) (me|us|it|with|back|here)',
          'let (me|us) know',
          // "…please update and it should be sorted": the fix waits on the customer's own step.
          '(please|just|simply) (update|restart|reinstall|refresh|reboot|reset|retry|try again|log out|sign out)',
          '(shoot|drop|send|ping|pop) (me|us)? a (dm|message|note|line|direct message)',
          '(once|when|as soon as|after) (the|your) (item|items|parcel|package|return|product|device|order|goods) #Copula? #Adverb? (back|returned|received|with us|here)',
        ],
      },
      concreteTime: {
        description: 'Extra concrete times your team uses (the built-in ones cover dates, clock times, "within 24 hours", "by end of day" …).',
        patterns: ['(by|before|after) (the|your) next (bill|billing date|statement|appointment|visit|payday)'],
      },
    },
  },
  check(draft, ctx) {
    const lists: Lists = {
      vague: ctx.phrases('vague'),
      notVague: ctx.phrases('notVague'),
      waiting: ctx.phrases('waiting'),
      commitment: ctx.phrases('commitment'),
      ongoing: ctx.phrases('ongoing'),
      coming: ctx.phrases('coming'),
      customerStep: ctx.phrases('customerStep'),
      concreteTime: ctx.phrases('concreteTime'),
    };
    const analysed = (s: Sentence) => s.memoText('vague-promise:analyse', () => analyse(s.local, lists));
    // A timed next update elsewhere in the reply ("I'll email you by 3pm") covers open-ended work.
    const timed = anySentence(draft.sentences, 'vague-promise:timed', (s) => analysed(s).timedPromise);
    // "We've got your DM and will reply there": the answer comes in the private thread the customer already
    // opened, the same team going on helping, not an open-ended wait.
    const inDm = anySentence(draft.sentences, 'vague-promise:dm', (s) => RECEIVED_DM.test(s.text));
    // "Could you send us a DM? We'll get it sorted from there.": our part waits on the step asked for (but "we'll
    // keep you posted" still promises news with no time).
    const asked = anySentence(draft.sentences, 'vague-promise:asks', (s) => analysed(s).asksStep);
    // "…in the coming weeks, and you can sign up for an alert on the product page": the customer holds the next
    // step, an alert that comes when it happens.
    const alert = anySentence(draft.sentences, 'vague-promise:alert', (s) => ALERT_STEP.test(s.text));
    // "Not yet, but we'll let everyone know when it drops!": news for all on something the customer looks forward
    // to. For a customer with trouble, or a reply about a case ("there's an outage…"), it is still their update.
    // "Watch this space! We'll share news in the spring.": the season said beside it is the when of news announced.
    const season = anySentence(draft.sentences, 'vague-promise:season', (s) => BROAD_WHEN.test(s.text));
    const news =
      anySentence(draft.sentences, 'vague-promise:news', (s) => PUBLIC_NEWS.test(s.text)) &&
      !draft.sentences.some((s) => CASE_WORDS.test(s.text)) &&
      !customerTrouble(ctx.customer).reported;
    const promises = (sentence: Sentence): Report<Kind>[] => {
      const kept = analysed(sentence).candidates.filter(
        (c) =>
          // …and an update promised "when it's back" beside a time for it ("…fixed by 4pm. We'll tweet when it's back").
          !(timed && (c.kind === 'ongoing' || c.kind === 'waiting')) &&
          !(season && c.announced) &&
          !(inDm && REPLY_VERB.test(sentence.local.text.slice(c.start, c.end))) &&
          !(asked && c.kind === 'commitment' && !KEEP_POSTED.test(sentence.local.text.slice(c.start, c.end))) &&
          !(alert && (c.kind === 'vague' || c.kind === 'waiting')) &&
          !(news && c.kind !== 'vague' && PUBLIC_NEWS.test(sentence.local.text.slice(c.start, c.end))),
      );
      if (kept.length === 0) return [];
      const start = Math.min(...kept.map((c) => c.start));
      const end = Math.max(...kept.map((c) => c.end));
      const first = kept[0]!;
      const edits = kept.flatMap((c) => c.edits).filter((e, i, all) => all.findIndex((x) => x.start === e.start && x.end === e.end) === i);
      const fix = apply(sentence.text, start, end, edits);
      fix.text = fix.text.replace(KEEP_POSTED_BY, 'update $1');
      const words = sentence.text.slice(start, end);
      return [{
        messageId: first.kind,
        data: { words: words.length > 60 ? words.slice(0, 57) + '…' : words },
        start,
        end,
        suggestions: [{ label: `Put a time on it: “${fix.text.length > 70 ? fix.text.slice(0, 67) + '…' : fix.text}”`, ...fix }],
      }];
    };
    // Candidates are relative to their sentence: each sentence's report is computed once per text (and per
    // whether the reply holds a timed promise).
    return sentencesReports(draft.sentences, `vague-promise${timed ? ':timed' : ''}${inDm ? ':dm' : ''}${asked ? ':asked' : ''}${alert ? ':alert' : ''}${news ? ':news' : ''}${season ? ':season' : ''}`, promises);
  },
});
