/**
 * The clause layer: each sentence of a reply read once as clauses — who is asked to act, how firmly, which
 * verb, through which channel, negated, asked or supposed — so rules reason about meaning (who does what,
 * where) instead of each carrying its own token lists. Computed once per sentence text and cached.
 *
 * A clause runs to a comma, semicolon, colon, dash or a joining word that opens a new subject ("so our team
 * can…", "and we'll…", "and their team handles…"); a clause without a verb (a bare "here: <link>") belongs to
 * the one before it.
 */
import type { Sentence } from '../../engine/draft';
import { termsOf, type TermJson } from '../../engine/terms';

export interface Word {
  text: string;
  /** Lower case, as compromise normalises it ("you'll" → "you" with an implicit "will" after). */
  norm: string;
  /** A verb's base form, by a light morphology ("reaching" → "reach", "spoken" → "speak"), else `norm`. */
  root: string;
  tags: ReadonlySet<string>;
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  /** A contraction's implicit part ("will" in "you'll"), with no text of its own. */
  implicit: boolean;
  /** What follows the word before the next one: spaces and punctuation ("portal (x.example)" gives "portal" " ("). */
  post: string;
}

/**
 * Where a clause sends someone: a link, a phone number or line, an email address, a chat, a web page or form, a
 * place (or "in person"), another account's @handle, this very thread, or a path through the product's own menus
 * ("Settings > Subscription": the customer's own steps, somewhere else only when they asked us to do it).
 */
export type ChannelKind = 'link' | 'phone' | 'email' | 'chat' | 'web' | 'place' | 'handle' | 'thread' | 'menu';

export interface Channel {
  kind: ChannelKind;
  start: number;
  end: number;
}

/** Who is asked to do the clause's verb, and how firmly. */
export type Directive =
  /** The customer is told: an imperative, "please…", "you'll need to…", "we suggest you…", "the best way is to…". */
  | 'told'
  /** The customer is offered: "you can…", "you could…", "feel free to…". */
  | 'offered'
  /** The customer is asked whether they did it: "have you spoken with your bank?" */
  | 'asked'
  /** Someone else acts: "I've passed it on", "our team will call you", "they'll help". */
  | 'none';

export interface Clause {
  start: number;
  end: number;
  words: readonly Word[];
  directive: Directive;
  /** The clause's main verb (the one the directive is about), when it has one. */
  verb?: Word;
  /** The agent or the company is the subject ("I", "we", "our team"). */
  byUs: boolean;
  negated: boolean;
  /** The sentence asks (ends in "?"). */
  question: boolean;
  /** The clause only supposes ("if you'd like to…", "in case…"). */
  conditional: boolean;
  /** Channels named in the clause, in order. */
  channels: readonly Channel[];
  /** Only offers reading ("for more info", "explains why", "details:"). */
  informational: boolean;
}

