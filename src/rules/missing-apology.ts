import { defineRule } from '../engine/rule';
import type { Draft, Sentence } from '../engine/draft';
import type { PhraseMatcher } from '../engine/phrases';
import type { RuleContext } from '../engine/rule';
import { insertOpening } from './shared/place';
import { customerTrouble, troublePhrases, type Trouble } from './shared/trouble';

/**
 * The customer reports trouble with us (a problem, delay, loss, mistake or frustration) and the reply never says
 * sorry or acknowledges it. Any apology counts, even a grudging one ("I apologize if you feel…", "we regret any
 * inconvenience"), and so does empathy ("that sounds frustrating", "not the experience we want for you").
 * A "sorry" that asks for clarification, apologises for an email's length, waves off the customer's own
 * apology ("no need to apologise") or sits in quoted words is not an apology.
 */

interface Span {
  start: number;
  end: number;
}

/** Does the agent apologise or acknowledge the trouble in this sentence? Depends only on its text. */
function apologisesIn(sentence: Sentence, apology: PhraseMatcher, empathy: PhraseMatcher, notApology: PhraseMatcher): boolean {
  return sentence.memoText('missing-apology:apologises', () => {
    const found = [...apology.find(sentence), ...empathy.find(sentence)];
    if (found.length === 0) return false;
    const blocked = notApology.find(sentence);
    const quoted = quotedSpans(sentence);
    return found.some(
      (f) =>
        !blocked.some((b) => b.start <= f.start && b.end >= f.end - 1) &&
        !quoted.some((q) => q.start <= f.start && q.end >= f.end) &&
        !asksToClarify(sentence, f),
    );
  });
}

