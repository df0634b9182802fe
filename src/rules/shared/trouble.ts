/**
 * Does the customer report trouble with us, and what was it, in words the agent can say back?
 *
 * "Trouble" is a problem, delay, loss, mistake or frustration the customer had with the company's product or
 * service: "my order arrived damaged", "I was charged twice", "it's been 5 weeks", "so annoying 😡".
 * Neutral questions, requests, praise and the customer's own slips ("ordered the wrong colour by mistake")
 * are not trouble. The cue words are phrase lists (data, extendable by team leads: spread `troublePhrases`
 * into a rule's `meta.phrases` and pass `ctx.phrases`); the code here is structure only: which clause a cue
 * sits in, whether it is asked about or hypothetical, who did it, and how to say it back in the second person.
 *
 * Per-sentence work is cached with `sentence.memo` (it depends only on the sentence's text and the lists).
 */
import type { Draft, Sentence } from '../../engine/draft';
import { compilePhrases, type PhraseMatcher } from '../../engine/phrases';
import { nlp } from '../../engine/nlp';
import type { PhraseList } from '../../engine/rule';
import { customerComplains } from './complaint';
import { termsOf as sharedTerms } from '../../engine/terms';

/** What kind of trouble the customer reports, for a fitting generic apology. */
export type TroubleKind = 'fault' | 'delay' | 'billing' | 'feeling';

export interface Trouble {
  /** The customer reports a problem, delay, loss, mistake or frustration with us. */
  reported: boolean;
  /** The main kind of trouble (the first cue that counted), when reported. */
  kind?: TroubleKind;
  /** The customer sounds upset (angry words, "so annoying", 😡), not only factual. */
  upset: boolean;
  /**
   * The trouble in the customer's words turned to the second person, short and without end punctuation,
   * ready for "I'm sorry …": "your order arrived damaged", "you were charged twice", "we lost your bag
   * again". Undefined when it could not be taken out cleanly.
   */
  phrase?: string;
}

/** Looks up a phrase list by name, e.g. a rule's `ctx.phrases`. */
export type PhraseSource = (list: string) => PhraseMatcher;