const URL = /^(?:[a-z]+:)?(?:https?:\/\/|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S*$|^(?:[a-z0-9-]+\.)+(?:com|org|net|io|co|uk|example|app|help|gov|edu|support)$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const PHONE = /^\+?\(?\d[\d()-]{2,}$/;
/**
 * Words right before a short number that make it a line to a person: "call 105", "text us on 60060" (not
 * "text SAVE to 60060", an automatic code).
 */
const DIALLED = /(?:^|\s)(?:(?:call|ring|dial|phone|telephone)(?: (?:us|them))?|(?:text|txt|sms) (?:us|them))(?: (?:on|at))?$/;

/** Channel words and what kind of channel each names. Same-thread words (DM) mean the agent keeps helping. */
const CHANNEL_WORDS: ReadonlyArray<[RegExp, ChannelKind]> = [
  [/^(?:dm|dms|pm|inbox)$/, 'thread'],
  [/^(?:phone|call|callback|telephone|hotline|helpline|line)$/, 'phone'],
  [/^(?:chat|livechat|webchat|messenger)$/, 'chat'],
  [/^(?:form|portal|link|site|website|webpage|page|online|app|article|guide|faq|faqs)$/, 'web'],
  [/^(?:email|e-mail|mail)$/, 'email'],
  [/^(?:store|stores|shop|shops|branch|branches|counter|desk|airport|office|forum|community|centre|center)$/, 'place'],
];
/** Steps on the app itself: "update the app", "reinstalling your app". */
const APP_STEP = /\b(?:update|updating|reinstall|reinstalling|restart|restarting|download|downloading|delete|deleting|close|closing|reopen|reopening|refresh|refreshing|relaunch|relaunching)(?: (?:the|your|our))?$/;
const THREAD_PHRASE = /\b(?:let (?:us|me) know|(?:or|and|also) (?:just )?(?:right )?here(?!\s*:|['’]|\s+(?:is|are)\b)|keep (?:us|me) (?:posted|updated)|direct message|private message|direct messages|this thread|this conversation|reply here|right here on twitter|(?:dm|message) us here)\b/i;
/** Somewhere the customer has to be in body: "in person", "face to face". */
const IN_PERSON = /\b(?:in person|face[- ]to[- ]face|in-store|in store)\b/i;
const INFORMATIONAL = /\b(?:(?:more|further|additional) (?:info|information|details)|to learn more|learn more|(?:explains|shows) (?:why|how|what)|read more|details:|info:)\b/i;

/** Leading words before a clause's verb that change nothing about who acts. */
const FILLER = new Set(['please', 'pls', 'plz', 'kindly', 'just', 'also', 'then', 'and', 'so', 'but', 'or', 'alternatively', 'otherwise', 'simply', 'now', 'first', 'instead', 'still', 'hi', 'hey', 'hello', 'ok', 'okay', 'yes', 'no', 'sure', 'again', 'directly', 'feel', 'free', 'to', 'maybe', 'perhaps']);
/** Words for sending a message that the tagger may read as nouns ("Tweet @RailHelp", "Email support@…"). */
const SEND_WORDS = /^(?:tweet|dm|pm|message|email|e-mail|text|ping|mail)$/;
/** Words for working a screen, which the tagger takes for nouns at the start of a sentence ("Tap 'Report a problem'"). */
const UI_WORDS = /^(?:tap|click|press|hit|select|choose|swipe)$/;
const STRONG_MODALS = /^(?:need|needs|have|has|must|should|want|got|gotta|require|required)$/;
const SOFT_MODALS = /^(?:can|could|may|might|would|will)$/;
const ADVISE = new Set(['suggest', 'recommend', 'advise', 'encourage', 'urge', 'ask', 'invite', 'need', 'require']);
const US_SUBJECT = new Set(['i', 'we', 'our', 'my', 'us']);
const CONDITIONAL = /^(?:if|unless|whether|once|when|whenever|in case|should)\b/i;
/** "have you spoken with…?", "did you try…?", "were you able to…?", "have you had a chance to…?" */
const ASKED = /^(?:have|has|did|do|were|was|are|could)\s+you\s+(?:already\s+|yet\s+|ever\s+)?(?:had a chance to\s+|been able to\s+|able to\s+|managed to\s+|tried\s+)?/i;

/** Irregular forms of the verbs the rules ask about ("does" would lose its -s as "doe"); regular ones lose -ing, -ed or -s (rootOf). */
const PARTICIPLES: Record<string, string> = { had: 'have', has: 'have', was: 'be', were: 'be', is: 'be', are: 'be', been: 'be', spoken: 'speak', written: 'write', rung: 'ring', got: 'get', gotten: 'get', given: 'give', sent: 'send', told: 'tell', gone: 'go', seen: 'see', taken: 'take', done: 'do', does: 'do', did: 'do', goes: 'go', made: 'make', brought: 'bring', paid: 'pay' };

function rootOf(t: TermJson, norm: string): string {
  if (PARTICIPLES[norm]) return PARTICIPLES[norm]!;
  const tags = t.tags ?? [];
  if (!tags.includes('Verb')) return norm;
  if (tags.includes('Gerund')) return norm.replace(/(\w)\1ing$/, '$1').replace(/ing$/, '');
  if (tags.includes('PastTense') || tags.includes('Participle')) return norm.replace(/ied$/, 'y').replace(/([^e])ed$/, '$1');
  if (tags.includes('PresentTense') && !tags.includes('Infinitive')) return norm.replace(/ies$/, 'y').replace(/(?:ch|sh|ss|x)es$/, (m) => m.slice(0, -2)).replace(/([^s])s$/, '$1');
  return norm;
}

/** A word without the brackets and punctuation around it ("(x.example)." → "x.example"): how addresses are read. */
const bareText = (text: string) => text.replace(/^[(\[]+|[.,;:!?)\]]+$/g, '');

/** The sentence's words as the clause layer and the rules read them, made once per sentence text. */
export function wordsOf(sentence: Sentence): readonly Word[] {
  return sentence.memoText('clause:words', () => words(sentence));
}

function words(sentence: Sentence): Word[] {
  const out: Word[] = [];
  // No doc.compute('root'): the parse is shared by every rule, and computing roots changes how it matches.
  for (const t of termsOf(sentence)) {
    const off = t.offset ?? { start: out.length ? out[out.length - 1]!.end : 0, length: 0 };
    // "you'll" keeps "you" on the visible term and "will" on an implicit one.
    const norm = (t.implicit ?? t.normal ?? t.text).toLowerCase();
    // An address is never a verb, whatever the tagger made of it ("support@nuki.example" opening a clause).
    const bare = bareText(t.text);
    const tags = EMAIL.test(bare) ? new Set(['Email']) : URL.test(bare) ? new Set(['Url']) : new Set(t.tags ?? []);
    out.push({ text: t.text, norm, root: rootOf(t, norm), tags, start: off.start, end: off.start + off.length, implicit: off.length === 0, post: t.post ?? '' });
    // Punctuation before the next word ("portal (x.example)") follows the word before it.
    const prev = out[out.length - 2];
    if (prev && t.pre) prev.post += t.pre;
  }
  return out;
}

/** "so please…", "and kindly…": a joining word that opens a request. */
const opensRequest = (w: Word | undefined, next: Word | undefined) => /^(?:so|and|but|or)$/.test(w?.norm ?? '') && /^(?:please|pls|plz|kindly)$/.test(next?.norm ?? '');

/** Where clauses end: after a word followed by , ; : or a dash, and before a joining word that starts a new subject. */
function splitClauses(text: string, ws: readonly Word[]): Word[][] {
  const clauses: Word[][] = [];
  let cur: Word[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const next = ws[i + 1];
    // "so our team can connect", "and we'll follow up", "but I have": a new subject after a joining word; "so please
    // DM…": a request after one.
    if (cur.length > 0 && next && (opensRequest(w, next) || (/^(?:so|and|but|or|because|as)$/.test(w.norm) && /^(?:i|we|our|they|you|someone|the|he|she|it|my|their|your)$/.test(next.norm)))) {
      clauses.push(cur);
      cur = [];
    }
    cur.push(w);
    const gap = next ? text.slice(w.end, next.start) : '';
    if (/[,;:]|\s[-–—]\s|[–—]/.test(gap) || /[:;,]$/.test(w.text)) {
      clauses.push(cur);
      cur = [];
    }
  }
  if (cur.length) clauses.push(cur);
  // A clause with no verb ("here: <link>", "by phone or chat") belongs to the one before.
  const merged: Word[][] = [];
  for (const c of clauses) {
    // "…, they're on 0333…": a pronoun with its verb in a contraction is a clause of its own.
    // "…so please DM @Handle": a request, whatever the tagger made of its verb.
    const hasVerb = c.some((w) => w.tags.has('Verb') && !w.implicit) || (/^(?:they|we|he|she|i)$/.test(c[0]!.norm) && c[1]?.implicit === true) || opensRequest(c[0], c[1]);
    if (!hasVerb && merged.length > 0) merged[merged.length - 1]!.push(...c);
    else merged.push(c);
  }
  return merged;
}

function channelsOf(ws: readonly Word[], text: string): Channel[] {
  const out: Channel[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w.implicit) continue;
    const bare = bareText(w.text);
    // "here:https://…" is one term; so is "x.example/help".
    if (URL.test(bare) || /^here:\S+/i.test(bare)) {
      out.push({ kind: 'link', start: w.start, end: w.start + bare.length });
      continue;
    }
    // "@ShopHelp" mid-reply: another account the customer is pointed to (leading handles are the addressee).
    if (/^@\w{2,}$/.test(bare) && w.start > 0) {
      out.push({ kind: 'handle', start: w.start, end: w.start + bare.length });
      continue;
    }
    if (EMAIL.test(bare)) {
      out.push({ kind: 'email', start: w.start, end: w.start + bare.length });
      continue;
    }
    if (PHONE.test(bare)) {
      // A number is often written in groups: "0800 555 0199".
      let j = i;
      let digits = bare.replace(/\D/g, '').length;
      while (ws[j + 1] && PHONE.test(ws[j + 1]!.text.replace(/[.,;:!?)]+$/, '')) && /^\s*$/.test(text.slice(ws[j]!.end, ws[j + 1]!.start))) digits += ws[++j]!.text.replace(/\D/g, '').length;
      const dialled = digits >= 3 && DIALLED.test(ws.slice(Math.max(0, i - 3), i).map((x) => x.norm).join(' '));
      if (digits >= 7 || dialled) out.push({ kind: 'phone', start: w.start, end: ws[j]!.start + ws[j]!.text.replace(/[.,;:!?)]+$/, '').length });
      i = j;
      continue;
    }
    for (const part of w.norm.split('/')) {
      const hit = CHANNEL_WORDS.find(([re]) => re.test(part));
      // "your email", "your phone number": a detail the customer gives, not a channel.
      if (hit && (hit[1] === 'email' || hit[1] === 'phone') && /^(?:your|my|the)$/.test(ws[i - 1]?.norm ?? '')) continue;
      // "Update the app", "from the App Store": the thing a step acts on, or where apps come from, not a place to start again.
      if (hit && hit[1] === 'web' && part === 'app' && (APP_STEP.test(ws.slice(Math.max(0, i - 3), i).map((x) => x.norm).join(' ')) || ws[i + 1]?.norm === 'store')) continue;
      if (hit && hit[1] === 'place' && part === 'store' && /^(?:app|play)$/.test(ws[i - 1]?.norm ?? '')) continue;
      // "their inbox is safety@…": someone else's email, not this thread.
      if (hit && part === 'inbox' && /^(?:their|his|her|its)$/.test(ws[i - 1]?.norm ?? '')) {
        out.push({ kind: 'email', start: w.start, end: w.end });
        continue;
      }
      if (hit) out.push({ kind: hit[1], start: w.start, end: w.end });
    }
  }
  const from = ws[0]?.start ?? 0;
  const to = ws[ws.length - 1]?.end ?? 0;
  const m = THREAD_PHRASE.exec(text.slice(from, to));
  if (m) out.push({ kind: 'thread', start: from + m.index, end: from + m.index + m[0].length });
  // "Settings > Subscription": a path through an app's or a site's menus.
  const menu = /\b[A-Z][\w&' ]{0,24}\s*[>›]\s*[A-Z]/.exec(text.slice(from, to));
  if (menu) out.push({ kind: 'menu', start: from + menu.index, end: from + menu.index + menu[0].length });
  const person = IN_PERSON.exec(text.slice(from, to));
  if (person) out.push({ kind: 'place', start: from + person.index, end: from + person.index + person[0].length });
  return out.sort((a, b) => a.start - b.start);
}

const isVerb = (w: Word) => w.tags.has('Verb') && !w.tags.has('Modal') && !w.tags.has('Auxiliary') && !w.implicit;

/**
 * "For refunds visit a branch", "For anything account related pop into…": a topic named, then an imperative, with
 * the comma left out as agents often do. From `ws[i]` ("for", "regarding"), the index of that imperative verb, or
 * undefined when what follows the topic is a subject ("For security reasons we can't…") or anything else.
 */
export function imperativeAfterTopic(ws: readonly Word[], i: number): number | undefined {
  if (!/^(?:for|regarding|re)$/.test(ws[i]?.norm ?? '')) return undefined;
  let nouns = 0;
  let k = i + 1;
  for (; k < ws.length && k <= i + 6; k++) {
    const w = ws[k]!;
    if (w.implicit || /\W$/.test(w.post.trim())) return undefined;
    if (w.tags.has('Determiner') || w.tags.has('Adjective') || w.tags.has('Possessive') || /^[\w-]*related$/.test(w.norm)) continue;
    if ((w.tags.has('Noun') && !w.tags.has('Pronoun')) || w.tags.has('Gerund')) nouns++;
    else break;
  }
  const verb = ws[k];
  if (!verb || nouns === 0 || !isVerb(verb) || verb.tags.has('Gerund') || verb.tags.has('PastTense')) return undefined;
  return verb.tags.has('Imperative') || verb.tags.has('Infinitive') ? k : undefined;
}

/**
 * What follows an errand: "Contact your bank and they'll look into it", "request a return … and we'll send a
 * replacement". For the clause holding sentence offset `rel`, when it opens on "and", "so" or "then" and the clause
 * before tells or offers the customer something to do: both clauses.
 */
export function afterErrand(clauses: readonly Clause[], rel: number, text: string): { errand: Clause; clause: Clause } | undefined {
  const k = clauses.findIndex((c) => c.start <= rel && rel < c.end);
  const errand = clauses[k - 1];
  if (k < 1 || (errand!.directive !== 'told' && errand!.directive !== 'offered')) return undefined;
  const clause = clauses[k]!;
  return /^\W*(?:and|so|then|and then)\b/i.test(text.slice(clause.start, clause.end)) ? { errand: errand!, clause } : undefined;
}

/** Who is asked to do what in this clause. */
function directiveOf(ws: readonly Word[], clauseText: string): { directive: Directive; verb?: Word; byUs: boolean } {
  let i = 0;
  while (i < ws.length && (FILLER.has(ws[i]!.norm) || ws[i]!.tags.has('Expression') || /^\W*$/.test(ws[i]!.text) || ws[i]!.tags.has('Url'))) i++;
  const first = ws[i];
  if (!first) return { directive: 'none', byUs: false };
  const pleased = ws.slice(0, i + 1).some((w) => w.norm === 'please' || w.norm === 'kindly' || w.norm === 'pls');
  const asked = ASKED.exec(clauseText.slice(clauseText.search(/\S/)));
  if (asked && /\?\s*$/.test(clauseText.trimEnd()) || asked && /^(?:have|did)\b/i.test(asked[0])) {
    const verb = ws.find((w, k) => k > i + 1 && isVerb(w) && w.root !== 'have' && w.root !== 'be' && w.norm !== 'able' && w.norm !== 'chance' && w.norm !== 'managed');
    return { directive: 'asked', verb, byUs: false };
  }
  // A request with no question mark: "Could you share the details through this form: <link>".
  const polite = /^(?:could|can|would|will) (?:you|u) (?:please |kindly |just )?/i.exec(clauseText.slice(clauseText.search(/\S/)));
  if (polite && !/\?\s*$/.test(clauseText.trimEnd())) {
    const verb = ws.find((w, k) => k > i + 1 && isVerb(w) && w.root !== 'be');
    if (verb) return { directive: 'told', verb, byUs: false };
  }
  // "Could they give us a call on 0330…?": someone else the customer is to send, asked politely, question or not.
  const theyPolite = /^(?:could|can|would) (?:they|he|she) (?:please |kindly |just )?(?!have\b)/i.exec(clauseText.slice(clauseText.search(/\S/)));
  if (theyPolite) {
    const verb = ws.find((w, k) => k > i + 1 && isVerb(w) && w.root !== 'be' && !w.tags.has('PastTense'));
    if (verb) return { directive: 'told', verb, byUs: false };
  }
  // "(The) best thing is to show it to staff", "easiest option would be to book online": the advice, then its verb.
  // "It's worth checking their site", "it might be worth giving them a ring": the same advice, impersonal.
  const adviceIs = /^(?:the\s+)?(?:best|easiest|quickest|simplest|fastest)\s+(?:thing|way|option|bet|idea|step|move)\s+(?:to do\s+)?(?:is|would be|will be|['’]s)\s+(?:to\s+)?|^(?:(?:so|and|but)\s+)?it(?:['’]s| is| would be|['’]d be| might be| may be| could be| will be)\s+(?:\w+ly\s+)?(?:well\s+)?worth\s+/i.exec(clauseText.slice(clauseText.search(/\S/)));
  if (adviceIs) {
    const from = (ws[0]?.start ?? 0) + clauseText.search(/\S/) + adviceIs[0].length;
    const verb = ws.find((w) => w.start >= from && isVerb(w));
    if (verb && verb.start - from < 12) return { directive: 'told', verb, byUs: false };
  }
  // Impersonal advice: "Best to phone us…", "worth asking on our forum", "easiest to book online".
  if (/^(?:best|better|easiest|quickest|simplest|worth)$/.test(first.norm)) {
    // "worth double checking there": the tagger may take a gerund after an adjective for a noun.
    const verb = ws.find((w, k) => k > i && k <= i + 2 && (isVerb(w) || (k === i + 2 && /ing$/.test(w.norm) && w.tags.has('Noun') && ws[i + 1]!.tags.has('Adjective'))) && w.norm !== 'to');
    if (verb) return { directive: 'told', verb, byUs: false };
  }
  // An imperative: the clause opens with a plain verb ("Send us a note…", "Please reach us…").
  // Not "Contract copies are…", "Game issues go through…": a noun the tagger took for a verb, heading a plural subject.
  const after = ws[i + 2];
  const finite = !!after && after.tags.has('Verb') && after.tags.has('PresentTense') && !after.tags.has('Gerund');
  // Nor "Help with damaged orders is available…": a copula a few words on, nothing between that an imperative's
  // object would open with (a determiner or pronoun: "Make sure it is…", "Check the box is…").
  const copula = ws.findIndex((w, k) => k > i + 1 && k <= i + 4 && /^(?:is|are)$/.test(w.norm));
  const headsCopula = copula !== -1 && ws.slice(i + 1, copula).every((w) => !w.tags.has('Determiner') && !w.tags.has('Pronoun') && !w.tags.has('Possessive') && !/^(?:that|what|how|if|whether)$/.test(w.norm));
  // Nor "Date changes for this fare can be made…": a plural noun, then a passive modal with no new subject between.
  const passive = ws.findIndex((w, k) => k > i + 1 && k <= i + 8 && /^(?:can|could|will|should|must|may|might|cannot)$/.test(w.norm) && (ws[k + 1]?.norm === 'be' || (/^(?:only|also|easily|now|not)$/.test(ws[k + 1]?.norm ?? '') && ws[k + 2]?.norm === 'be')));
  const headsPassive = passive !== -1 && !!ws[i + 1]?.tags.has('Plural') && ws.slice(i + 1, passive).every((w) => !w.tags.has('Pronoun') && !/^(?:that|what|how|if|whether|sure|so)$/.test(w.norm));
  const subjectNoun = !pleased && ((ws[i + 1]?.tags.has('Plural') && (/^(?:are|were|can|will|should|must|need|have)$/.test(after?.norm ?? '') || finite)) || headsCopula || headsPassive);
  if (isVerb(first) && !subjectNoun && !first.tags.has('Gerund') && !first.tags.has('PastTense') && (first.tags.has('Imperative') || first.tags.has('Infinitive') || pleased) && !/^(?:let|thank|thanks|hope|looks|sounds|seems)$/.test(first.norm)) {
    return { directive: 'told', verb: first, byUs: false };
  }
  // "Please tweet @ShopHelp", "please email support@…", "Tweet @RailHelp": after "please", or as a word for sending, a
  // word the tagger took for a noun is the imperative when what follows is who or where to send it.
  const next = ws[i + 1];
  if ((pleased || SEND_WORDS.test(first.norm)) && !isVerb(first) && first.tags.has('Noun') && !first.tags.has('Pronoun') && /^[a-z]+$/.test(first.norm) && next && (next.tags.has('AtMention') || next.tags.has('Url') || next.tags.has('Email') || EMAIL.test(next.text.replace(/[.,;:!?)]+$/, '')) || /^(?:us|them|the|your|their|our)$/.test(next.norm))) {
    return { directive: 'told', verb: first, byUs: false };
  }
  // "Tap 'Report a problem'", "Click Contact us", "tap that": a screen worked, before a label, a name or "that".
  if (UI_WORDS.test(first.norm) && !isVerb(first) && next && (/['‘"“]/.test(first.post) || next.tags.has('ProperNoun') || isVerb(next) || /^(?:that|this|it|the|on|your|our|here)$/.test(next.norm))) {
    return { directive: 'told', verb: first, byUs: false };
  }
  // "Canceling your membership can be done here", "Casting your votes on <link> is the best way".
  if (first.tags.has('Gerund') && /\b(?:can be done|is the (?:best|quickest|easiest|fastest|only) (?:way|option)|is done)\b/i.test(clauseText)) {
    return { directive: 'told', verb: first, byUs: false };
  }
  const topical = imperativeAfterTopic(ws, i);
  if (topical !== undefined) return { directive: 'told', verb: ws[topical], byUs: false };
  // "Via our website you can…", "On the app you'll need to…": a leading means or place, then the customer.
  if (first.tags.has('Preposition')) {
    const you = ws.findIndex((w, k) => k > i && k <= i + 5 && (w.norm === 'you' || w.norm === 'u'));
    if (you !== -1 && ws.slice(i + 1, you).every((w) => !isVerb(w) && !w.tags.has('Preposition'))) i = you;
  }
  const subject = ws[i]!.norm;
  if (subject === 'you' || subject === 'u') {
    const chain = ws.slice(i + 1, i + 6);
    const strong = chain.some((w) => STRONG_MODALS.test(w.norm)) || /\b(?:you(?:'ll| will)? (?:need|have|want|might want|may want|may wish|might wish) to|you(?:'d| would) (?:need|have) to|you should|you must)\b/i.test(clauseText);
    // "You may wish to rebook…": the verb wished for, not the wishing.
    const verb = chain.find((w, k) => isVerb(w) && !STRONG_MODALS.test(w.norm) && w.root !== 'be' && !(/^(?:wish|like|want)$/.test(w.norm) && chain[k + 1]?.norm === 'to'));
    if (strong) return { directive: 'told', verb, byUs: false };
    if (chain.some((w) => SOFT_MODALS.test(w.norm))) return { directive: 'offered', verb, byUs: false };
    return { directive: 'none', verb, byUs: false };
  }
  if (US_SUBJECT.has(subject)) {
    // "We suggest you (to) get in touch…", "I'd recommend calling…": the customer is told after all.
    const advise = ws.findIndex((w, k) => k > i && k < i + 4 && ADVISE.has(w.root));
    if (advise !== -1 && !ws.slice(i, advise).some((w) => w.tags.has('Negative'))) {
      const at = ws.findIndex((w, k) => k > advise && isVerb(w) && w.norm !== 'you');
      // "I've asked your local dealer to call you": someone else was asked, not the customer.
      const someoneElse = at !== -1 && ws.slice(advise + 1, at).some((w) => !w.implicit && (w.tags.has('Noun') || w.tags.has('ProperNoun')) && !/^(?:you|u|yourself)$/.test(w.norm));
      if (at !== -1 && !someoneElse) return { directive: 'told', verb: ws[at], byUs: false };
    }
    return { directive: 'none', verb: ws.find((w, k) => k > i && isVerb(w)), byUs: true };
  }
  // "Live chat is available in the app's help section": a channel the customer has to go to.
  if (/^(?:live chat|chat|phone support|support|help)\b.*\bis available\b/i.test(clauseText.slice(first.start - (ws[0]?.start ?? 0)))) {
    return { directive: 'told', verb: ws.find((w) => w.norm === 'available') ?? first, byUs: false };
  }
  return { directive: 'none', byUs: false };
}

function readClauses(sentence: Sentence): Clause[] {
  const text = sentence.text;
  const ws = wordsOf(sentence);
  const question = /\?\s*\W*$/.test(text.replace(/\s*(?:\^\w+|-\s*\w+|\*\w+|\d\/\d)\s*$/, ''));
  const out: Clause[] = [];
  let conditionalLead = false;
  for (const cws of splitClauses(text, ws)) {
    const start = cws[0]!.start;
    const end = cws[cws.length - 1]!.end;
    const clauseText = text.slice(start, end);
    const body = clauseText.replace(/^\W*(?:(?:and|but|so|or|alternatively|otherwise)\s+)?/i, '');
    // "When you can, please ring us" and "at your convenience" set no condition; "rebook any time" only invites.
    const whenReady = /^(?:when|whenever|once) you(?:'re| are)? (?:can|get a (?:chance|moment)|ready|have a (?:moment|minute|sec))\b/i.test(body);
    const conditional = (CONDITIONAL.test(body) && !whenReady) || /\s(?:if|unless|in case)\s/i.test(body) || /\bif you(?:'d| would)? (?:like|prefer|wish|want)\b/i.test(body) || /\b(?:any ?time|whenever)\b/i.test(body);
    const { directive, verb, byUs } = directiveOf(cws, clauseText);
    out.push({
      start,
      end,
      words: cws,
      directive: conditional || conditionalLead ? (directive === 'told' ? 'offered' : directive) : directive,
      verb,
      byUs,
      // "…a specialist team who aren't on social": a "not" inside a relative clause negates that, not this one.
      negated: cws.some((w, k) => (w.tags.has('Negative') || w.norm === 'not' || w.norm === 'never') && !cws.slice(1, k).some((r) => r.norm === 'who' || r.norm === 'which')),
      question,
      conditional,
      channels: channelsOf(cws, text),
      informational: INFORMATIONAL.test(clauseText),
    });
    // "If you'd like, call us": the condition covers the clause after it.
    conditionalLead = conditional && cws.length <= 5;
  }
  return out;
}

/** The clauses of a sentence, offsets relative to the sentence; read once per sentence text. */
export function clausesOf(sentence: Sentence): readonly Clause[] {
  return sentence.memoText('clauses', () => readClauses(sentence));
}