/** "Sorry, which app do you mean?" / "Sorry — I didn't quite follow…?": a bare sorry that opens a question. */
function asksToClarify(sentence: Sentence, found: Span): boolean {
  const word = sentence.text.slice(found.start - sentence.start, found.end - sentence.start);
  if (!/^(?:i'?m\s+)?(?:so\s+|very\s+)?sorry$/i.test(word.trim().replace(/[,!.—–-]+$/, ''))) return false;
  const after = sentence.text.slice(found.end - sentence.start);
  // "Sorry for…", "sorry to hear…", "sorry that…", "sorry about…" apologise; "sorry, but our policy…" too.
  if (/^\s*(?:for|about|to|that|this|we|if|again|but|,\s*but)\b/i.test(after)) return false;
  return /^\s*[,—–:-]?\s*\S/.test(after) && /\?\s*\W*$/.test(sentence.text);
}

/** Spans inside quotation marks in the sentence, in draft offsets: someone else's words. */
function quotedSpans(sentence: Sentence): Span[] {
  const spans: Span[] = [];
  const re = /["“]([^"”]{2,200})["”]|(?:^|[\s(])['‘]([^'’]{2,200})['’](?=[\s.,!?;:)]|$)/g;
  for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
    spans.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  }
  return spans;
}

/** With no customer message: the draft itself answers a complaint ("regarding the damaged item you received"). */
function draftAnswersComplaint(draft: Draft, complaint: PhraseMatcher): boolean {
  return draft.sentences.some((s) => s.part === 'body' && complaint.has(s));
}

/** Harm to a person: said back word for word it would state an allegation as fact, so the apology stays with the person. */
const HARM = /\b(?:assault\w*|harass\w*|attack\w*|threat\w*|injur\w*|abus\w*|robbed|grop\w*|accident|collision)\b/i;
const HARM_APOLOGY = "I'm so sorry to hear this, and thank you for telling us.";

function apologyFor(trouble: Trouble, messages: { generic: string; delay: string; billing: string; upset: string }): string {
  if (trouble.phrase && HARM.test(trouble.phrase)) return HARM_APOLOGY;
  if (trouble.phrase) {
    const words = trouble.phrase.split(/\s+/).length;
    return trouble.upset && trouble.kind !== 'feeling' && words <= 9 ? `I'm sorry ${trouble.phrase} — that's frustrating.` : `I'm sorry ${trouble.phrase}.`;
  }
  if (trouble.kind === 'delay') return messages.delay;
  if (trouble.kind === 'billing') return messages.billing;
  if (trouble.upset) return messages.upset;
  return messages.generic;
}

const GENERIC = {
  generic: "I'm sorry for the trouble this has caused.",
  delay: "I'm sorry you've had to wait for this.",
  billing: "I'm sorry about the trouble with this charge.",
  upset: "I'm sorry — I can see how frustrating this has been.",
};
const EMPATHY = 'I can see how frustrating this must be.';

export default defineRule({
  meta: {
    id: 'missing-apology',
    category: 'apology',
    docs: {
      description: 'The customer reports a problem, delay, loss or frustration with us, and the reply never says sorry or acknowledges it.',
      why: 'A customer who had trouble with us wants to hear that we noticed. Going straight to the fix, however good, reads as if their trouble did not matter.',
      incorrect: [
        { text: 'Hi Sam,\n\nA replacement ships today and arrives Thursday.\n\nBest,\nAna', customer: 'My order arrived damaged.' },
        { text: 'Sorry, which browser are you using?', customer: 'Your app keeps logging me out, so annoying.' },
        'Hi Jo,\n\nRegarding the damaged blender you received, a courier will collect it on Monday.\n\nRegards,\nKim',
      ],
      correct: [
        { text: "Hi Sam,\n\nI'm sorry your order arrived damaged. A replacement ships today and arrives Thursday.\n\nBest,\nAna", customer: 'My order arrived damaged.' },
        { text: 'Hi Sam,\n\nThat sounds really frustrating. A replacement ships today and arrives Thursday.\n\nBest,\nAna', customer: 'My order arrived damaged.' },
        { text: 'Yes, Sunday delivery is £4.99.', customer: 'Do you deliver on Sundays?' },
      ],
    },
    messages: {
      missing: 'The customer had trouble with us, but this reply never says sorry or acknowledges it. Open with an apology that names what went wrong.',
      missingFromDraft: 'This reply answers a complaint but never says sorry or acknowledges the trouble. Open with an apology.',
    },
    defaultLevel: 'warning',
    phrases: {
      apology: {
        description: 'Words that apologise or own a mistake (even grudgingly).',
        patterns: [
          '(sorry|apologies|apologise|apologize|apologised|apologized|apologising|apologizing|apology)',
          '(we|i) #Adverb? (regret|regrets)',
          'regret (any|the|this|that)',
          'my bad',
          '(that|this|it) #Copula (on us|on me)',
          "(that's|this's) on (us|me)",
          '#Copula #Adverb? (our|my) (fault|mistake|error)',
          '(we|i) (messed|slipped) up',
          '(we|i) (got|made) (it|this|that|a mistake) wrong?',
          '(we|i) #Adverb? (dropped|fumbled) the ball',
          '(we|i) #Adverb? (let|have let|\'ve let) you down',
          '(we|i) #Adverb? (fell|fall|have fallen) short',
          '(we|i) #Adverb? (missed|have missed) the mark',
          '(we|i) #Adverb? (screwed|mucked|cocked|goofed|fouled|botched)',
          '(we|i) should #Adverb? have (caught|spotted|noticed|told|warned|done|checked|flagged|called|replied|fixed|been|sent|let|made|got|updated|explained|acted)',
          '(our|my) (mistake|oversight|blunder|slip-up)',
          '(not good enough|not okay|not ok|not acceptable|unacceptable|not right|poor|really poor|below par|not up to scratch|not on) (from|of|by) (us|me|our)',
          '(we|i) owe you (better|an apology|one)',
          'not (our|my) (finest|best) (hour|moment|work)',
          '(this|that|it) #Copula #Adverb? (down to|on) (us|me|our team)',
        ],
      },
      empathy: {
        description: "Words that acknowledge how the customer's trouble feels.",
        patterns: [
          '(understand|know|get|imagine|appreciate|see|realise|realize) .{0,7} (frustrating|frustrated|frustration|annoying|annoyed|maddening|infuriating|stressful|stressed|stress)',
          '(understand|know|get|imagine|appreciate|see|realise|realize) .{0,7} (worrying|worried|worry|upsetting|upset|disappointing|disappointed|disappointment|inconvenient|inconvenience)',
          '(understand|know|get|imagine|appreciate|see|realise|realize) .{0,7} (embarrassing|frightening|scary|alarming|horrible|awful|terrible|rough|tough|hard|difficult|exhausting)',
          '(sounds|sound|must|seems|looks|is|was|are|were) #Adverb? (be|have been)? #Adverb? (frustrating|annoying|maddening|infuriating|stressful|worrying|upsetting|disappointing|inconvenient)',
          '(sounds|sound|must|seems|looks|is|was) #Adverb? (be|have been)? #Adverb? (embarrassing|frightening|scary|alarming|horrible|awful|rough|a pain|a hassle|a headache|a nightmare|the worst)',
          '#Copula (a|an|such a|so) #Adverb? (stressful|frustrating|annoying|worrying|upsetting|disappointing|horrible|awful|terrible|rough|nasty|scary|unpleasant|rotten)',
          '(what|such) a (pain|hassle|nightmare|headache)',
          'a real (pain|hassle|nightmare|headache)',
          'not the experience (we|i|you)',
          '(we|i) (hate|hated) (to hear|hearing|that)',
          '(oh no|oh dear|oh man|oh gosh)',
          "(that's|that is|this is|this isn't|that isn't) not? (great|good|nice|fun)",
          '(ugh|argh)',
          "(that's|that is|this is|this isn't|that isn't) not? (ok|okay|good enough|acceptable|right|fair)",
          '(i|we) feel (awful|terrible|bad|dreadful)',
          '(i|we) (get|hear) (it|you)',
          'should (never|not) have (happened|been)',
          'you should have been (told|notified|warned|informed)',
          '(understand|get|share) (the|your) (frustration|disappointment|concern|worry|annoyance|upset)',
          'not what you (need|needed|want|wanted|expected|deserve|deserved)',
          '(horrible|awful|terrible|stressful) thing',
          '(i|we) can only imagine',
          '(see|understand|get|appreciate|imagine|know) .{0,7} (unhappy|cross|angry|furious|disheartened|exasperated|upsetting)',
          '(see|understand|get|appreciate|imagine|know) .{0,7} fed up',
          '(see|understand|get|appreciate|imagine|know) .{0,7} let down',
          'no way to (treat|speak to|talk to|deal with|look after) (a|our|any|you)',
          'what a #Adjective? (morning|day|week|night|time|start|evening|journey|trip|experience|ordeal) (you|you have)',
          'not (the|a) (service|standard|level|experience|treatment|welcome|response|start) (you|we|i|anyone)',
          '(i|we) #Copula #Adverb? (gutted|sad|saddened|upset|disappointed|devastated|horrified|mortified|embarrassed|dismayed) (this|that|to|about|for|you|it)',
          '(i|we) (can|could) #Negative? #Adverb? imagine (how|what|the|your)',
          'how (annoying|frustrating|infuriating|maddening|stressful|worrying|upsetting|disappointing|awful|horrible|rubbish|miserable|unsettling|scary)',
          '(ah|oh|ahh|ooh|argh|urgh|eek|yikes|oof|ouch|gosh|blimey|crikey) #Adverb? (annoying|frustrating|infuriating|maddening|rubbish|no|dear|nightmare|not good|not great|not ideal)',
          '^#Adverb? (annoying|frustrating|infuriating|maddening|gutting|rubbish|not ideal|not good|not great)',
          '(yikes|oof|ouch|eek|uh oh|blimey|crikey|bummer)',
          // "Not what we like to hear", "that's definitely not what we want".
          'not (what|something) (we|i) (like|want|love|enjoy) to (hear|see|read)',
          'not what (we|i) (want|wanted|expect|expected|aim for|strive for|like)',
          '(what|such) a (faff|mess|shame|letdown|let-down|ordeal|palaver|bummer|drag|saga|disappointment|worry|shock)',
          '(that|this) #Copula? #Adverb? (rubbish|grim|miserable|gutting|a shame|a letdown|a bummer|a faff|a drag|no fun|not fun)',
          '(that|this|it) #Copula #Adverb? (not ideal|far from ideal|less than ideal|not on|not acceptable|unacceptable|not right|not fair|unfair)',
          '(that|this|it) (stinks|sucks)',
          '#Negative #Adverb? have been (fun|easy|nice|pleasant|great)',
          '(i|we) would #Adverb? (be|feel) #Adverb? (annoyed|frustrated|upset|cross|fuming|angry|livid|disappointed|worried|gutted|furious|the same|fed up|let down)',
          'no wonder (you|you\'re|you are|you\'ve)',
          'you (deserve|deserved) (better|more)',
          '(sad|gutted|upset|disappointed|concerned|worried|alarmed|shocked|horrified|dismayed) to (hear|read|learn|see)',
          '(i|we) (know|understand|appreciate|realise|realize|can see) how (much|important|disruptive|inconvenient|stressful|annoying|worrying|upsetting)',
          '(that|this|it) #Copula #Adverb? (distressing|concerning|troubling|worrying|alarming|disturbing|upsetting|not good|no good|not great)',
          '(that|this|it) (sounds|seems|looks) #Adverb? (distressing|concerning|troubling|worrying|alarming|disturbing|upsetting|wrong|bad|not right)',
          // "that doesn't sound right", "that doesn't look good".
          '(that|this|it) (does|do) #Negative (sound|seem|look) #Adverb? (right|good|great|ideal|fun|normal)',
          '#Negative want you to (feel|be) (that|this) way',
          '#Negative (want|like) you to (feel|be) (like that|upset|frustrated|let down)',
        ],
      },
      notApology: {
        description: 'Look-alikes that do not apologise to the customer for their trouble.',
        patterns: [
          'no need to (apologise|apologize|apologies|be sorry|say sorry)',
          '(#Negative|never) (apologise|apologize|be sorry)',
          'nothing to (apologise|apologize|be sorry) for',
          'sorry (for|about) (the|my|this) (long|lengthy) (email|message|reply|note)',
          'sorry (for|about) the (length|wall of text|essay)',
          'sorry to (bother|bug|trouble|pester|chase) you',
          'sorry #Pronoun? #Negative? #Adverb? (follow|catch|understand|get)',
          'sorry to see you (go|leave)',
          '(you|you will|you won\'t) #Negative? regret',
          '(i|we) #Negative (regret|apologise|apologize)',
          '#Negative (our|my) (mistake|error|oversight|bad)',
        ],
      },
      complaint: {
        description: 'Words in a reply that show it answers a complaint (used only when the customer message is not available).',
        patterns: [
          '(regarding|about|concerning|re) (the|your) #Adjective? (damaged|missing|late|delayed|broken|faulty|wrong|duplicate|double|failed|lost|incorrect|defective|cracked|cancelled)',
          'your (complaint|outage)',
          '(issue|problem|trouble|error|fault|delay|difficulties) (you|you have|you\'ve) #Adverb? (reported|raised|mentioned|had|experienced|described|flagged|been having)',
          '(you were|you have been|you\'ve been) (charged twice|double charged|overcharged|charged again)',
          '(arrived|was delivered|came) (damaged|broken|late|faulty|incomplete|cracked)',
          'your #Noun #Adverb? #Negative (arrive|arrived|turn|show|work|load)',
        ],
      },
      ...troublePhrases,
    },
  },
  check(draft, ctx: RuleContext) {
    if (draft.sentences.length === 0) return [];
    const apology = ctx.phrases('apology');
    const empathy = ctx.phrases('empathy');
    const notApology = ctx.phrases('notApology');
    if (draft.sentences.some((s) => apologisesIn(s, apology, empathy, notApology))) return [];

    let trouble: Trouble;
    let messageId: 'missing' | 'missingFromDraft' = 'missing';
    if (ctx.customer && ctx.customer.sentences.length > 0) {
      trouble = customerTrouble(ctx.customer, ctx.phrases);
      if (!trouble.reported) return [];
    } else {
      // No customer message: speak only when the draft plainly answers a complaint.
      if (!draftAnswersComplaint(draft, ctx.phrases('complaint'))) return [];
      trouble = { reported: true, upset: false };
      messageId = 'missingFromDraft';
    }

    const sentence = apologyFor(trouble, GENERIC);
    const at = draft.segments.bodyStart;
    const suggestions = [insertOpening(draft, sentence, `Open with “${sentence}”`)];
    const alternative = trouble.phrase ? GENERIC.generic : EMPATHY;
    suggestions.push(insertOpening(draft, alternative, `Open with “${alternative}”`));
    return [{ messageId, start: at, end: at, suggestions }];
  },
});