/** The phrase lists behind trouble detection, to spread into a rule's `meta.phrases`. */
export const troublePhrases: Record<string, PhraseList> = {
  troubleFault: {
    description: 'Customer words that report a fault, loss, mistake or failure (trouble when the customer says it happened).',
    patterns: [
      '(broken|broke|damaged|cracked|smashed|crushed|shattered|scratched|scratch|dented|torn|ripped|stained|faulty|defective|ruined)',
      '(snapped|tore|burst|warped|buckled|frayed|peeling|unravelled|unraveled)',
      // "a bent wheel", "the frame is bent" (not "I bent the rules").
      '(a|the|my|its|his|her|their|our|your) bent',
      '(#Copula|arrived|came|come|turned up) #Adverb? bent',
      '(soaked|soaking|soggy|waterlogged|in pieces|melted|spoiled|spoilt|rotten|expired|out of date)',
      '(hole|holes|tear|chip|chipped|crack|dent|stain|leak|leaking|leaks|flooded|mouldy|moldy|discoloured|discolored|contaminated|dirty)',
      '(crash|crashes|crashed|crashing|freezes|froze|glitch|glitches|glitching|bugs|buggy|error|errors|outage|lagging|laggy)',
      '(buffer|buffers|buffering|stutter|stutters|stuttering|stuttery|pixelated|pixelating|pixelation|choppy|jumpy|flickering|flickers|garbled|distorted|unresponsive)',
      '(keeps|keep|kept|just|still|forever|endlessly) (spinning|hanging|freezing|buffering|crashing|lagging|loading)',
      '(timeout|timeouts|timing out|timed out|times out|intermittent|intermittently|sporadic|sporadically)',
      '(outages|blackout|blackouts|sewage|flooding|noshow|misrouted|misdelivered|mis-sold|missold|short-changed|shortchanged)',
      '(throwing|throws|threw|returning|returns|returned|giving|gives|getting|gets|hitting) (a|an)? #Value (error|errors|code|codes|response|responses|status)',
      '/^[45][0-9][0-9]s$/',
      // A state that began with our change ("my storage is full since your update").
      'since (your|the|this|that) (last|latest|recent|new)? (update|upgrade|migration|release)',
      '(power|electricity|water|gas|heating|phone|internet|broadband|supply|service|signal) (cut|cuts|outage|outages|failure|failures|interruption|interruptions)',
      'no (hot|running|drinking) (water|heating)',
      '(burst|leaking) (pipe|pipes|main|mains|water main)',
      'every (few|#Value|couple of|other)? (minute|minutes|second|seconds)',
      'stood (me|us)? up',
      // "Look what the courier did to my parcel": harm shown, not told.
      '(look|see) at? what !(i|we) .{0,3} (did|done) to (my|our|me|us)',
      '(a|the|another) no show',
      // "when will the website be back up?": it is down.
      '(be|get|come|coming|is|are) back (up|online)',
      '(half|partly|partially) (empty|eaten|cooked|raw|missing|melted)',
      '(packed|packs|pack|packing|conked|conks|gave|given|gives|giving) (up|in|out)',
      '(playing|acting) up',
      '(died|kaput|busted|on the blink|dodgy|wonky)',
      '(gone|went|goes|completely|totally) dead',
      '(running|gone|going|went|goes|stone|ice) cold',
      '(chucked|tossed|dumped|flung|hurled|lobbed)',
      '(reversed|crashed|drove|backed|bumped|smashed|knocked) (into|over)',
      '(someone|somebody) (#Possessive|else\'s)',
      '(way|completely|totally|massively|miles|wildly|hugely) (off|wrong|higher|inflated)',
      '(than|what) (it|they|this|that|i|we) (should|ought to) (be|have)',
      '(and|then|just) #Adverb? (got|get|was|were|been)? (cut off|disconnected|hung up|dropped)',
      '(a|the|this|that|another|known|major|#Value) bug',
      // A machine that jams, a part that is dead ("a dead pixel right in the middle").
      '(jams|jammed|jamming|paper jam|paper jams)',
      '(dead|stuck|flat) (pixel|pixels|battery|batteries|spot|spots|key|keys|button|buttons)',
      'dead on arrival',
      // Done without what should come first ("drove off without even knocking"); what came instead of the order.
      'without #Adverb? (knocking|ringing|calling|checking|asking|telling|warning|notice|notifying|trying|waiting|a word)',
      '(substituted|swapped|replaced) (with|for) (random|the wrong|wrong|something else|other|cheaper)',
      // What came is not what was ordered: "ordered a size 10, got a size 6", "ordered blue and you sent red".
      '(ordered|bought) (a|an|the|#Value) !and{1,4} (got|received) (a|an|the|#Value)',
      '(ordered|bought|asked for) .{1,5} (but|and|yet)? (you|they|u) (sent|delivered|gave) (me|us)? (a|an|the|#Value|#Adjective)',
      // Harm we did, thanked for in sarcasm ("thanks a lot for breaking my laptop"); what the customer went without.
      '(for|by) (breaking|losing|ruining|damaging|wrecking|overcharging|ignoring) (my|our|me|us)',
      '(with|had|have|got|there was|there is|there were) no (aircon|air con|air conditioning|heating|hot water|water|food|drinks|wifi)',
      '(with|had|have|got|there was|there is|there were) no (toilets|toilet|information|info|updates|update|explanation|announcements|staff)',
      // What never turned up, and help that leads nowhere ("your chatbot just goes round in circles").
      'nowhere to be (seen|found)',
      'no sign of (it|them|my|our|the|a|an|any)',
      '(round|around) in circles',
      '(the|a) (runaround|run-around|run around)',
      '(missing|lost|vanished|disappeared|deleted|wiped|erased|hacked|stuck|unreadable|unplayable|unusable|unsafe|impossible)',
      '(wrong|incorrect|duplicate|duplicated|mix-up|mixup|mixed up)',
      '(late|delayed|overdue|overbooked|downgraded|bumped)',
      '(caught fire|on fire|flames|burned|burnt|exploded|sparking|smoking|electric shock|injured)',
      '(fell|fallen|falling|came|coming|come|broke|broken) (off|out|apart)',
      '(logged|kicked|shut|booted|thrown) (me|us)? out',
      'locked (me|us) out',
      'locked out of (my|our|the|your) #Adjective? (account|accounts|app|profile|portal|dashboard|login|banking|inbox|email|system)',
      'locked out of (my|our|the|your) #Adjective? (card|device|phone|console|game|service|website|site)',
      '(keep|keeps|kept) (getting|being)? locked out',
      '(#Copula|got|get|gets|getting|been) #Adverb? (banned|suspended|frozen|blocked|declined|rejected|refused|cancelled|canceled|closed|reset|disconnected|cut off|moved|changed|downgraded)',
      '(#Copula|got|get|gets|getting|been) #Adverb? locked [!out]',
      '(account|accounts|card|app|profile|login|device|phone|sim|wallet|banking) #Copula? #Adverb? (been)? locked$',
      '(you|they) #Adverb? (locked|banned|suspended|froze|blocked|declined|rejected|refused|cancelled|canceled|closed|reset|disconnected|cut off)',
      '(failed|fails|failing|failure|declined)',
      '(power|electricity|water|gas|internet|wifi|broadband|service|signal|network|site|website|app|server|servers|system|line|heating|phone|connection) .{0,2} (down|out|offline)',
      '(is|are|was|were|been|went|gone|goes) (down|offline)',
      '(stopped|stops|stop) #Gerund',
      '(has|have|had|just) stopped',
      '(keep|keeps|kept) #Gerund',
      '(dropped|dropping|drops|dropps) (out|off|to)',
      '(#Negative|never|hardly) #Adverb? (been|be)? (work|works|worked|working|load|loads|loaded|loading|open|opens|opened|opening|start|starts|started)',
      '(#Negative|never|hardly) #Adverb? (been|be)? (launch|launches|launching|connect|connects|connected|connecting|sync|syncs|synced|syncing)',
      '(#Negative|never|hardly) #Adverb? (been|be)? (arrive|arrived|arriving|come|came|turn|turned|show|showed|shown|showing|appear|appeared)',
      '(#Negative|never|hardly) #Adverb? (been|be)? (deliver|delivered|receive|received|get|got|hear|heard|respond|responded|reply|replied)',
      '(#Negative|never|hardly) #Adverb? (been|be)? (answer|answered|call|called|update|updated|tell|told|warn|warned|notify|notified|inform|informed)',
      '(#Negative|never|hardly) #Adverb? (been|be)? (honour|honor|honoured|honored|apply|applied|fix|fixed|solve|solved|resolve|resolved)',
      '(#Negative|never|hardly) #Adverb? (been|be)? (process|processed|refund|refunded|credit|credited|let|accept|accepted|send|sent)',
      '(#Negative|never|hardly) #Adverb? (been|be)? (pay|paid|access|use|play|log|sign|print|included|explained|imported|import|saved|save)',
      '(#Negative|never|hardly) #Adverb? (been|be)? (auto|automatically)? (renew|renews|renewed|activate|activated|register|registered|scan|scans|scanned)',
      '(#Negative|never|hardly) #Adverb? (been|be)? (transfer|transferred|clear|cleared|reflect|reflected|recognise|recognised|recognize|recognized)',
      // "my account wasn't topped up", "the meter wasn't read", "my order wasn't picked up".
      '(#Negative|never|hardly) #Adverb? (been|be)? (topped up|top up|tops up|read|collected|collect|picked up|pick up|emptied|repaired|replaced|returned)',
      // What a thing is for, failing: "the seat didn't recline", "it won't pair", "the game won't download".
      '(#Negative|never|hardly) #Adverb? (recline|reclined|fit|fits|fitted|close|closes|closed|lock|locks|locked|unlock|unlocks|unlocked|flush|flushes|drain|drains)',
      '(#Negative|never|hardly) #Adverb? (heat|heats|heated|cool|cools|spin|spins|pair|pairs|paired|boot|boots|install|installs|installed|download|downloads|downloaded|upload|uploads|uploaded)',
      '(#Negative|never|hardly) #Adverb? (happen|happened|happens|materialise|materialised|materialize|materialized|followed up|got back|rang back|called back)',
      '(was|were|been|got) #Adverb? (given|sold|handed) (away|to someone else|to somebody else|to another)',
      '(threw|thrown|chucked|dumped|tossed|flung|dropped|kicked) (my|our|the) (parcel|package|box|delivery|order|bag|bags|suitcase|luggage)',
      '(found|finding|there was|there is|there were|with) (a|an|some) (hair|hairs|insect|insects|bug|fly|flies|slug|maggot|maggots|glass|plastic|metal|mould|mold|worm)',
      '(assault|assaulted|assaulting|harassed|harassing|harassment|attacked|threatened|injured|groped|robbed|abused)',
      '(a|an|car|road|the|minor|serious|bad) (accident|collision)',
      '(had|have|having) to (throw|bin|chuck|pour) #Adverb? (away|out|it|them|the|the whole|the entire|everything)',
      '(did not|didnt|never|have not|havent|has not|hasnt) #Adverb? (subscribe|subscribed|sign up|signed up|authorise|authorised|authorize|authorized|agree|agreed|consent|consented) (to|for)',
      '(#Negative|never|hardly) #Adverb? (been|be)? (collect|collected|pick|picked|empty|emptied|repair|repaired|replace|replaced|restore|restored)',
      '(#Negative|never|hardly) #Adverb? (been|be)? (reconnect|reconnected|install|installed|dispatch|dispatched|ship|shipped|post|posted|release|released|approve|approved)',
      '(#Negative|never|hardly) #Adverb? (go|goes|went|gone|come|comes) (through|on|back)',
      '(would|will|did|does|do|could|can) #Negative even #Verb',
      '(would|will) #Negative (let|listen|look|check|accept|wait|stop|refund|honour|honor|budge|move|explain|exchange|replace|swap|repair|fix)',
      '(would|will) #Negative take (it|them|this|that|my|the) #Noun? back',
      '(refused|refuses|refusing) (to|me|us|my|our|entry|boarding|service)',
      // "they are not giving me my money back", "the seller isn't doing anything about it".
      '!(i|we) (#Copula|#Modal|do|does|did) #Negative #Adverb? (giving|give|paying|pay|sending|send|issuing|issue) (me|us)? (my|our|the|a|any)? (money|refund|deposit|cash)',
      '!(i|we) (#Copula|#Modal|do|does|did|has|have) #Negative #Adverb? (doing|done|do) (anything|a thing) about',
      '(can|could) #Negative #Adverb? (end|stop|cancel|close|finish|complete|unlock|return|book|checkout|withdraw|transfer|top|park|charge|hear|watch|stream)',
      '(can|could) #Negative #Adverb? (submit|verify|reach|download|install|upgrade|reset|change|remove|update|order|add|edit|delete|board|enter|exit|redeem|claim|activate|renew|unsubscribe)',
      '!(i|we) (has|have|had|did|does|do|is|are|was|were) #Negative #Adverb? #Verb .{0,5} (for|since) (#Value|a|an|the|days|weeks|months|ages|last|yesterday|#Date)',
      '(nobody|noone|none|nothing) #Adverb? (#Verb|came|turned|showed|happened|works|here|yet|arrived|since)',
      'no one #Adverb? (#Verb|came|turned|showed|has|here)',
      '#Verb (nothing|nobody)',
      '(still|yet) (nothing|no|not|waiting|pending|processing|says|shows|showing|charging|being|broken|down|missing)',
      'no (signal|internet|broadband|service|power|electricity|water|pressure|heating|gas|connection|wifi|data|availability)',
      'no (sound|picture|response|reply|answer|update|updates|call|callback|email|text|warning|notice|explanation)',
      'no (tracking|refund|appointment|confirmation|access|delivery)',
      'without (any|a)? (warning|notice|explanation|telling|asking|consent|permission)',
      'without (solving|fixing|resolving|replying|answering|checking|reading|asking|telling|warning)',
      '(#Copula|has|have) (gone|disappeared|vanished)',
      '(account|progress|data|settings|save|saves|profile|history|balance) (reset|wiped|vanished)',
      '(instead of|rather than) (a|an|the|my|#Value)',
      '(rude|unhelpful|dismissive|harassing|harassed|ignored|ignoring|hung up)',
      // "staff just laughed", "the driver shouted at me": how someone of theirs treated the customer.
      '(staff|driver|guard|conductor|employee|agent|manager|worker|cashier|waiter|waitress|receptionist|engineer) #Adverb? (shouted|swore|yelled|screamed)',
      '(staff|driver|guard|conductor|employee|agent|manager|worker|cashier|waiter|waitress|receptionist|engineer) #Adverb? (laughed|sneered|smirked) (at|in)',
      '(staff|driver|guard|conductor|employee|agent|manager|worker|cashier|waiter|waitress|receptionist|engineer) #Adverb? (laughed|sneered|smirked)$',
      '(staff|driver|van|lorry|truck|courier|engineer|worker|workers) #Adverb? (blocked|blocking|damaged|scratched|dented|reversed into|drove over|parked on|parked across) (my|our)',
      // "the hotel had no record of my booking": what we should know, lost.
      '(had|has|have|there was|there is|no) #Adverb? (no|any)? record of (my|our|the|a)',
      // "the chicken was pink inside": food that was not safe or not right.
      '(undercooked|uncooked|stale|rancid)',
      '#Copula #Adverb? (raw|pink|frozen|cold) (inside|in the middle|in the centre|in the center)',
      // "the doors shut on my kid": something of theirs hurt someone.
      '(door|doors|gate|gates|barrier|barriers|lid|shelf|shelves|sign|ceiling) (shut|closed|slammed|fell|collapsed) (on|onto) (my|our|me|us)',
      '(second|third|fourth|fifth|sixth|#Ordinal) (time|month|week|day|letter|email|call|attempt)',
      'even though (i|we|it|my|our|the|you|they|there)',
      '(made|forced|pressured|pushed|bullied) (me|us) (to|into)? (pay|paying|buy|buying|upgrade|upgrading|wait|waiting|leave|leaving|cancel|rebook|queue|take|get|sign|accept)',
      '(had|have|having) to pay (extra|again|twice|more|#Money|#Value|for another|for a new|out of)',
      '(in a row|every single time|over and over|yet again|once again|happened again|happening again|happens again)',
      '(twice|#Value times) (now|already|today|this week|this month)',
      '(nobody|nothing|never) #Adverb? (told|warned|notified|informed|updated|explained)',
      'no one #Adverb? (told|warned|notified|informed|updated|explained)',
      'no way (we|i|that|this|it)',
      '(cannot|can not) be right',
      '(shows|showing|shown|showed|returns|returning|says|saying|arrived|arriving|arrive|came|coming) (zero|nothing|blank|empty)',
      '(straight|went|gone|going|goes|sent|landing) (to|into|in) (spam|junk)',
      '(different|conflicting|contradictory) (answers|information|advice|responses|stories)',
      '(old|previous|wrong) address',
      '(has|have) been (brown|dirty|discoloured|offline|unavailable|pending|stuck|down|blank|empty|slow|frozen|locked|missing) (since|for)',
      '(#Copula|has|have|had) been #Adverb? (cold|freezing|noisy|loud|slow|offline|stuck|blank|unavailable|dead) (since|for|all)',
      '(#Copula|has|have|had) been #Adverb? (flat|wet|damp|dark|unreachable|inaccessible|patchy|unusable|broken|down|off|out) (since|for|all)',
      'out of (sync|order|service|action|alignment|focus)',
      '(says|said|saying|shows|showed|showing|reads|displays|displaying|stuck on) #Adverb? (offline|error|pending|unavailable|failed|declined|disconnected|invalid|expired|unknown|disabled) ',
      '(says|said|saying|shows|showed|showing|reads|displays|displaying|stuck on) #Adverb? (no signal|not connected|no connection|no service)',
      '(i|we|team|staff|it|they|he|she|#Noun) #Adverb? (can|could) #Negative #Adverb? #Verb',
    ],
  },
  troubleDelay: {
    description: 'Customer words that report waiting, chasing or a delay (said back as "I’m sorry you’ve been waiting …").',
    patterns: [
      '(waited|waiting|wait) (for|since|#Value|over|more|all|ages|hours|days|weeks|months)',
      '(been|still|kept) waiting',
      'on hold',
      '(hold music|in a queue|in the queue|queued|queueing|queuing) (for|since)',
      '(chase|chasing|chased)',
      '(had|have) to (complain|chase|call|ring|email|contact|write|ask) (again|twice|#Value)?',
      '(complain|complained|complaining)',
      '(reported|raised|logged|flagged) (it|this|that) (on|last|#Value|#Date|twice|already|weeks|days|ago)',
      '(been trying|tried|trying) .{0,8} (for|since) (a|an|#Value|days|weeks|months|ages|hours)',
      '(still|yet) (not|no|waiting)',
      '(still|yet) #Copula? (not|pending|processing)',
      '(pending|processing) for',
      // Asking again and again, or never answered: "I sent in a few messages", "already did weeks ago", "or even reply".
      '(sent|send|emailed|messaged|called|rang|phoned|wrote|tweeted|dmed) .{0,2} a few (messages|message|emails|email|times|calls|tweets|dms)',
      '(sent|send|emailed|messaged|called|rang|phoned|wrote|tweeted|dmed) .{0,2} (several|many|multiple|countless|numerous) (messages|emails|times|calls|tweets|dms)',
      '(sent|send|emailed|messaged|called|rang|phoned|wrote|tweeted|dmed) .{0,2} #Value (messages|emails|times|calls|tweets|dms)',
      '(already|alr) (did|done|tried|asked|sent|called|reported|told) .{0,3} (weeks|days|months|ages|twice|before|yesterday)',
      '(not|never|nobody|no one|or) #Adverb? even (reply|replied|replies|respond|responded|answer|answered|get back|got back)',
    ],
  },
  troubleTime: {
    description: 'How long the trouble has lasted or what is still missing, when the words alone carry no clause to say back ("it\'s been 5 weeks", "still nothing", "where is my refund").',
    patterns: [
      // "its been 4 days": the apostrophe is often left out.
      '(it|that|its) #Verb? been (#Value|over|more|nearly|almost|a|an) (#Value|hour|hours|day|days|week|weeks|month|months|year|years)?',
      '(#Value|few|several) (hours|days|weeks|months) (ago|now|later|late|overdue)',
      'took (#Value|over|nearly|almost) (#Value|hours|days|weeks|months)',
      'where (is|are|#Copula) (my|our) #Noun',
      '(heard nothing|nothing yet|still nothing)',
      // "my parcel has been 'out for delivery' since Monday": a status that should not last.
      '(out for delivery|in transit|processing|pending|awaiting dispatch) .{0,2} (since|for) (#Date|#Value|last|a|an|over|ages|days|weeks)',
      // "my next day delivery is now on day 4", "day 6 of no internet": the days counted while it lasts.
      'now (on|at)? day #Value',
      'day #Value (of|without|and still)',
    ],
  },
  troubleExpected: {
    description: 'An expectation or promise that was not met ("was supposed to arrive on Monday", "you said it would").',
    patterns: [
      '(was|were|is|are) (supposed|meant) to',
      '(said|told|promised|assured) .{0,6} (would|will|should)',
      '(was|were|been) (promised|guaranteed|assured) (a|an|the) #Adjective? #Noun',
      '(told|promised|said|assured) .{0,12} (yet|but) (i|we) (did not|didnt|have not|havent|never|still)',
      'should #Adverb? (be|have) been? (included|free|covered|refunded|fixed|sorted|delivered|here)',
      'not what #Pronoun (agreed|ordered|paid|asked|booked|signed|bought|was)',
    ],
  },
  troubleBilling: {
    description: 'Customer words that complain about a charge or bill.',
    patterns: [
      '(overcharged|overcharging|double-charged|double-billed)',
      '(fined|penalised|penalized)',
      '(got|given|issued|received|hit|slapped|landed|lumbered|stung|sent|charged) (with)? (a|an|another|this|#Money|#Value) #Money? #Adjective? (parking|penalty)? (fine|fines|penalty|pcn|surcharge)',
      '(got|given|issued|received|hit|slapped|landed|lumbered|stung|sent|charged) (with)? (a|an|another|this|#Money|#Value) #Money? (parking|late|admin|cancellation|excess) (ticket|charge|fee)',
      'double (charged|billed|charge)',
      '(charged|billed|taken|debited) (twice|again)',
      '(charged|billed|charging|billing|debited|deducted|took|taken|taking|paying|paid) .{0,10} (twice|double|again|extra)',
      '(charged|billed|charging|billing|debited|deducted|took|taken|taking) .{0,3} (full|standard|normal|wrong) (price|amount|rate|fee)',
      '(charged|billed|charging|billing|debited|deducted|took|taken|taking|paying) .{0,12} (never|not|after|although|though|returned|cancelled|canceled|sold|already|but|free|included)',
      '(still|keep|keeps) being? (charged|billed|charging|taking|debiting)',
      '(bill|bills|price|prices|payment|payments|debit|fee|fees|rate|premium|tariff|cost|costs) #Copula? #Adverb? (went|gone|going|doubled|tripled|increased|jumped|shot|risen|rose) (up|from)?',
      '(doubled|tripled|twice|times) what',
      '(says|shows|showing|charged|billed|reads|states|stating|is|was) #Adverb? #Money (but|when|whereas|instead)',
      '#Money (but|when|whereas|instead of) .{0,4} (contract|quote|quoted|price|plan|agreed|advertised|should|supposed)',
      '(price|fee|rate) (rise|hike|increase)',
      'why (is|was|has|did) (it|my|our|this|the) .{0,3} (estimated|doubled|tripled|gone)',
    ],
  },
  troubleUpset: {
    description: 'Customer words and emoji that show frustration or upset.',
    patterns: [
      '(frustrated|frustrating|frustration|annoyed|annoying|angry|furious|livid|upset|disappointed|disappointing)',
      '(disgusted|disgraceful|appalled|appalling|outrageous|ridiculous|unacceptable|useless|pathetic|shocking)',
      '(awful|terrible|horrible|worst|nightmare|embarrassing|stressful|stressed|in pain|agony)',
      '(fed up|sick of|tired of|had enough|not impressed|not happy|not ok|not okay|not fair|unfair|a joke|beyond a joke)',
      '(unhappy|dissatisfied|gutted|fuming|irritated|exasperated|let down|shocked|poor service|bad service|not good enough)',
      "(what is the point|what's the point|are you (kidding|serious|joking))",
      '(wth|wtf|ffs|smh|ugh|argh)',
      // "just want my money back at this point".
      '(want|need|demand|expect) (my|our) (money|cash|deposit|fare) back',
      'thanks for nothing',
      '(😡|😠|🤬|😤|😩|😫|😭|😢|😞|😒|🙄|😖|😣)',
    ],
  },
  troubleWhy: {
    description: 'Questions that complain rather than ask ("why was I charged…?", "why has my account been frozen?").',
    patterns: [
      'why (has|have|is|are|was|were|did|am) #Negative? (my|our|i|we|it|this|the|you)',
      'why (can|will|does|do|is|has|have|did) #Negative',
      '(what is going on|what happened|where is it)',
    ],
  },
  notTrouble: {
    description: 'Look-alikes of the trouble words that report no trouble ("nothing wrong", "no issues").',
    patterns: [
      'no (problem|problems|issue|issues|worries|rush|complaints)',
      'sorry to (bother|bug|trouble|pester|chase) (you|you all|you guys)',
      'nothing (says|beats|compares|tops|like|better)',
      '(nothing|not) #Adverb? (wrong|broken|missing|urgent|late)',
      '(not|never) (had|have|having) (a|any)? (problem|problems|issue|issues)',
      '(in case|what if|what happens if)',
      'easy mistake',
      '(during|in|if there is|if there\'s|when there is|when there\'s) (a|an) (power|electricity|water|gas)? (cut|outage|failure|blackout)',
      '(can|could) #Negative #Adverb? (wait|thank|believe|recommend|fault|complain|praise|resist|imagine|decide|choose|beat)',
      '(i|we) #Adverb? (do|did) #Negative #Adverb? (use|play|need|want|like|mind|plan|intend)',
    ],
  },
  notOurs: {
    description: "Signs that the trouble is the customer's own doing or a third party's, not ours (the whole sentence is skipped).",
    patterns: [
      '(by mistake|by accident|accidentally|mistakenly)',
      '(my|our) (fault|mistake|bad)',
      '(i|we) #Adverb? (forgot|misplaced|messed|mistyped)',
      '(i|we) #Adverb? (typed|entered|picked|chose|selected|ordered|booked|put|gave|used) .{0,4} (wrong|incorrect)',
      '(i|we) #Adverb? (left|dropped|broke) (my|our|it|the)',
      '(i|we) #Adverb? lost (my|our) (phone|card|wallet|keys|bag|passport|ticket|password|pin|login|receipt|purse)',
      'forgot (my|our|the)',
      '^#Adverb? forgot to',
      '(i|we) #Adverb? (made|make) (a|an) .{0,3} (mistake|error|blunder)',
      '(a|the) (charge|transaction|payment|debit) from (a|an|the|#ProperNoun)',
      // "my rolling skills suck", "my spelling is awful": the customer's own knack, not anything of ours. Only a
      // judgement of it: "my phone memory is full since your update" is trouble of ours.
      '(my|our) #Adjective? #Noun? (skills|skill|technique|memory|eyesight|handwriting|spelling|luck) #Adverb? (suck|sucks|stink|stinks)',
      '(my|our) #Adjective? #Noun? (skills|skill|technique) #Copula #Adverb? (bad|terrible|awful|rubbish|poor|hopeless|useless|lousy)',
      '(my|our) #Adjective? (memory|eyesight|handwriting|spelling|luck) #Copula #Adverb? (bad|terrible|awful|rubbish|poor|hopeless|useless|lousy)',
    ],
  },
};

