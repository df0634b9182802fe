import rule from '../../src/rules/missing-apology';
import { runRuleTests } from './tester';

runRuleTests(rule, {
  valid: [
    // Laughing with the customer's children is no trouble.
    { text: "That's lovely to hear, thanks for telling us!", customer: "the staff laughed and joked with my kids, lovely evening" },
    // Look-alikes: what came was what was ordered, or a gift; news; a happy customer.
    { text: 'So glad it arrived, enjoy!', customer: 'ordered a large, got it today, thanks!' },
    { text: 'Great to hear!', customer: 'ordered the blue one and got the blue one, perfect' },
    { text: 'Haha, enjoy it!', customer: 'breaking news: i finally got my order lol' },
    { text: "That's great, enjoy your tea!", customer: 'i bought a kettle and got a free mug, love it' },
    // Any apology counts, even a grudging one.
    { text: 'Hi Tom,\n\nSo sorry about the hinge! A new pair ships today by tracked post.\n\nThanks,\nLee', customer: 'My headphones arrived with a broken hinge.' },
    { text: "I apologise if the suspension came as a surprise. It followed three missed payments; I've restored the line as a one-off.", customer: 'You cut off my broadband without any warning.' },
    { text: 'We regret the disruption to your service. Engineers restored the line at 14:20.', customer: 'My landline has been dead since Monday.', channel: 'email' },
    { text: "I'm sorry, but our policy doesn't allow refunds after 30 days.", customer: 'The kettle stopped working after five weeks.' },
    { text: 'Apologies for the delay. Your new card is on its way and arrives Tuesday.', customer: "My replacement card still hasn't arrived after two weeks." },
    { text: "My bad, I read the wrong tracking number. It's out for delivery and arrives by 6pm.", customer: "you told me the parcel would come Monday and it didn't", channel: 'chat' },
    { text: "That's on us — I've reissued the invoice with the right VAT rate.", customer: 'My invoice shows the wrong VAT rate.' },
    // Empathy counts too.
    { text: "That sounds really frustrating. I've cleared the stuck basket on our side, so checkout will work now.", customer: 'The app has crashed three times during checkout today.' },
    {
      text: "Hi Beth,\n\nThat's not the experience we want anyone to have at our clinics. I've booked you in with Dr Rao on Friday at 9:20.\n\nBest,\nNina",
      customer: 'I waited over an hour in reception and then my appointment was cancelled.',
    },
    { text: "I understand how annoying it is to lose a saved draft. I've restored version 12 from last night for you.", customer: 'The editor lost my whole draft when I hit save!!' },
    { text: "Oh no! I've sent a new code to your phone, it's valid for 15 minutes.", customer: 'the login code never came through', channel: 'chat' },
    { text: "Ugh, what a hassle. I've re-sent the tickets to your new address.", customer: 'The tickets went to my old email address again.' },
    // No trouble reported: neutral questions, praise, the customer's own slip, hypotheticals, third parties.
    { text: 'Yes! Sunday delivery is £4.99 if you order by 8pm on Saturday.', customer: 'Do you deliver on Sundays?', channel: 'chat' },
    { text: "Thanks so much, I'll pass that on to Priya — she'll be thrilled!", customer: 'Your team fixed my router in ten minutes, brilliant service!' },
    { text: 'Done — your login email is now sam.lee@mail.example.', customer: 'I typed my email address wrong when I signed up, can you change it?' },
    { text: 'Not a bother! Go to Account > Payment, tap your card and choose Replace.', customer: 'Sorry to bother you, how do I update my card details?' },
    { text: "Yes — reply with a photo within 30 days and we'll send a replacement the same day.", customer: 'If my parcel arrives damaged, can I return it?' },
    {
      text: "I can help with that: disputes are raised under Payments > Dispute, and I've opened one for you now (ref D-4471).",
      customer: "I'd like to dispute a payment from a restaurant that charged me twice.",
    },
    { text: 'Of course, I can move it to Thursday at 10am.', customer: 'I left my laptop charger at home, can I move my appointment to later in the week?' },
    // No customer message and nothing in the draft that answers a complaint: stay quiet.
    { text: 'Your refund of £20 has been processed and shows in 3-5 days.' },
    { text: '', customer: 'My order arrived damaged and I need it replaced.' },
    // Empathy and ownership in other words.
    { text: "Ah, annoying! Tap 'Return item' on the order and pick 'wrong item'.", customer: "seller sent the wrong size, what now?" },
    { text: "I can only imagine how that felt at the gate. I've refunded the £55 bag charge.", customer: "I was charged £55 at the gate for a bag that fit in the sizer." },
    { text: "We dropped the ball on this one. Your booking is restored and the tickets are in your inbox.", customer: "my booking has disappeared from the app and we sail tomorrow" },
    { text: "What a faff. I've re-sent the code to your new number.", customer: "the login code keeps going to my old number" },
    { text: "That's really poor from us. A new card is on its way and arrives Tuesday.", customer: "My card still hasn't arrived after three weeks." },
    { text: "I'd be fed up too. The engineer is booked for Monday 8am-12pm.", customer: "Your engineer was a no-show again." },
    { text: "We owe you better than this. I've credited £20 to your account.", customer: "the bins weren't collected again" },
    { text: "Yikes, not ideal at all. I've reset the router from our side.", customer: "internet keeps dropping out every few minutes" },
    // Acknowledgements agents write on social channels.
    { text: 'That is really concerning. DM us the order number and we will look at it now.', customer: 'found a bit of plastic in my salad' },
    { text: "That's not good at all. Can you DM us your postcode so we can check the line?", customer: 'internet keeps dropping every night' },
    { text: "We don't want you to feel that way. Send us a DM and I'll go through the bill with you.", customer: 'your billing is a joke, charged twice again' },
    // Informal messages that report no trouble.
    { text: 'Glad to hear it! Enjoy the new phone.', customer: 'Worked 👍 cheers' },
    { text: 'Ha, we love a regular! See you next week.', customer: "think I'm here way too often!!!" },
    { text: 'Yes, you can add up to four names to one booking.', customer: 'any way to add my kids to the same booking?' },
    // Look-alikes of the new trouble words that report no trouble with us.
    { text: "Your locksmith Dave is 18 mins away, you can track him live in the app.", customer: "locked out, how long until someone gets here?" },
    { text: "Yes, the admin fee is £10 and it's added at checkout.", customer: "How much is the admin fee?" },
    { text: "Great, enjoy it!", customer: "I got everything, all fine now thanks!" },
    { text: "Of course, someone else can collect it with your order number.", customer: "My husband or someone else will be home to sign for it." },
    // Look-alikes: the customer's own accident, an offer to use, a question before signing up.
    { text: 'Yes, you can undo that under Orders > Recent.', customer: 'I ordered two by accident, can I cancel one?' },
    { text: 'Pop it in the promo box at checkout.', customer: 'I was offered a discount code, where do I enter it?' },
    { text: 'You can sign up at shop.example/plans.', customer: "I haven't signed up yet, how do I join?" },
    // The customer's own slip, with only a feeling about it: nothing of ours to be sorry for.
    { text: 'Fingers crossed for next time!', customer: 'Forgot to grab my receipt at the counter. Ugh.' },
    { text: "We'd love to have you back! DM us and we'll set it up.", customer: 'I made a big dumb mistake and moved my number to another network. Can I come back?' },
    // Acknowledgements in a few words: "not what we like to hear", "not what we want", "bummer!".
    { text: "Not what we like to hear. DM us your order number and I'll send a replacement today.", customer: "My order arrived broken." },
    { text: "That's definitely not what we want. DM us your order number and I'll send a replacement today.", customer: "My order arrived broken." },
    { text: "Bummer! Let's fix it: DM us your order number and I'll send a replacement today.", customer: "My order arrived broken." },
    // Praise after praise is praise.
    { text: "Thank you so much, we'll tell the chefs!", customer: "Love the new menu. Great!" },
    // "that doesn't sound right" acknowledges the trouble.
    { text: "Hmm, that doesn't sound right. Which model is it?", customer: "my kindle won't charge past 40%" },
    // "bent" said of the customer's own doing is no fault.
    { text: "Yes, that's fine.", customer: "I bent the rules a bit with my return, is that ok?" },
    // Ordered, then got it: no mismatch.
    { text: "Glad it arrived!", customer: "I ordered it on Monday and got it today, thanks!" },
  ],
  invalid: [
    // Laughed at by their staff; a paid-for next day gone by, written without its apostrophe.
    { text: "Hi, which station was this at? DM us the time.", customer: "the guard laughed at me when I asked which platform", findings: [{"messageId":"missing","flagged":"","output":"Hi, I'm sorry the guard laughed at you. Which station was this at? DM us the time."}] },
    { text: "Hi, could you send the order number over DM?", customer: "paid for next day delivery, its been 4 days", findings: [{"messageId":"missing","flagged":"","output":"Hi, I'm sorry you've had to wait for this. Could you send the order number over DM?"}] },
    // Sarcasm, what came not being what was ordered, a bill that rose, an order days late; the body's first word then starts a sentence.
    { text: "Hi, can you DM us your bag tag number? We will trace it.", customer: "thanks a lot for losing my bag. great holiday start", findings: [{ flagged: "", at: 4, output: "Hi, I'm sorry for the trouble this has caused. Can you DM us your bag tag number? We will trace it." }] },
    { text: "Hi, please send us a photo of the label and we will swap it.", customer: "ordered a large got a small. again.", findings: [{ flagged: "", at: 4, output: "Hi, I'm sorry for the trouble this has caused. Please send us a photo of the label and we will swap it." }] },
    { text: "Hi Priya, let me check that. Can you DM the account number?", customer: "my bill has doubled and i havent changed anything??", findings: [{ flagged: "", at: 10, output: "Hi Priya, I'm sorry for the trouble this has caused. Let me check that. Can you DM the account number?" }] },
    { text: "Hi, please DM us your order number and we will refund the delivery charge.", customer: "paid for next day, got it a week later", findings: [{ flagged: "", at: 4, output: "Hi, I'm sorry for the trouble this has caused. Please DM us your order number and we will refund the delivery charge." }] },
    { text: "Hi, iPhone orders ship separately, can you DM the order number?", customer: "my order is missing half the items", findings: [{ flagged: "", at: 4, output: "Hi, I'm sorry your order is missing half the items. iPhone orders ship separately, can you DM the order number?" }] },
    // Trouble told plainly, with no complaint word: a foreign object, harm to a person, a promise not kept, a wasted order.
    { text: "Can you send a photo of the pie and the barcode?", customer: "I found a hair in the pie I bought from you yesterday.", findings: [{ flagged: '', at: 0, output: "I'm sorry you found a hair in the pie you bought from us yesterday. Can you send a photo of the pie and the barcode?" }] },
    { text: "Please DM us your email so we can connect right away.", customer: "Your driver assaulted my sister on Friday night.", findings: [{ flagged: '', at: 0, output: "I'm so sorry to hear this, and thank you for telling us. Please DM us your email so we can connect right away." }] },
    { text: "Please DM us the trip details.", customer: "I got into a car accident during my ride this morning.", findings: [{ flagged: '', at: 0, output: "I'm so sorry to hear this, and thank you for telling us. Please DM us the trip details." }] },
    { text: "Could you send us the order number?", customer: "I had to throw away the whole order, it was cold.", findings: [{ flagged: '', at: 0, output: "I'm sorry you had to throw away the whole order. Could you send us the order number?" }] },
    { text: "Can you confirm the email on the account?", customer: "You charged me for a plan I didn't sign up for.", findings: [{ flagged: '', at: 0, output: "I'm sorry about the trouble with this charge. Can you confirm the email on the account?" }] },
    { text: "The points arrive when the season starts.", customer: "I was told I'd get 500 points yet I didn't.", findings: [{ flagged: '', at: 0, output: "I'm sorry for the trouble this has caused. The points arrive when the season starts." }] },
    { text: "Please fill in the claim form at air.example/claims.", customer: "The seat I paid for was given away at the gate.", findings: [{ flagged: '', at: 0, output: "I'm sorry the seat you paid for was given away at the gate. Please fill in the claim form at air.example/claims." }] },
    { text: "What's the best number to reach you on?", customer: "I was promised a callback that never happened.", findings: [{ flagged: '', at: 0, output: "I'm sorry you were promised a callback that never happened. What's the best number to reach you on?" }] },
    { text: "Thanks for letting us know, we will pass it on to the depot.", customer: "Your driver threw my parcel over the fence.", findings: [{ flagged: '', at: 0, output: "I'm sorry our driver threw your parcel over the fence. Thanks for letting us know, we will pass it on to the depot." }] },
    {
      text: 'Hi Sam,\n\nA replacement ships today and arrives Thursday.\n\nBest,\nAna',
      customer: 'My order arrived damaged and I need it replaced.',
      channel: 'email',
      findings: [{ flagged: '', at: 9, output: "Hi Sam,\n\nI'm sorry your order arrived damaged. A replacement ships today and arrives Thursday.\n\nBest,\nAna" }],
    },
    {
      text: "I've refunded the second payment, it'll show in 2-3 days.",
      customer: 'I was charged twice for my subscription this month',
      channel: 'chat',
      findings: [{ flagged: '', at: 0, output: "I'm sorry you were charged twice for your subscription this month. I've refunded the second payment, it'll show in 2-3 days." }],
    },
    {
      text: 'Try clearing the app data in Settings > Apps, then sign in again.',
      customer: 'The app keeps logging me out, so annoying',
      channel: 'chat',
      findings: [{ flagged: '', at: 0, output: "I'm sorry the app keeps logging you out — that's frustrating. Try clearing the app data in Settings > Apps, then sign in again." }],
    },
    {
      // A "sorry" that asks for clarification is not an apology.
      text: 'Sorry, which phone are you using?',
      customer: 'The checkout page keeps freezing on my phone.',
      findings: [{ flagged: '', at: 0, output: "I'm sorry the checkout page keeps freezing on your phone. Sorry, which phone are you using?" }],
    },
    {
      // "No need to apologise" answers the customer's sorry; it is not ours.
      text: "No need to apologise! I've restarted your boiler's hub remotely, so it should fire up within 10 minutes.",
      customer: 'sorry but my heating has stopped working again',
      findings: [
        {
          flagged: '',
          at: 0,
          output: "I'm sorry your heating has stopped working again. No need to apologise! I've restarted your boiler's hub remotely, so it should fire up within 10 minutes.",
        },
      ],
    },
    {
      // Sorry about the email's length, not about the bill.
      text: "Hi Dev,\n\nSorry for the long email, but here is the full breakdown. Your closing date was 2 May, and billing runs on the 1st, so May was billed before the closure.\n\nI've refunded May in full today.\n\nBest,\nRuth",
      customer: 'You billed me for a month after I closed my account.',
      findings: [
        {
          flagged: '',
          at: 9,
          output:
            "Hi Dev,\n\nI'm sorry we billed you for a month after you closed your account. Sorry for the long email, but here is the full breakdown. Your closing date was 2 May, and billing runs on the 1st, so May was billed before the closure.\n\nI've refunded May in full today.\n\nBest,\nRuth",
        },
      ],
    },
    {
      // The only sorry is in the quoted customer text.
      text: "Hello Priti,\n\n> Sorry to chase, but my refund still hasn't arrived.\n\nYour refund was sent on Tuesday and should land tomorrow.\n\nBest wishes,\nOwen",
      customer: "Sorry to chase, but my refund still hasn't arrived.",
      findings: [
        {
          flagged: '',
          at: 69,
          output: "Hello Priti,\n\n> Sorry to chase, but my refund still hasn't arrived.\n\nI'm sorry your refund still hasn't arrived. Your refund was sent on Tuesday and should land tomorrow.\n\nBest wishes,\nOwen",
        },
      ],
    },
    {
      // Thanking for patience is thanks, not an apology.
      text: 'Thanks for your patience. Your card was posted this morning and arrives by Friday.',
      customer: "I've been waiting three weeks for my replacement card.",
      findings: [{ flagged: '', at: 0, output: "I'm sorry you've been waiting three weeks for your replacement card. Thanks for your patience. Your card was posted this morning and arrives by Friday." }],
    },
    {
      text: "Unfortunately that voucher has expired, but I've added a new 15% code to your account: SPRING15.",
      customer: "the voucher code from your email doesn't work",
      channel: 'chat',
      findings: [{ flagged: '', at: 0, output: "I'm sorry the voucher code from our email doesn't work. Unfortunately that voucher has expired, but I've added a new 15% code to your account: SPRING15." }],
    },
    {
      // No customer message: the draft itself answers a complaint, so a warm generic apology.
      text: 'Hi Jo,\n\nRegarding the damaged blender you received, a courier will collect it on Monday between 8am and 1pm.\n\nRegards,\nKim',
      findings: [
        {
          messageId: 'missingFromDraft',
          flagged: '',
          at: 8,
          output: "Hi Jo,\n\nI'm sorry for the trouble this has caused. Regarding the damaged blender you received, a courier will collect it on Monday between 8am and 1pm.\n\nRegards,\nKim",
        },
      ],
    },
    {
      text: 'The right charger is on its way by next-day delivery.',
      customer: 'you sent me the wrong charger',
      findings: [{ flagged: '', at: 0, output: "I'm sorry we sent you the wrong charger. The right charger is on its way by next-day delivery." }],
    },
    {
      text: "It went back because the address label was smudged. I've re-sent it and it arrives tomorrow.",
      customer: 'Why has my parcel been returned to the depot?',
      findings: [{ flagged: '', at: 0, output: "I'm sorry your parcel has been returned to the depot. It went back because the address label was smudged. I've re-sent it and it arrives tomorrow." }],
    },
    {
      // Praise first, then a problem: the problem is still owed an apology.
      text: "Thanks for the kind words! I've turned off automatic theme switching on your account, so dark mode will stay on now.",
      customer: 'Love the new update, but the dark mode keeps switching off by itself.',
      findings: [
        {
          flagged: '',
          at: 0,
          output: "I'm sorry the dark mode keeps switching off by itself. Thanks for the kind words! I've turned off automatic theme switching on your account, so dark mode will stay on now.",
        },
      ],
    },
    {
      text: "Hi Mo, I've reset your password — check your inbox for the link.",
      customer: "I can't log in to my account since the update",
      channel: 'chat',
      findings: [{ flagged: '', at: 7, output: "Hi Mo, I'm sorry you can't log in to your account since the update. I've reset your password — check your inbox for the link." }],
    },
    {
      text: 'Dear Mr Khan,\n\nWe take all feedback seriously and have shared your comments with the branch manager.\n\nYours sincerely,\nCustomer Care',
      customer: 'The staff at your Leeds branch were rude and dismissive when I asked about my mortgage.',
      channel: 'email',
      findings: [
        {
          flagged: '',
          at: 15,
          output: "Dear Mr Khan,\n\nI'm sorry the staff at our Leeds branch were rude and dismissive. We take all feedback seriously and have shared your comments with the branch manager.\n\nYours sincerely,\nCustomer Care",
        },
      ],
    },
    {
      text: 'The courier is delivering it this afternoon, before 5pm.',
      customer: 'my parcel is 5 days late 😡',
      channel: 'chat',
      findings: [{ flagged: '', at: 0, output: "I'm sorry your parcel is 5 days late — that's frustrating. The courier is delivering it this afternoon, before 5pm." }],
    },
    {
      // "Sorry to see you go" is about leaving, not about the outages; no clean clause, so a generic apology.
      text: "We're sorry to see you go. Your contract ends on 30 June.",
      customer: 'Third outage this month. I want to cancel.',
      findings: [{ flagged: '', at: 0, output: "I'm sorry for the trouble this has caused. We're sorry to see you go. Your contract ends on 30 June." }],
    },
    {
      text: 'Hi Lena,\n\nThanks for reaching out. Please send us your order number and we will check it.\n\nRegards,\nSupport',
      customer: 'Hello, my coat arrived with a torn lining. Order 5521.',
      findings: [
        {
          flagged: '',
          at: 10,
          output: "Hi Lena,\n\nI'm sorry your coat arrived with a torn lining. Thanks for reaching out. Please send us your order number and we will check it.\n\nRegards,\nSupport",
        },
      ],
    },
    {
      // A delay with no clause to say back: a warm apology for the wait.
      text: 'Dear Mr Osei,\n\nYour claim has been approved and £120 was paid to your account today.\n\nKind regards,\nClaims Team',
      customer: 'I sent my claim in March. It has been eight weeks and I have heard nothing.',
      findings: [{ flagged: '', at: 15, output: "Dear Mr Osei,\n\nI'm sorry you've had to wait for this. Your claim has been approved and £120 was paid to your account today.\n\nKind regards,\nClaims Team" }],
    },
    {
      text: 'Your account is unlocked now, you can sign in again.',
      customer: 'why was my account locked?? I need to pay my rent today',
      channel: 'chat',
      findings: [{ flagged: '', at: 0, output: "I'm sorry your account was locked — that's frustrating. Your account is unlocked now, you can sign in again." }],
    },
    {
      text: "We've credited £15 to your account for the missed slot.",
      customer: "The engineer didn't turn up for my installation this morning and nobody called.",
      findings: [{ flagged: '', at: 0, output: "I'm sorry the engineer didn't turn up for your installation this morning. We've credited £15 to your account for the missed slot." }],
    },
    // How people really complain: slang, emoji, shouting, fragments, repeated failure.
    { text: 'Can you DM us the email on the account?', customer: 'this app is trash, logs me out every 5 mins', findings: [{ flagged: '', at: 0 }] },
    { text: 'Send us a DM with your order number please.', customer: 'STILL no parcel 😡', findings: [{ flagged: '', at: 0 }] },
    { text: 'Which version of the app are you on?', customer: 'and now its doing it again', findings: [{ flagged: '', at: 0 }] },
    { text: 'Could you tell us your router model?', customer: 'wifi dead for 3 days, nobody answers the phone', findings: [{ flagged: '', at: 0 }] },
    { text: "Let's take a look. What does the error say?", customer: "cant get the checkout to work, any ideas?", findings: [{ flagged: '', at: 0 }] },
    // Trouble in unusual words: fines, outages, spinning apps, forced upgrades, error codes, failed renewals, refusals.
    { text: "Parking fines are reviewed within 10 working days of an appeal.", customer: "got a £50 fine for parking outside the zone but I was inside it", findings: [{ messageId: "missing", flagged: "", at: 0, output: "I'm sorry about the trouble with this charge. Parking fines are reviewed within 10 working days of an appeal." }] },
    { text: "Our engineers restored supply at 14:05.", customer: "Power cut again on our street", findings: [{ messageId: "missing", flagged: "", at: 0, output: "I'm sorry for the trouble this has caused. Our engineers restored supply at 14:05." }] },
    { text: "Hang tight, the ride has now been ended from our side.", customer: "can't end my ride, app just spinning", channel: "chat", findings: [{ messageId: "missing", flagged: "", at: 0, output: "I'm sorry for the trouble this has caused. Hang tight, the ride has now been ended from our side." }] },
    { text: "I've asked the branch manager to review the £60 charge.", customer: "At the desk they made me pay £60 to upgrade to the car I'd already booked.", findings: [{ messageId: "missing", flagged: "", at: 0, output: "I'm sorry for the trouble this has caused. I've asked the branch manager to review the £60 charge." }] },
    { text: "The 502s came from a failed load balancer, now replaced.", customer: "Our API has been returning intermittent 502s since 06:00.", findings: [{ messageId: "missing", flagged: "", at: 0, output: "I'm sorry your API has been returning intermittent 502s since 06:00. The 502s came from a failed load balancer, now replaced." }] },
    { text: "Your season ticket now renews on the 1st.", customer: "my season ticket didn't auto renew and I got a penalty fare", findings: [{ messageId: "missing", flagged: "", at: 0, output: "I'm sorry your season ticket didn't auto renew and you got a penalty fare. Your season ticket now renews on the 1st." }] },
    { text: "Gate staff follow the sizer rules.", customer: "The gate staff wouldn't even look at my bag.", findings: [{ messageId: "missing", flagged: "", at: 0, output: "I'm sorry the gate staff wouldn't even look at your bag. Gate staff follow the sizer rules." }] },
    // A word of praise alone after a grievance is sarcasm.
    { text: "Hi, can you DM us your order number?", customer: "ordered a medium, got an XL. great.", findings: [{ messageId: "missing", flagged: "", output: "Hi, I'm sorry — I can see how frustrating this has been. Can you DM us your order number?" }] },
    // A verdict on the cause is no acknowledgement of the trouble.
    { text: "Which model is it? It doesn't sound like a battery fault to me.", customer: "my kindle won't charge past 40%", findings: [{"messageId":"missing","flagged":"","output":"I'm sorry for the trouble this has caused. Which model is it? It doesn't sound like a battery fault to me."}] },
    // Things that snap or arrive bent; a top-up that never happened.
    { text: "A new wheel goes out today by tracked post.", customer: "the pram wheel snapped", findings: [{"messageId":"missing","flagged":"","output":"I'm sorry the pram wheel snapped. A new wheel goes out today by tracked post."}] },
    { text: "A new wheel goes out today.", customer: "the bike came with a bent wheel", findings: [{"messageId":"missing","flagged":"","output":"I'm sorry the bike came with a bent wheel. A new wheel goes out today."}] },
    { text: "The top-up has gone through now.", customer: "my card wasn't topped up", findings: [{"messageId":"missing","flagged":"","output":"I'm sorry your card wasn't topped up. The top-up has gone through now."}] },
    // What came is not what was ordered ("ordered a size 10, got a size 6", "ordered blue and you sent red").
    { text: "Hi! Please DM us your order number and we'll swap it.", customer: "ordered a size 10, got a size 6. again.", findings: [{"messageId":"missing","flagged":"","at":4,"output":"Hi! I'm sorry for the trouble this has caused. Please DM us your order number and we'll swap it."}] },
    { text: "Please DM us your order number.", customer: "I ordered blue and you sent red", findings: [{"messageId":"missing","flagged":"","at":0,"output":"I'm sorry you ordered blue and we sent red. Please DM us your order number."}] },
  ],
});
