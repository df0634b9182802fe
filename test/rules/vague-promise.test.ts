import rule from '../../src/rules/vague-promise';
import { runRuleTests } from './tester';

const outage = 'The app has been down all morning and I have a client demo at 2.';
const refund = 'Where is my refund? It has been two weeks.';

runRuleTests(rule, {
  valid: [
    { text: "We're investigating - next update on our status page at 3pm.", customer: 'Outage?' },
    { text: "Sorry about that, it'll be fixed by 6pm today and I'll text you when it's back.", customer: 'my internet is down' },
    { text: "I'll ring you after lunch to go through it.", customer: 'my car is making a noise' },
    { text: 'The team is on their way to the site now, ETA 20 minutes.', customer: 'Outage?' },
    { text: "Happy to help - we're doing everything we can to keep prices low!", customer: 'Prices?' },
    { text: "I'll pass this on.", customer: 'Idea: a loyalty card.' },
    // The agent acts on the customer's step at once; our hours said to whoever writes.
    { text: "DM us your order number and we'll get back to you asap.", customer: "Where's my order?" },
    { text: "Reply with a photo and I'll arrange a replacement asap.", customer: 'My item is faulty.' },
    { text: "Any questions, just shout. We're here 24/7 and will reply as quickly as we can.", customer: 'Love the app.' },
    // Work on the product's plans told to someone who wished for them.
    { text: "We're working on expanding to more cities, watch this space!", customer: 'When are you coming to Leeds??' },
    { text: "We're hoping to see you back soon!", customer: 'Thanks for everything.' },
    // Feedback taken on board and a wish considered promise nothing on the customer's case; nor help held for our need.
    { text: 'Our team will review your suggestion, thanks for sharing!', customer: 'Add dark mode please.' },
    { text: "We'll look into adding more sizes, thanks for the idea.", customer: 'You should sell bigger sizes.' },
    { text: "Love that idea! I'll pass this on to the menu team for review.", customer: 'Add a vegan option.' },
    { text: 'Someone from our team will reach out if they need more info.', customer: 'Question about my order.' },
    { text: "Noted! We'll take that into account when we review opening hours.", customer: 'Open later please.' },
    { text: "Just reply with your order number, we'll get that done for you.", customer: 'Cancel my order.' },
    { text: 'Your refund is done, you should see it within 3-5 days.', customer: 'Refund?' },
    { text: "I've fixed it on our side, you'll be able to log in straight away.", customer: "Can't log in." },
    { text: 'Please pick it up from the locker by Friday.' },
    { text: 'The courier will pick it up tomorrow between 9 and 1.' },
    // The customer's own step, after the promise or as what is awaited; a prediction of what their step does.
    { text: "We'll look into it as soon as you send the screenshot." },
    { text: "We'll happily refund it once the item's back with us - the label is attached." },
    { text: 'The fix went out this morning in version 4.2, so updating will sort it.' },
    { text: 'Clearing your cookies should sort it, let me know how you get on.' },
    // A plan announced for a season or a year, about a wish.
    { text: "We're hoping to open more stores next year, watch this space!", customer: 'When do you open in Leeds?' },
    { text: "Thanks! We're always working on expanding our routes, fingers crossed it'll happen." },
    // Offers that wait on the customer, hopes, pleasantries, feedback passed on, answers in a DM already opened.
    { text: 'Send us your details and we will be in touch.' },
    { text: 'Shoot us a DM with the booking code and we will check what happened.' },
    { text: 'Hope to see you back soon!' },
    { text: 'We hope you find a great deal soon!' },
    { text: "Fingers crossed it'll happen for you soon!" },
    { text: "Thanks, I've passed your feedback on to the product team." },
    { text: "We've received your DM and will reply there." },
    // Concrete times, in many shapes.
    { text: "Hi Maya,\n\nI've chased the warehouse and they'll email you tracking by 4pm today.\n\nBest,\nTom", channel: 'email' },
    { text: 'The engineer will call you within 2 hours to confirm the visit.', channel: 'chat' },
    { text: 'Your replacement router is booked for delivery on Thursday.', channel: 'chat' },
    { text: "I'll send you the corrected invoice by end of day.", channel: 'chat' },
    { text: "I'll have an answer for you first thing tomorrow morning.", channel: 'chat' },
    { text: 'The credit lands in your account in 3-5 working days.', channel: 'chat' },
    { text: "We'll rebook your seat before your connecting flight leaves.", channel: 'chat' },
    { text: "I'll ring you back at 11:30am with the outcome.", channel: 'chat' },
    { text: 'Our billing team will confirm the change by Friday 14 June.', channel: 'email' },
    { text: "I'll update this thread again by EOD.", channel: 'chat' },
    // Done already, or happening right now.
    { text: "I've already refunded the £40, and it will show within five business days.", customer: refund },
    { text: 'I issued the credit this morning, so nothing else is needed from you.' },
    { text: "I'm resetting your password right now — check your inbox in a minute.", channel: 'chat' },
    // Not a promise at all.
    { text: "I won't keep you waiting on this: the replacement left our warehouse an hour ago.", channel: 'chat' },
    { text: "I can't promise it'll be soon, but I'll email you on Monday either way.", channel: 'email' },
    { text: 'Sorry to hear you were unwell — get well soon!', channel: 'chat' },
    { text: 'Could you DM us the email address on the account?', channel: 'chat' },
    { text: 'DM us your order number and we will look into it.', channel: 'chat' },
    { text: "Send me a screenshot of the error and I'll dig into it.", channel: 'chat' },
    { text: 'If the code still fails, reply here and I will check the account myself.', channel: 'chat' },
    { text: "We'll pass your feedback on to the product team.", channel: 'chat' },
    { text: "I've shared your suggestion with the design team.", channel: 'chat' },
    { text: "You'll need to restart the app once the update has installed.", channel: 'chat' },
    {
      text: 'Hi Leon,\n\nThe refund was issued on 2 May and arrives within 3 working days.\n\nBest,\nAmy\n\nOn Tue, 4 Jun 2024 at 09:12, Leon <leon@x.example> wrote:\n> Your last agent said "we\'ll get back to you soon" and nobody did.',
      channel: 'email',
    },
    { text: 'You said "someone will be in touch shortly" was all you heard last time, and I am sorry about that.', channel: 'email' },
    { text: 'I looked into it and the charge was a pre-authorisation, which dropped off yesterday.', channel: 'chat' },
    { text: 'Talk soon,\nPriya', channel: 'email' },
    // An ongoing investigation with a timed next update elsewhere in the reply.
    { text: "Our engineers are investigating the outage. I'll message you here at 1:30pm with an update, before your demo.", customer: outage, channel: 'chat' },
    // Look-alikes of the shared "are" and the call back: not our work under way, or with a time.
    { text: 'We are open and working on Sundays too.' },
    { text: "You're all set and checking out is quick now." },
    { text: "I've passed this to our manager, Ana, who will call you back tomorrow at 10am." },
    // Announced as coming, but with a time, or not coming at all.
    { text: 'The fix is on the way: it ships tomorrow at 9am.' },
    { text: 'No fix is coming for the old app, sorry; the new one does this.' },
    { text: "Stay tuned for tonight's 8pm announcement!" },
    // A plan for something the customer wished for, with its broad when or none: news, not a promise on a case.
    { text: "Thanks! We're hoping to stock it later this year, fingers crossed.", customer: "Will you sell the blue one?" },
    { text: "Thanks! We plan to hold it again in a future sale, so watch this space.", customer: "Will the discount come back?" },
    // Our part waits on the step asked for in a sentence before; a teaser for news everyone gets.
    { text: "Sorry! Could you follow us and send a DM? We'll get it sorted from there.", customer: "app broken" },
    { text: "Thanks for asking! Keep an eye on our socials, all will be revealed soon!", customer: "when's the sale?" },
    // An alert the customer can sign up for, how we always work, a confirmation email for what was just done.
    { text: "Thanks for your interest! We expect new stock in the coming weeks, and you can sign up for an alert on the product page.", customer: "Is it back in stock?" },
    { text: "Thank you for letting us know. We take security seriously and will always investigate any concerns raised.", customer: "My account was hacked." },
    { text: "Your membership has been cancelled and you will receive a confirmation email shortly.", customer: "Please cancel my membership." },
    // News for everyone on something looked forward to, a farewell with words between, a teaser in "it'll be
    // revealed", and "pop us a DM" as the customer's step.
    { text: "Nothing to share yet, but we'll let all our followers know when they go on sale!", customer: "when do tickets go on sale?" },
    { text: "Thank you! We'll see you back in the shop again soon 😊", customer: "lovely service today" },
    { text: "It'll be revealed on our app first when it's ready!", customer: "will the blue one come back?" },
    { text: "Pop us a DM with your postcode and we'll see what we can do.", customer: "my order is late" },
    // Work asked of someone else with the agent's own timed update; a plan "for the future"; what the customer was asked.
    { text: "I've asked the warehouse to look into it and I'll update you by 3pm.", customer: "my order is missing" },
    { text: "Not yet, but it's something we're looking into for the future!", customer: "can I pay by PayPal?" },
    { text: "I asked you to send the photos soon, but no rush.", customer: "can you send it?" },
    // Contact only on a need of ours, even in words that otherwise promise news ("be in touch").
    { text: "Thanks for the details! We'll be in touch if we need anything else.", customer: "my parcel is late" },
    // The agent's own errand right now, or a team's work now with a time on its outcome.
    { text: "I'm sorting your refund now.", customer: "my refund" },
    { text: "Sorry! I'm calling the courier right now and I'll message you back within the hour.", customer: "my parcel is late" },
    { text: "Sorry! Our devs are fixing it now and the update goes out at 3pm today.", customer: "the app keeps crashing" },
    // News announced as coming, its season said beside it.
    { text: "Watch this space! We'll share news in the spring.", customer: "where are you opening next?" },
    { text: "You'll have to wait for your bank to release it soon.", customer: "refund??" },
    // What the customer owes is no promise of ours; a date and a time are concrete.
    { text: "Your next bill is due soon.", customer: "how much is my next bill" },
    { text: "The red one is due back on the 14th.", customer: "when is the red one back" },
    { text: "I'll be back in touch by 4pm today.", customer: "I was charged twice" },
    // An alert the customer signs up to tells them when; "looking at" a delay is no work under way.
    { text: "No date yet, but signing up to stock alerts on the product page will tell you the moment it's back.", customer: "when will the blue one be back" },
    { text: "We're looking at a two-day delay on all parcels this week.", customer: "my parcel is late" },
    // "Let us know" is the customer's step, not news we promise.
    { text: "It should be back to full speed after a restart, let us know if not.", customer: "my router is slow" },
    // The outcome waits on the customer's own step.
    { text: "The fix went out this morning, please update and it should be sorted.", customer: "when will the app be fixed??" },
    // A promise reported with its time, or hedged; a fix under way beside its date; a maybe.
    { text: "Sorry! Finance have promised to release it by 5pm today.", customer: "my refund is late" },
    { text: "I can't promise to have it released soon, but I've chased it.", customer: "my refund is late" },
    { text: "Thanks, a fix is underway and ships with Thursday's update.", customer: "the app won't sync" },
    { text: "Maybe! There might be something coming soon.", customer: "any more sales coming?" },
    // An update "when it's back" beside a time for it; more features with a broad when; a wish being worked on.
    { text: "Engineers expect it to be fixed by 4pm. We'll tweet when it's back.", customer: "internet down" },
    { text: "Thanks! More features coming later this year, keep an eye out.", customer: "love the app" },
    { text: "Not yet, but it's something we're working on adding!", customer: "can I pay by PayPal?" },
    // The agent's own check with a time on the answer; a step of the customer's first.
    { text: "Let me check with billing and I'll get back to you by 3pm today.", customer: "my bill changed" },
    { text: "Let us have your account number and we'll look at it straight away.", customer: "my bill changed" },
    // "Soon" after the span it takes, counted in the same sentence.
    { text: "Gift cards take up to an hour to activate, so it should work shortly.", customer: "my gift card isn't working" },
    { text: "Refunds take 3-5 working days, so it'll be with you soon.", customer: "my refund?" },
    // What follows an errand the customer is told to run waits on it, whoever acts then.
    { text: "Contact your bank and they'll look into it.", customer: "charged twice" },
    { text: "Head into a store and they'll sort you out.", customer: "my card is stuck" },
    { text: "Fill in the form at x.example/claims and our claims team will be in touch.", customer: "my flight was cancelled" },
  ],
  invalid: [
    { text: "Sorry! An engineer will be notified and will call you.", customer: "my car is making a noise", findings: [{"messageId":"commitment","flagged":"will call you","output":"Sorry! An engineer will be notified and will call you by [time]."}] },
    { text: "Sorry! Our team will call you.", customer: "my order is late", findings: [{"messageId":"commitment","flagged":"Our team will call you","output":"Sorry! Our team will call you by [time]."}] },
    { text: "So sorry, a specialist is being brought in to look at your line.", customer: "my internet is down", findings: [{"messageId":"ongoing","flagged":"a specialist is being brought in to look at your line","output":"So sorry, a specialist is being brought in to look at your line and I'll update you by [time]."}] },
    // Their look-alikes that still promise: no alert offered, a receipt sent "once processed".
    { text: "We expect new stock in the coming weeks.", customer: "Is it back in stock?", findings: [{"messageId":"vague","flagged":"in the coming weeks","output":"We expect new stock by [date]."}] },
    { text: "The finance team will send your receipt once the request has been processed.", customer: "I need a receipt.", findings: [{"messageId":"waiting","flagged":"The finance team will send your receipt once the request has been processed","output":"The finance team will send your receipt by [time]."}] },
    // Still promises: news with no time after a step, a step sent to someone else, a case's fix beside "revealed".
    { text: "Sorry! Please DM us your order number. We'll keep you posted.", customer: "My order is late.", findings: [{"messageId":"commitment","flagged":"We'll keep you posted","output":"Sorry! Please DM us your order number. I'll update you by [time]."}] },
    { text: "Please email the photos to them at claims@partner.example. We'll be in touch.", customer: "My sofa arrived torn.", findings: [{"messageId":"commitment","flagged":"We'll be in touch","output":"Please email the photos to them at claims@partner.example. I'll be in touch by [time]."}] },
    { text: "Sorry, the fix is being revealed to testers first and will reach you soon.", customer: "The app is broken.", findings: [{"messageId":"vague","flagged":"will reach you soon","output":"Sorry, the fix is being revealed to testers first and will reach you by [time]."}] },
    // A hope on the customer's own case is still a promise; "as quickly as we can"; news promised to everyone.
    { text: "Sorry! We're hoping to have your replacement back in stock soon.", customer: "My replacement is out of stock.", findings: [{"messageId":"vague","flagged":"We're hoping to have your replacement back in stock soon","output":"Sorry! We're hoping to have your replacement back in stock by [time]."}] },
    { text: "Sorry about that! We'll get this fixed for you as quickly as we can.", customer: "Can't access my account", findings: [{"messageId":"vague","flagged":"We'll get this fixed for you as quickly as we can","output":"Sorry about that! I'll get this fixed for you by [time]."}] },
    { text: "Sorry for the delays this morning. We'll keep everyone posted as things develop.", customer: "Trains are all delayed", findings: [{"messageId":"commitment","flagged":"We'll keep everyone posted","output":"Sorry for the delays this morning. I'll update everyone by [time] as things develop."}] },
    // "In contact", people on their way, a team's work after a hand-off, "doing everything we can to…", an
    // engineer to be arranged, a department named by its work.
    { text: "The issue has been escalated and someone will be in contact.", customer: "Nobody has called me.", findings: [{ flagged: "someone will be in contact", output: "The issue has been escalated and someone will be in contact by [time]." }] },
    { text: "Engineers have been notified and are on their way.", customer: "No engineer yet.", findings: [{ flagged: "Engineers have been notified and are on their way", output: "Engineers have been notified and are on their way — I'll update you by [time]." }] },
    { text: "I have passed this on to the relevant team who will look into it.", customer: "Refund still missing.", findings: [{ flagged: "will look into it", output: "I have passed this on to the relevant team who will look into it and update you by [time]." }] },
    { text: "Rest assured we are doing everything we can to get you moving.", customer: "Stuck on the train.", findings: [{ flagged: "we are doing everything we can to get you moving", output: "Rest assured we are doing everything we can to get you moving and I'll update you by [time]." }] },
    { text: "We have raised a fault and an engineer will be arranged.", customer: "Line dead.", findings: [{ flagged: "an engineer will be arranged", output: "We have raised a fault and an engineer will be arranged by [time]." }] },
    { text: "Billing will review this and amend accordingly.", customer: "Wrong bill.", findings: [{ flagged: "Billing will review this and amend accordingly", output: "Billing will review this and amend accordingly and update you by [time]." }] },
    // A step of the customer's, then someone else's open time; a plain "asap" with no step.
    { text: "You'll need to text PAC to 60444 and they'll send it shortly.", customer: 'Can I get a PAC code?', findings: [{ flagged: "they'll send it shortly" }] },
    { text: "We've received your complaint and will respond as soon as possible.", customer: 'I want to complain.', findings: [{ flagged: 'will respond as soon as possible' }] },
    // "We're hoping to…", "we're planning to…": the subject before "are" is a person, not an action.
    { text: "We are hoping to have it back up soon.", customer: "Checkout is down.", findings: [{ flagged: "We are hoping to have it back up soon", output: "We are hoping to have it back up by [time]." }] },
    { text: "We are planning to process refunds in the coming days.", customer: "Still no refund.", findings: [{ flagged: "We are planning to process refunds in the coming days", output: "We are planning to process refunds by [date]." }] },
    // Thanks for feedback is no feedback clause; news promised along with passing it on still counts.
    { text: "We will look into it, thanks for the feedback.", customer: "The app keeps crashing.", findings: [{ flagged: "We will look into it", output: "I will look into it and update you by [time], thanks for the feedback." }] },
    { text: "Great idea! We will pass it along and keep you posted.", customer: "Add dark mode please.", findings: [{ flagged: "We will pass it along and keep you posted", output: "Great idea! I will pass it along and update you by [time]." }] },
    // A new subject after a comma makes its own promise; "fix incoming"; getting it done with no when.
    { text: "It is with our finance team now, they will be in touch.", customer: "Still no refund.", findings: [{ flagged: "they will be in touch", output: "It is with our finance team now, they will be in touch by [time]." }] },
    { text: "I flagged it to billing, you should hear back in due course.", customer: "Charged twice.", findings: [{ flagged: "you should hear back in due course", output: "I flagged it to billing, you should hear back by [time]." }] },
    { text: "Devs are aware, fix incoming.", customer: "The update broke sync.", findings: [{ flagged: "fix incoming", output: "Devs are aware, fix incoming — I'll update you by [time]." }] },
    { text: "Leave it with us, we will get that done for you.", customer: "Cancel my subscription.", findings: [{ flagged: "we will get that done", output: "Leave it with us, I will get that done by [time] for you." }] },
    // Someone will pick it up, with no when.
    { text: 'A member of the team will pick this up.', customer: 'Nobody has replied to my email.', findings: [{ flagged: 'A member of the team will pick this up' }] },
    // "for when you're back" is a time, not the customer's step.
    { text: "We'll also look into a goodwill gesture for when you're back.", findings: [{ flagged: "We'll also look into a goodwill gesture for when you're back" }] },
    // News or a fix announced as coming, with no when.
    { text: 'Stay tuned, more info to come!', findings: [{ flagged: 'Stay tuned, more info to come' }] },
    { text: 'Thanks! Our team is aware and a fix is on the way!', findings: [{ flagged: 'a fix is on the way' }] },
    { text: 'Watch this space.', findings: [{ flagged: 'Watch this space' }] },
    // A shared "are" ("we're aware and looking into it") and a call back with no time.
    { text: "Thanks for flagging, we're aware and looking into it.", findings: [{ flagged: "we're aware and looking into it" }] },
    { text: "Thanks, we're aware of the issue and investigating.", findings: [{ flagged: "we're aware of the issue and investigating" }] },
    { text: "I've passed this on and a manager will call you back.", findings: [{ flagged: 'a manager will call you back' }] },
    { text: "Thanks for flagging, we're bringing in a specialist to take a look.", findings: [{ flagged: "we're bringing in a specialist to take a look" }] },
    // Real replies' wording: specialists, ASAP, "as quickly as possible", notifications, keeping everyone posted.
    { text: "We're bringing in a specialist and will update you asap.", findings: [{ flagged: 'will update you asap' }] },
    { text: "We'll get it fixed as quickly as possible.", findings: [{ flagged: "We'll get it fixed as quickly as possible" }] },
    { text: 'An engineer will be notified and will contact you.', findings: [{ flagged: 'will contact you' }] },
    { text: "We'll keep everyone posted on the outage.", findings: [{ flagged: "We'll keep everyone posted" }] },
    { text: 'We are waiting on a part and this will be resolved for you.', findings: [{ flagged: 'this will be resolved' }] },
    {
      text: "We'll get back to you soon.",
      findings: [{ messageId: 'vague', flagged: "We'll get back to you soon", output: "I'll get back to you by [time]." }],
    },
    {
      text: 'Hi Ruth,\n\nThanks for your patience. Someone from our accounts team will be in touch shortly.\n\nKind regards,\nOmar',
      channel: 'email',
      findings: [{ flagged: 'Someone from our accounts team will be in touch shortly', output: 'Hi Ruth,\n\nThanks for your patience. Someone from our accounts team will be in touch by [time].\n\nKind regards,\nOmar' }],
    },
    {
      text: 'Your replacement card will be posted as soon as possible.',
      findings: [{ flagged: 'Your replacement card will be posted as soon as possible', output: 'Your replacement card will be posted by [time].' }],
    },
    {
      text: 'Got it, refund asap!',
      channel: 'chat',
      findings: [{ flagged: 'asap', output: 'Got it, refund by [time]!' }],
    },
    {
      text: 'Your corrected statement will be sent to you in due course.',
      findings: [{ flagged: 'Your corrected statement will be sent to you in due course', output: 'Your corrected statement will be sent to you by [time].' }],
    },
    {
      text: "Thanks for flagging this. We're looking into it.",
      customer: outage,
      channel: 'chat',
      findings: [{ messageId: 'ongoing', flagged: "We're looking into it", output: "Thanks for flagging this. We're looking into it and I'll update you by [time]." }],
    },
    {
      text: 'Our developers are working on a fix for the sync bug.',
      findings: [{ messageId: 'ongoing', flagged: 'Our developers are working on a fix for the sync bug', output: "Our developers are working on a fix for the sync bug and I'll update you by [time]." }],
    },
    {
      text: "Sorry about the trouble! We'll keep you posted.",
      channel: 'chat',
      findings: [{ flagged: "We'll keep you posted", output: "Sorry about the trouble! I'll update you by [time]." }],
    },
    {
      text: 'The gateway should be fixed in the coming days.',
      findings: [{ flagged: 'The gateway should be fixed in the coming days', output: 'The gateway should be fixed by [date].' }],
    },
    {
      text: 'Payments should be back up soon 🙏',
      channel: 'chat',
      findings: [{ flagged: 'Payments should be back up soon', output: 'Payments should be back up by [time] 🙏' }],
    },
    {
      text: 'I have asked the claims team to review your file, and they will contact you.',
      findings: [{ messageId: 'commitment', flagged: 'they will contact you', output: 'I have asked the claims team to review your file, and they will contact you by [time].' }],
    },
    {
      text: "We'll let you know once the supplier confirms a date.",
      findings: [{ messageId: 'waiting', flagged: "We'll let you know once the supplier confirms a date", output: "I'll let you know by [time]." }],
    },
    {
      text: 'You will receive your new PIN when the card has been activated.',
      findings: [{ flagged: 'You will receive your new PIN when the card has been activated', output: 'You will receive your new PIN by [time].' }],
    },
    {
      text: "Leave this with me and I'll get the duplicate charge sorted.",
      channel: 'chat',
      findings: [{ messageId: 'commitment', flagged: "I'll get the duplicate charge sorted", output: "Leave this with me and I'll get the duplicate charge sorted by [time]." }],
    },
    {
      text: "I've refunded the delivery fee and we'll look into why the courier missed you.",
      findings: [{ flagged: "we'll look into why the courier missed you", output: "I've refunded the delivery fee and I'll look into why the courier missed you and update you by [time]." }],
    },
    {
      text: 'Hopefully the new build will be out shortly.',
      channel: 'chat',
      findings: [{ flagged: 'the new build will be out shortly', output: 'Hopefully the new build will be out by [time].' }],
    },
    {
      text: 'We aim to respond to all complaints at the earliest opportunity.',
      findings: [{ flagged: 'We aim to respond to all complaints at the earliest opportunity', output: 'I aim to respond to all complaints by [time].' }],
    },
    {
      text: 'Dark mode is on the roadmap and should arrive in a future release.',
      findings: [{ flagged: 'should arrive in a future release', output: 'Dark mode is on the roadmap and should arrive by [date].' }],
    },
    {
      text: "Hi Sam,\n\nI'm sorry the parcel is late. I placed it on Monday, but it'll reach you soon.\n\nBest,\nJo",
      channel: 'email',
      findings: [{ flagged: "it'll reach you soon", output: "Hi Sam,\n\nI'm sorry the parcel is late. I placed it on Monday, but it'll reach you by [time].\n\nBest,\nJo" }],
    },
    {
      text: 'Our network team is currently investigating the dropped calls in your area.',
      findings: [{ flagged: 'Our network team is currently investigating the dropped calls in your area' }],
    },
    {
      text: 'Refunds team is on it 👍',
      channel: 'chat',
      findings: [{ messageId: 'ongoing', flagged: 'Refunds team is on it', output: "Refunds team is on it and I'll update you by [time] 👍" }],
    },
    {
      text: 'Will follow up with the courier and get back to you.',
      channel: 'chat',
      findings: [{ flagged: 'Will follow up with the courier and get back to you', output: 'Will follow up with the courier and get back to you by [time].' }],
    },
    {
      text: "You'll hear from us about the upgrade options at some point next quarter.",
      findings: [{ flagged: "You'll hear from us about the upgrade options at some point", output: "You'll hear from us about the upgrade options by [time] next quarter." }],
    },
    {
      text: 'Hi Dev,\n\nThanks for the details.\n\nThe valuation is now with our underwriters and we will write to you with their decision.\n\nRegards,\nNina',
      channel: 'email',
      findings: [{ flagged: 'we will write to you', output: 'Hi Dev,\n\nThanks for the details.\n\nThe valuation is now with our underwriters and I will write to you by [time] with their decision.\n\nRegards,\nNina' }],
    },
    {
      text: 'Thanks! The courier will collect the return sometime next week, and the refund should follow within a few days.',
      findings: [{ flagged: 'the refund should follow within a few days', output: 'Thanks! The courier will collect the return sometime next week, and the refund should follow by [date].' }],
    },
    {
      text: 'We take this seriously and will be in touch. Separately, I will email you the case number by 3pm.',
      findings: [{ flagged: 'will be in touch', output: 'We take this seriously and will be in touch by [time]. Separately, I will email you the case number by 3pm.' }],
    },
    // "See what we can do" is a promise with no time; news for everyone is still the customer's update when it is
    // about their trouble or a case.
    { text: "Sorry for the delay! We'll see what we can do about the fee.", customer: "the late fee is unfair", findings: [{"messageId":"commitment","flagged":"We'll see what we can do about the fee","output":"Sorry for the delay! I'll see what we can do about the fee and update you by [time]."}] },
    { text: "There's an outage near you; we'll let everyone know when it's fixed.", customer: "my internet is down", findings: [{"messageId":"waiting","flagged":"we'll let everyone know when it's fixed","output":"There's an outage near you; I'll let everyone know by [time]."}] },
    { text: "Sorry! We'll let everyone know when the update drops.", customer: "the app keeps crashing", findings: [{"messageId":"waiting","flagged":"We'll let everyone know when the update drops","output":"Sorry! I'll let everyone know by [time]."}] },
    // Work asked of someone else ("I've asked the team to…") is still to come: with no time, vague.
    { text: "Sorry! I've asked the team to call you back as soon as possible.", customer: "still waiting on my callback", findings: [{"messageId":"vague","flagged":"asked the team to call you back as soon as possible","output":"Sorry! I've asked the team to call you back by [time]."}] },
    { text: "I've asked the warehouse to look into it.", customer: "my order is missing", findings: [{"messageId":"ongoing","flagged":"asked the warehouse to look into it","output":"I've asked the warehouse to look into it and I'll update you by [time]."}] },
    // What the customer "will have" is our promise ("you'll have to…" is their step).
    { text: "sorry for the wait! finance are processing it, u'll have it shortly", customer: "refund??", findings: [{"messageId":"vague","flagged":"u'll have it shortly","output":"sorry for the wait! finance are processing it, u'll have it by [time]"}] },
    // "Any day now" is a hope, not a time; news announced with no season beside it.
    { text: "Sorry! It should arrive any day now.", customer: "parcel still not here", findings: [{"messageId":"vague","flagged":"It should arrive any day now","output":"Sorry! It should arrive by [date]."}] },
    { text: "Watch this space!", customer: "any news on the app?", findings: [{"messageId":"ongoing","flagged":"Watch this space","output":"Watch this space — I'll update you by [time]!"}] },
    // A team's work "right now" or "as we speak" says when it goes on, not when it ends.
    { text: "We're working on it as we speak.", customer: "the site is down", findings: [{"messageId":"ongoing","flagged":"We're working on it as we speak","output":"We're working on it as we speak and I'll update you by [time]."}] },
    { text: "Sorry about that! Our devs are fixing it right now.", customer: "the app keeps crashing", findings: [{"messageId":"ongoing","flagged":"Our devs are fixing it right now","output":"Sorry about that! Our devs are fixing it right now and I'll update you by [time]."}] },
    { text: "Sorry for the wait, the warehouse is currently working through a backlog.", customer: "my order still hasn't shipped", findings: [{"messageId":"ongoing","flagged":"the warehouse is currently working through a backlog","output":"Sorry for the wait, the warehouse is currently working through a backlog and I'll update you by [time]."}] },
    // "as quickly as they can"; "reaching out", "back in touch"; a hotfix on the way; due back "soon".
    { text: "Someone from the team will get to you as quickly as they can.", customer: "I've been on hold for an hour", findings: [{"messageId":"vague","flagged":"Someone from the team will get to you as quickly as they can","output":"Someone from the team will get to you by [time]."}] },
    { text: "Our claims team will be reaching out to you.", customer: "my suitcase is damaged", findings: [{"messageId":"commitment","flagged":"Our claims team will be reaching out to you","output":"Our claims team will be reaching out to you by [time]."}] },
    { text: "We'll be back in touch with you.", customer: "I was charged twice", findings: [{"messageId":"commitment","flagged":"We'll be back in touch with you","output":"I'll be back in touch with you by [time]."}] },
    { text: "A hotfix is on the way.", customer: "the app crashes after the update", findings: [{"messageId":"ongoing","flagged":"A hotfix is on the way","output":"A hotfix is on the way — I'll update you by [time]."}] },
    { text: "The red one is due back in stock soon.", customer: "when is the red one back", findings: [{"messageId":"vague","flagged":"due back in stock soon","output":"The red one is due back in stock by [time]."}] },
    // Work under way, said as "looking at it".
    { text: "Thanks for flagging, the devs are looking at it.", customer: "the app keeps freezing", findings: [{"messageId":"ongoing","flagged":"the devs are looking at it","output":"Thanks for flagging, the devs are looking at it and I'll update you by [time]."}] },
    // Someone "will be out to fix it", with no day.
    { text: "Sorry! Maintenance have been told and will be out to fix it.", customer: "the lift is broken again", findings: [{"messageId":"commitment","flagged":"will be out to fix it","output":"Sorry! Maintenance have been told and will be out to fix it by [time]."}] },
    { text: "An engineer will be out to look at the boiler.", customer: "my boiler is broken", findings: [{"messageId":"commitment","flagged":"An engineer will be out to look at the boiler","output":"An engineer will be out to look at the boiler by [time]."}] },
    // Work prioritised or worked at "hard", and "as a priority", with no time.
    { text: "Our developers are aware and are prioritising a fix.", customer: "when will the app be fixed??", findings: [{"messageId":"ongoing","flagged":"are prioritising a fix","output":"Our developers are aware and are prioritising a fix and I'll update you by [time]."}] },
    { text: "It's with our finance team and they'll process it as a priority.", customer: "refund still not showing", findings: [{"messageId":"vague","flagged":"they'll process it as a priority","output":"It's with our finance team and they'll process it by [time]."}] },
    { text: "We're having some issues and the team are working hard to get things back up.", customer: "is the server down?", findings: [{"messageId":"ongoing","flagged":"the team are working hard to get things back up","output":"We're having some issues and the team are working hard to get things back up and I'll update you by [time]."}] },
    // A promise someone made, reported with no time; a fix "underway".
    { text: "Sorry! I've chased it and finance have promised to release it shortly.", customer: "my refund is late", findings: [{"messageId":"vague","flagged":"promised to release it shortly","output":"Sorry! I've chased it and finance have promised to release it by [time]."}] },
    { text: "Thanks, our engineers know about it and a fix is underway.", customer: "the app won't sync", findings: [{"messageId":"ongoing","flagged":"a fix is underway","output":"Thanks, our engineers know about it and a fix is underway — I'll update you by [time]."}] },
    // The same update with no time anywhere; what we expect, with its object before "to", and no time.
    { text: "Engineers are on it. We'll tweet when it's back.", customer: "internet down", findings: [{"messageId":"ongoing","flagged":"are on it","output":"Engineers are on it and I'll update you by [time]. We'll tweet when it's back."},{"messageId":"waiting","flagged":"We'll tweet when it's back","output":"Engineers are on it. I'll tweet by [time]."}] },
    { text: "We expect it to be with you shortly.", customer: "my refund?", findings: [{"messageId":"vague","flagged":"We expect it to be with you shortly","output":"I expect it to be with you by [time]."}] },
    // "Let me check…" is the agent's own step, not the customer's: the answer after it still needs a time.
    { text: "Let me check with billing and I'll get back to you on that.", customer: "my bill changed", findings: [{"messageId":"commitment","flagged":"I'll get back to you on that","output":"Let me check with billing and I'll get back to you on that by [time]."}] },
    // A moment is no span: the showing is still open.
    { text: "I refunded it today, so it'll show soon.", customer: "my refund?", findings: [{"messageId":"vague","flagged":"it'll show soon","output":"I refunded it today, so it'll show by [time]."}] },
    // Patience asked for is no step of the customer's: the promise after it is still open.
    { text: "Please bear with us and we'll get back to you soon.", customer: "my refund is late", findings: [{"messageId":"vague","flagged":"we'll get back to you soon","output":"Please bear with us and I'll get back to you by [time]."}] },
    { text: "Hang tight and we'll be in touch.", customer: "my refund is late", findings: [{"messageId":"commitment","flagged":"we'll be in touch","output":"Hang tight and I'll be in touch by [time]."}] },
  ],
});