const KIND_OF: Record<string, TroubleKind> = {
  troubleFault: 'fault',
  troubleWhy: 'fault',
  troubleDelay: 'delay',
  troubleTime: 'delay',
  troubleExpected: 'fault',
  troubleBilling: 'billing',
  troubleUpset: 'feeling',
};
const CUE_LISTS = Object.keys(KIND_OF);
// Cues whose clause can be said back, best first. Time spans ("it's been 5 weeks") and unmet expectations
// ("was meant to arrive within 7 days") cannot: "I'm sorry your refund was meant to arrive…" says the opposite.
const SAY_ORDER = ['troubleBilling', 'troubleFault', 'troubleWhy', 'troubleDelay'];

let defaults: Map<string, PhraseMatcher> | undefined;
/** The built-in lists, for callers that do not pass their own (team additions come through `ctx.phrases`). */
function defaultPhrases(list: string): PhraseMatcher {
  defaults ??= new Map(Object.entries(troublePhrases).map(([name, l]) => [name, compilePhrases(l.patterns)]));
  const m = defaults.get(list);
  if (!m) throw new Error(`No trouble phrase list "${list}"`);
  return m;
}

// A stable id per matcher, so two rules with different lists never share a memo entry.
const matcherIds = new WeakMap<PhraseMatcher, number>();
let nextId = 1;
function idOf(m: PhraseMatcher): number {
  let id = matcherIds.get(m);
  if (id === undefined) {
    id = nextId++;
    matcherIds.set(m, id);
  }
  return id;
}

interface Span {
  start: number;
  end: number;
}

interface Cue extends Span {
  kind: TroubleKind;
  list: string;
}

/** What one customer sentence says, independent of the rest of the message. */
interface SentenceTrouble {
  cues: Cue[];
  upset: boolean;
  phrase?: string;
}

// Questions that ask for information or a favour: the cues in them are asked about, not reported.
const NEUTRAL_QUESTION = /^(?:\W*)(?:(?:hi|hey|hello|ok|okay|so|and|also|quick q(?:uestion)?|one more thing)\b\W*)?(?:can|could|may|might|how|do|does|is there(?! a (?:reason|problem|fault))|are there|what(?!'s going on| is going on| happened)|when(?! (?:will|is|are|does|do|can) .{0,40}\b(?:back (?:up|online|on)|working again|work again|be fixed|be sorted|be resolved|be restored)\b)|which|who|will|would|should|shall|am i|if)\b/i;
// A clause that only supposes: "if it arrives damaged", "in case it's late".
const HYPOTHETICAL = /\b(?:if|in case|unless|whether|or|otherwise)\b/i;
// Where a reported clause stops when it has to be shortened.
const CLAUSE_BREAK = /\s+(?:even though|although|though|because|but|so that|so|and (?:then|i|we|you|it|they|he|she|now|still|nobody|no one|nothing|someone|there)|which|while|whereas|as i|as we|when i|when we|after i|after we|before i|, )\b/i;

function sentenceTrouble(sentence: Sentence, phrases: PhraseSource): SentenceTrouble {
  const text = sentence.text;
  const rel = (s: Span): Span => ({ start: s.start - sentence.start, end: s.end - sentence.start });
  // The customer's own slip or a third party's doing: nothing in this sentence is trouble with us.
  if (phrases('notOurs').has(sentence)) return { cues: [], upset: false };
  const blocked = phrases('notTrouble').find(sentence).map(rel);
  const clauses = clauseSpans(sentence);
  const clauseOf = (at: number) => clauses.find((c) => at >= c.start && at < c.end) ?? { start: 0, end: text.length };
  const isQuestion = /\?\s*\W*$/.test(text) || /\?/.test(text.slice(0, 60));
  const neutralQuestion = isQuestion && NEUTRAL_QUESTION.test(text);
  const cues: Cue[] = [];
  let upset = false;
  for (const list of CUE_LISTS) {
    for (const span of phrases(list).find(sentence).map(rel)) {
      const kind = KIND_OF[list]!;
      const clause = clauseOf(span.start);
      const clauseText = text.slice(clause.start, span.start);
      // Inside a look-alike ("nothing wrong", "I don't use it").
      if (blocked.some((b) => b.start <= span.start && b.end >= span.end)) continue;
      // Asked about or supposed, not reported ("can I return it if it's damaged?").
      if (HYPOTHETICAL.test(clauseText)) continue;
      if (neutralQuestion && kind !== 'feeling') continue;
      if (kind === 'feeling') upset = true;
      cues.push({ kind, list, start: span.start, end: span.end });
    }
  }
  // Shouting ("you lost my bag AGAIN", "got NOTHING!!") is upset too; acronyms (IBAN, NHS) are not shouting.
  if (cues.length > 0 && (/!!|\?\?/.test(text) || shouts(sentence))) upset = true;
  cues.sort((a, b) => a.start - b.start);
  let phrase: string | undefined;
  for (const cue of [...cues].sort((a, b) => SAY_ORDER.indexOf(a.list) - SAY_ORDER.indexOf(b.list) || a.start - b.start)) {
    if (!SAY_ORDER.includes(cue.list)) continue;
    phrase = cue.list === 'troubleWhy' ? whyPhrase(sentence, cue) : troublePhrase(sentence, clauseOf(cue.start), cue);
    if (phrase) break;
  }
  return { cues, upset, phrase };
}

function shouts(sentence: Sentence): boolean {
  return termsOf(sentence).some((t) => /^[A-Z]{4,}$/.test(t.text) && !t.tags.includes('Acronym'));
}

/** compromise's clauses of a sentence, as offsets relative to the sentence. */
function clauseSpans(sentence: Sentence): Span[] {
  const out: Span[] = [];
  for (const c of sentence.doc.clauses().json({ offset: true }) as { offset?: { start: number; length: number } }[]) {
    if (c.offset) out.push({ start: c.offset.start, end: c.offset.start + c.offset.length });
  }
  return out;
}

interface TermInfo {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  start: number;
  implicit?: string;
}

function termsOf(sentence: Sentence): TermInfo[] {
  const out: TermInfo[] = [];
  for (const t of sharedTerms(sentence)) out.push({ text: t.text, pre: t.pre, post: t.post, tags: t.tags, start: t.offset?.start ?? -1, implicit: t.implicit });
  return out;
}

const LEAD_WORDS = new Set(['sorry', 'please', 'but', 'and', 'so', 'also', 'now', 'oh', 'hi', 'hey', 'hello', 'well', 'ok', 'okay', 'just', 'honestly', 'basically', 'plus', 'then', 'yet', 'however', 'anyway', 'sadly', 'unfortunately', 'apparently', 'again']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'my', 'our', 'your', "i'm", "i've", "we've", "we're", "you've", "you're"]);
const UNCLEAR_SUBJECTS = new Set(['it', 'they', 'this', 'that', 'these', 'those', 'he', 'she', 'them', 'which', 'who', 'what', 'someone', 'somebody', 'nobody', 'none', 'everything', 'something', 'anything', 'nothing', 'one', "it's", "that's", "they've", "they're"]);
const PREPOSITIONS = new Set(['at', 'on', 'in', 'with', 'for', 'from', 'by', 'to', 'since', 'during', 'after', 'before', 'over', 'across', 'past', 'about', 'into', 'onto', 'through', 'without', 'like']);
const MAX_WORDS = 12;
const DANGLING = new Set(['and', 'or', 'but', 'so', 'the', 'a', 'an', 'my', 'your', 'our', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'be', 'keep', 'keeps', 'kept', 'getting', 'get', 'got', 'of', 'saying', 'says', 'said', 'showing', 'shows', 'telling', 'asking', 'giving', 'putting', 'sending', 'than', 'because', 'even', 'for', 'to', 'with', 'from', 'at', 'by', 'about', 'into', 'onto', 'through', 'without', 'like', 'since', 'during']);

/**
 * The reported clause in the second person, or undefined when it would read clumsily: the clause must start
 * with a clear subject (my order, the app, I, you, there), carry a verb, and fit in a short sentence.
 */
function troublePhrase(sentence: Sentence, clause: Span, cue: Span): string | undefined {
  const text = sentence.text;
  const terms = termsOf(sentence).filter((t) => t.start >= clause.start && t.start < clause.end && t.text !== '');
  // Skip conjunctions, interjections and greetings before the subject.
  let i = 0;
  while (i < terms.length && (LEAD_WORDS.has(terms[i]!.text.toLowerCase()) || terms[i]!.tags.includes('Expression') || terms[i]!.tags.includes('Conjunction'))) i++;
  const first = terms[i];
  if (!first || first.start > cue.start) return undefined;
  const w = first.text.toLowerCase();
  const tags = first.tags;
  if (UNCLEAR_SUBJECTS.has(w)) return undefined;
  const clearSubject =
    SUBJECT_PRONOUNS.has(w) ||
    (w === 'there' || w === "there's") ||
    tags.includes('Possessive') ||
    tags.includes('Determiner') ||
    ((tags.includes('Noun') || tags.includes('Adjective') || tags.includes('Value')) && !tags.includes('Pronoun') && !tags.includes('Verb'));
  if (!clearSubject) return undefined;
  // The subject needs a verb after it, at or before the cue's end.
  const rest = terms.slice(i + 1).filter((t) => t.start < cue.end);
  if (!rest.some((t) => t.tags.includes('Verb')) && !terms[i]!.implicit && !/'s$/.test(first.text)) return undefined;

  let to = clause.end;
  // Stop at a second clause or an aside (dash, comma, quote) after the cue.
  const br = CLAUSE_BREAK.exec(text.slice(cue.end, to));
  if (br) to = cue.end + br.index;
  // A colon inside a time ("since 06:00") is no aside.
  const aside = /\s[—–-]\s|[,;(]|(?<!\d):(?!\d)|\s@|\s#|\s['‘"“]/.exec(text.slice(cue.end, to));
  if (aside) to = cue.end + aside.index;
  const hasFiniteVerb = (s: number, e: number) =>
    terms.some((t) => t.start >= s && t.start < e && t.tags.includes('Verb') && (!t.tags.includes('Gerund') || t.tags.includes('Copula')) && !t.tags.includes('Infinitive')) ||
    termsOf(sentence).some((t) => t.start >= s && t.start < e && t.text === '' && t.tags.includes('Verb')) ||
    /\b\w+'(?:s|ve|re|m|d)\b/.test(text.slice(s, e));
  const say = (from: number, subject = '') =>
    hasFiniteVerb(from, to) ? finish(subject + text.slice(from, to), text.slice(from, cue.end).trim().split(/\s+/).length, from === first.start ? tags : [], Boolean(subject)) : undefined;

  // A second conjunct before the cue ("I bought a game and it crashes", "I requested it and still haven't
  // received it"): say the whole clause when it is short, else the conjunct with its own or the shared subject.
  const lead = text.slice(first.start, cue.start);
  const join = /(?:^|[\s,])(and|but|so|then|because|after|when|while|now)\s+(\S+)(?:\s[^]*)?$/i.exec(lead);
  if (join) {
    const next = join[2]!.toLowerCase();
    if (UNCLEAR_SUBJECTS.has(next)) return undefined;
    const at = first.start + join.index + join[0].indexOf(join[2]!, join[0].indexOf(join[1]!) + join[1]!.length);
    const whole = say(first.start);
    if (whole) return whole;
    const newSubject = SUBJECT_PRONOUNS.has(next) || next === 'the' || next === 'there' || next === "there's" || /^(?:his|her|their)$/.test(next);
    if (newSubject) return say(at);
    // The conjunct shares the clause's subject: "I … and still haven't received it" → "I still haven't received it".
    const subjectEnd = terms.find((t) => t.start > first.start && t.tags.includes('Verb'))?.start;
    const nextTerm = terms.find((t) => t.start >= at);
    const sharesSubject = /^(?:i|we|you|i've|we've|you've|i'm|we're|you're)$/.test(w) && nextTerm && (nextTerm.tags.includes('Verb') || nextTerm.tags.includes('Adverb') || nextTerm.tags.includes('Negative'));
    if (sharesSubject && subjectEnd !== undefined) return say(at, `${text.slice(first.start, subjectEnd).trim()} `);
    return undefined;
  }
  return say(first.start);
}

/** "why has my account been frozen?" → "your account has been frozen"; "why did my bill double?" → "your bill doubled". */
function whyPhrase(sentence: Sentence, cue: Span): string | undefined {
  const terms = termsOf(sentence).filter((t) => t.start >= cue.start);
  const m = /^why\s+(has|have|is|are|was|were|did)\s+(not\s+)?/i.exec(sentence.text.slice(cue.start));
  if (!m || terms.length < 3) return undefined;
  const aux = m[1]!.toLowerCase();
  const negated = m[2] !== undefined || terms[2]?.implicit === 'not';
  const subjectStart = cue.start + m[0].length;
  const after = terms.filter((t) => t.start >= subjectStart && t.text !== '');
  // The subject: a pronoun, or a determiner/possessive and the nouns after it ("my account", "the app").
  let v = 1;
  const isNounish = (t: TermInfo) => ['Noun', 'Adjective', 'Value', 'Possessive', 'Determiner'].some((g) => t.tags.includes(g)) && !t.tags.includes('Verb');
  if (!(after[0]!.tags.includes('Pronoun') && !after[0]!.tags.includes('Possessive'))) {
    while (v < after.length && isNounish(after[v]!) && !PREPOSITIONS.has(after[v]!.text.toLowerCase())) v++;
    // "why did my bill double": the last word of the run is the verb.
    if (aux === 'did' && (v >= after.length || !after[v]!.tags.includes('Verb'))) v--;
  }
  if (v < 1 || v >= after.length) return undefined;
  const subjectTerms = after.slice(0, v);
  const subject = sentence.text.slice(subjectTerms[0]!.start, after[v]!.start).trim();
  const end = sentence.text.search(/[?!.]/);
  let rest = sentence.text.slice(after[v]!.start, end === -1 ? undefined : end).trim();
  if (UNCLEAR_SUBJECTS.has(subject.toLowerCase()) || /\s[—–-]\s|[,;:]/.test(rest)) return undefined;
  let verb: string;
  if (aux === 'did') {
    const [head = '', ...tail] = rest.split(/\s+/);
    const past = nlp(head).verbs().toPastTense().text();
    if (!past) return undefined;
    rest = [past, ...tail].join(' ');
    verb = negated ? "didn't " : '';
    if (negated) rest = [head, ...tail].join(' ');
  } else {
    verb = `${aux}${negated ? "n't" : ''} `;
  }
  return finish(`${subject} ${verb}${rest}`, 0, subjectTerms[0]!.tags);
}

/** Trims, shortens and turns the customer's clause into the agent's words; undefined when it reads badly. */
function finish(raw: string, keepWords: number, firstTags: string[], rebuilt = false): string | undefined {
  let words = raw.trim().split(/\s+/);
  // Too long: drop trailing prepositional phrases after the cue.
  if (words.length > MAX_WORDS) {
    for (let k = words.length - 1; k >= keepWords && words.length > MAX_WORDS; k--) {
      if (PREPOSITIONS.has(words[k]!.toLowerCase())) words = words.slice(0, k);
    }
    // "on hold for 50 minutes trying" → "on hold for 50 minutes".
    while (words.length > keepWords && /^[a-z]+ing$/.test(words[words.length - 1]!)) words.pop();
  }
  let phrase = words.join(' ').replace(/[\s.!?,;:…'"”’)\]—–\-\p{Extended_Pictographic}\u200d\ufe0f]+$/u, '');
  // "I love how my parcel is still missing": the sarcastic frame is not the trouble.
  phrase = phrase.replace(/^(?:i\s+)?(?:just\s+|really\s+)?(?:love|loving|great|nice|brilliant)\s+how\s+/i, '');
  words = phrase.split(/\s+/);
  if (words.length > MAX_WORDS || words.length < 2) return undefined;
  // Quoted words, questions, asides and words that point back into their message ("nothing here") need
  // the customer's context: say it generically instead.
  if (/["“”‘]|(?:^|\s)'|\?|\s[—–]\s/.test(phrase)) return undefined;
  if (/\b(?:here|there|this|that|these|those|them)$/i.test(phrase)) return undefined;
  // A dangling word ("… and keep", "… got the") means the clause was cut in the wrong place.
  const last = words[words.length - 1]!.toLowerCase();
  if (DANGLING.has(last)) return undefined;
  // What the customer did not do is their defence, not the trouble: "I haven't spent anything".
  if (/^(?:i|we)(?:'ve|'d| have| had| did| do| was| were)?(?:n't| not| never)\s+(?!(?:even\s+|yet\s+)?(?:receive|received|get|got|gotten|hear|heard|been))/i.test(phrase)) return undefined;
  // Chat style drops "my": "router keeps rebooting" reads as "the router keeps rebooting".
  const f = words[0]!;
  const bareNoun = !rebuilt && firstTags.includes('Singular') && !firstTags.includes('ProperNoun') && !firstTags.includes('Possessive') && !firstTags.includes('Determiner') && !firstTags.includes('Pronoun');
  // Only a lower-case bare noun is a dropped "my"/"the"; a capitalised one may be a name ("Crateflow has …").
  if (bareNoun && /^[a-z]/.test(f)) phrase = `the ${phrase}`;
  const keepCase = firstTags.includes('ProperNoun') || firstTags.includes('Acronym') || (bareNoun && /^[A-Z]/.test(f));
  // Shouted words read as normal ones when said back ("AGAIN" → "again"); acronyms stay.
  if (/\b[A-Z]{3,}\b/.test(phrase)) {
    const acronyms = new Set((nlp(phrase).match('#Acronym').out('array') as string[]).map((a) => a.replace(/\W+$/, '')));
    phrase = phrase.replace(/\b([A-Z]{3,})\b/g, (m) => (acronyms.has(m) ? m : m.toLowerCase()));
  }
  if (!keepCase && /^[A-Z][a-z]/.test(phrase) && !/^I\b/.test(phrase)) phrase = phrase[0]!.toLowerCase() + phrase.slice(1);
  return secondPerson(phrase);
}

const SWAP: Record<string, string> = {
  i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself',
  we: 'you', us: 'you', our: 'your', ours: 'yours', ourselves: 'yourselves',
  your: 'our', yours: 'ours', yourself: 'ourselves', yourselves: 'ourselves',
  "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll",
  "we're": "you're", "we've": "you've", "we'd": "you'd", "we'll": "you'll",
  "you're": "we're", "you've": "we've", "you'd": "we'd", "you'll": "we'll",
};
const AFTER_I: Record<string, string> = { am: 'are', was: 'were', "wasn't": "weren't" };
const OBJECT_BEFORE = /^(?:to|for|with|at|from|about|of|on|by|gave|give|sent|send|told|tell|charged|charge|billed|bill|called|call|emailed|asked|ask|promised|sold|let|made|make|left|leave|kept|keep|logged|locked|kicked|put|putting|got|get|and|than|like|owe|owes)$/i;
/** A verb right after "you", which makes it a subject: "…and you sent red", "…and you never replied". */
const VERB_AFTER_YOU = /^(?:\w+ed|sent|said|told|gave|lost|took|made|kept|left|put|got|sold|did|didn't|never|still|just|have|has|had|haven't|are|were|weren't|will|won't|can|can't|keep|always|broke|cut|let|set)$/;

/**
 * Turns the customer's words into the agent's: I/my/we/our → you/your, you/your (the company) → we/us/our.
 * "my order arrived damaged" → "your order arrived damaged"; "I was charged twice" → "you were charged twice";
 * "you lost my bag" → "we lost your bag".
 */
export function secondPerson(phrase: string): string {
  const tokens = phrase.split(/(\s+)/);
  let prevWord = '';
  // The last subject was the customer's "I" (now "you"), so "was" agrees as "were": also in a shared-subject
  // conjunct ("I paid for a seat and was moved" → "you paid for a seat and were moved").
  let subjectWasI = false;
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    if (/^\s+$/.test(tok) || tok === '') continue;
    const m = /^([^A-Za-z'’]*)([A-Za-z'’]+)([^A-Za-z'’]*)$/.exec(tok);
    if (!m) {
      prevWord = tok;
      continue;
    }
    const [, pre, word, post] = m as unknown as [string, string, string, string];
    const lower = word.toLowerCase().replace(/’/g, "'");
    let out: string | undefined;
    const afterJoin = /^(?:and|but|then|so|or)$/.test(prevWord);
    // "…and you sent red": after "and", a "you" with its verb next is a subject ("me and you" is not).
    const nextWord = tokens.slice(k + 1).find((t) => !/^\s*$/.test(t))?.toLowerCase().replace(/[^a-z']/g, '') ?? '';
    if (lower === 'you') out = OBJECT_BEFORE.test(prevWord) && !(prevWord === 'and' && VERB_AFTER_YOU.test(nextWord)) ? 'us' : 'we';
    else if (subjectWasI && AFTER_I[lower] && (prevWord === 'i' || afterJoin || /^(?:still|also|then|just|even|never|really)$/.test(prevWord))) out = AFTER_I[lower];
    else if (SWAP[lower]) out = SWAP[lower];
    if (lower === 'i' || lower.startsWith("i'")) subjectWasI = true;
    else if (afterJoin || k === 0 ? /^(?:the|a|an|it|he|she|they|we|you|this|that|there|my|your|our|his|her|their)$/.test(lower) && prevWord !== '' : false) subjectWasI = false;
    else if (/^(?:it|he|she|they|we|you)$/.test(lower)) subjectWasI = false;
    if (out !== undefined) tokens[k] = pre + out + post;
    prevWord = lower;
  }
  return tokens.join('');
}

/**
 * Whether the customer's message reports trouble with us, and the trouble as a short second-person phrase
 * when it can be taken from their words. `customer` is the parsed customer message (`ctx.customer`);
 * `phrases` is the calling rule's `ctx.phrases` when it spreads `troublePhrases` into its own lists (so team
 * edits apply), else the built-in lists are used.
 */
export function customerTrouble(customer: Draft | undefined, phrases: PhraseSource = defaultPhrases): Trouble {
  if (!customer) return { reported: false, upset: false };
  const key = `trouble:${idOf(phrases('troubleFault'))}`;
  let kind: TroubleKind | undefined;
  let upset = false;
  let phrase: string | undefined;
  let reported = false;
  for (const s of customer.sentences) {
    if (s.part === 'greeting' || s.part === 'signoff') continue;
    const t = s.memoText(key, () => sentenceTrouble(s, phrases));
    if (t.cues.length === 0) continue;
    reported = true;
    upset ||= t.upset;
    kind ??= (t.cues.find((c) => c.kind !== 'feeling') ?? t.cues[0]!).kind;
    if (kind === 'feeling') kind = t.cues.find((c) => c.kind !== 'feeling')?.kind ?? kind;
    phrase ??= t.phrase;
  }
  // Real customers complain in their own words: their tone and the message's structure are a second reading.
  const tone = customerComplains(customer, {
    key,
    skip: (s) => phrases('notOurs').has(s),
    blocked: (s) => phrases('notTrouble').find(s),
  });
  // "Forgot my receipt. Ugh.": the customer's own slip, and nothing but a feeling about it, is not trouble with us.
  const ownSlip = customer.sentences.some((s) => s.part !== 'greeting' && s.part !== 'signoff' && phrases('notOurs').has(s));
  if (ownSlip && (kind === undefined || kind === 'feeling')) return { reported: false, upset: upset || tone.upset };
  // A happy message (thanks or a problem solved, nothing failing, no upset) outweighs a stray cue word.
  return { reported: (reported && !tone.content) || tone.complains, kind, upset: upset || tone.upset, phrase };
}
