import rule from '../../src/rules/deflection';
import { runRuleTests } from './tester';

const T = '[time]';

runRuleTests(rule, {
  valid: [
    { text: "You'd like to speak to a manager? Sure, I'll arrange a call back at 3pm.", customer: 'Manager please.' },
    { text: 'Would you like me to call the store for you?', customer: 'Is it in stock?' },
    { text: 'Would you mind popping a photo over here so I can sort it?', customer: 'Item damaged.' },
    { text: 'If you contact your bank, please quote reference R-4471 - the refund left us today.', customer: 'Refund not showing.' },
    { text: "If you speak to a manager in store, mention this chat and they'll honour the price - I've added a note to your account.", customer: 'Price match?' },
    { text: "If you call us from the app, you'll skip the security questions.", customer: 'My card.' },
    { text: "If the seller doesn't reply by Friday, let me know and I'll step in.", customer: 'Refund from the seller?' },
    { text: "Try the link again, it should work now.", customer: 'The link is broken.' },
    { text: "Try restarting the app and let me know if it's still stuck.", customer: 'App frozen.' },
    { text: 'The refund was issued yesterday, your bank will have to release it, usually within 2 days.', customer: 'Refund pending.' },
    { text: "I reported it to the police first thing this morning and will share the reference by noon.", customer: 'Crime reference?' },
    { text: "I'll let the driver know, and I've refunded your fare.", customer: 'The driver was rude.' },
    { text: 'Great! Let the team know if you need anything else.', customer: 'Thanks, all sorted.' },
    { text: "Please tweet us a photo when it arrives, we'd love to see it!", customer: 'Love this.' },
    { text: "The restaurant has your order and it's 10 minutes away.", customer: 'Where is my order?' },
    // Another business named, but as a fact or with the agent acting: no errand for the customer.
    { text: "The venue sets the start time and it's 7pm, doors at 6:30. Enjoy!", customer: 'What time does it start?' },
    { text: "Your bank will be the one to send the new card, and I've already asked them to rush it - it'll arrive Tuesday.", customer: 'I lost my card.' },
    { text: 'Thanks! The organiser runs a great show, have fun on Saturday.', customer: 'Got my tickets!' },
    { text: "The council manages the parking permits, but I can renew yours from here - just confirm your reg.", customer: 'Who do I pay for my permit?' },
    { text: "Claims need to be submitted through our portal - I've done that for you, reference 4471.", customer: 'When is my refund?' },
    { text: "I've reported it through our courier portal and will update you by 5pm.", customer: 'Parcel missing.' },
    // Their look-alikes: a how-to asked for, done first then the steps for next time, "they're on their way", our own
    // thread, the agent acting on where a request goes, our hours.
    { text: "You can cancel any time in Settings > Subscription, it takes two minutes.", customer: "how do i cancel?" },
    { text: "Done! You can also change it any time in Settings > Profile.", customer: "Can you update my address?" },
    { text: "Your order is with the courier, they're on their way to you now.", customer: "Where is my order?" },
    { text: "Billing queries are best sent to me here and I'll sort them straight away.", customer: "My bill is wrong." },
    { text: "Faulty parts need to go to the returns centre, so I've booked a free courier pickup for tomorrow.", customer: "This part is faulty." },
    { text: "Points queries go to the loyalty team, I've forwarded yours and they'll reply within 24 hours.", customer: "Points gone from my account." },
    { text: "We're best reached on live chat between 9 and 6, or right here on Twitter any time!", customer: "What are your hours?" },
    // Their look-alikes: the agent arranging it with them, their team doing its own work.
    { text: "Although it came from one of our resellers, I've arranged a replacement directly and it ships tomorrow.", customer: "The lens arrived scratched." },
    { text: "Leaks are covered by the installer's guarantee, and I've booked their engineer for Wednesday morning.", customer: "The boiler is leaking." },
    { text: "Our batteries are made by a partner in Wales and their team tests every one by hand.", customer: "Who makes your batteries?" },
    // Their look-alikes: "they" doing what was arranged or asked by the agent, a limit the agent works around.
    { text: "I've spoken to your card provider and they'll be able to refund the second charge today, I'll confirm once it's done.", customer: "Why was I charged twice?" },
    { text: "The parcel is with the courier now, they'll be able to deliver it tomorrow morning.", customer: "Where is my parcel?" },
    { text: "The hotel has confirmed your booking, they'll need to see your ID at check-in.", customer: "Can I change the booking?" },
    { text: "I contacted the airline and they'll have to rebook you, I'll send the new times by 5pm.", customer: "My connection was missed." },
    { text: "Slots can only be changed once per order, so I've moved yours to Thursday for you.", customer: "Can you change my slot?" },
    { text: "Drivers are employed by the delivery company, so I've passed this to them and asked for a reply by Wednesday.", customer: "The driver was rude." },
    // Their look-alikes: the same thread, the product's own steps, the agent already acting, a DM after it.
    { text: "Best to reply here with the order number and I'll check.", customer: 'My order is late.' },
    { text: 'Worth restarting the router first, then tell me if it still drops.', customer: 'My line drops.' },
    { text: "Put your postcode in here and I'll check coverage for you: tel.example/coverage", customer: 'Is there coverage?' },
    { text: "Enter the code at checkout and it'll take 10% off.", customer: 'The code is not working.' },
    { text: "Refunds can be requested at shop.example/returns, but I've already started yours so no need.", customer: 'I want a refund.' },
    { text: "Address changes aren't possible through Twitter, so DM us and we'll do it there.", customer: 'Change my address please.' },
    // Same team in this thread, the agent acting, or a forum offered for tips.
    { text: 'Our live chat team can also see this conversation, so no need to repeat anything.', customer: 'The app is broken.' },
    { text: "The forum post at forum.acme.example/123 explains the fix, and I've applied it to your account.", customer: 'How do I fix the sync bug?' },
    { text: 'We have a community forum at forum.acme.example too if you ever want tips!', customer: 'Thanks for the help!' },
    // Their look-alikes: how a return is sent with the agent acting, a booking made, "best handled by us here".
    { text: "Returns are best sent back with the prepaid label in the box, and I'll refund you as soon as it lands.", customer: "How do I return this?" },
    { text: "Thanks! Your fitting is booked for Tuesday 9-12, you'll get a text the night before.", customer: "Can I book a fitting?" },
    { text: "That one is best handled by us here, so DM us your order number and we'll sort a replacement.", customer: "The screen cracked." },
    { text: "I'll let them know at the depot today and make sure your parcel goes out tomorrow.", customer: "My parcel is stuck." },
    // Their look-alikes: a claim filed by the agent, the customer's own number, a team that handles it for them, our visit.
    { text: "I've filed a claim for the missing item and the refund will reach you by Friday.", customer: "Two items missing from my order." },
    { text: "Our engineers will be able to call you on 07700 900123 tomorrow at 10.", customer: "My boiler is broken." },
    { text: "Our refunds team deals with these and I've sent yours over, they'll email you at the address on your account by Friday.", customer: "Where's my refund?" },
    { text: "We'll need a visit to your home to fit the new meter, I've booked Tuesday at 9.", customer: "My meter is broken." },
    // Their look-alikes: a DM to us, to me or to our account by name, the agent messaging the other account.
    { text: "pls DM us ur order no. and we'll check ^TS", customer: "charged twice on my card" },
    { text: "DM me and I'll sort it from there", customer: "can't log in" },
    { text: "I'll DM @ShopUK myself and get back to you by 4pm", customer: "order never arrived in London" },
    { text: "Give us a follow and DM @ShopHelp your order number, we'll pick it up there.", customer: "order never arrived" },
    { text: "Could you send us a photo of the label here so I can check", customer: "parcel arrived damaged" },
    { text: "Could you try restarting the app and tell me if it helps", customer: "app frozen" },
    // Its look-alike: the agent referring it, with a date.
    { text: "I have referred your complaint to our Customer Relations team, who will write to you by 12 March.", customer: "I want to complain." },
    // Their look-alikes: our line beside this thread, a form the agent filled in, steps on the app itself.
    { text: "You can reach us 24/7 on 0800 123 4567 or right here!", customer: "how can I reach you" },
    { text: "Sorry for the hassle! The form is here, but I've filled it in for you already: shop.example/r/123", customer: "need a refund form" },
    { text: "Sorry! The fix is out now - update from the App Store and you're good to go!", customer: "still not fixed" },
    { text: "Sorry about that! I'd recommend updating the app to the latest version first, then give it another go.", customer: "app login broken" },
    { text: 'You can file a claim in the app, or I can file it for you right now.', customer: 'An item is missing.' },
    { text: "We can't discuss this on Twitter, so please DM us your order number.", customer: 'Where is my order?' },
    { text: "Twitter isn't the right place for this, so please DM us and we'll sort it straight away.", customer: 'My account was charged twice.' },
    // Look-alikes of those: the agent still acting, or the customer's own steps inside the product.
    { text: "Your best bet is to restart the app, and I'll keep an eye on it.", customer: 'The app crashes.' },
    { text: 'Go back to the home screen and tap Settings, then Log out.', customer: 'How do I log out?' },
    { text: "We are the ones who can fix this, so leave it with me.", customer: 'Can you fix it?' },
    { text: "That's a Samsung issue we've seen before - I've sent you the fix below.", customer: 'My phone keeps restarting.' },
    { text: "The courier is responsible for the delay, so I've claimed compensation for you.", customer: 'My parcel is late.' },
    { text: 'I had a word with the warehouse and your replacement ships today.', customer: 'It arrived broken.' },
    { text: 'On the app you can cancel in two taps, or I can do it for you now.', customer: 'Cancel please' },
    { text: "This needs to go to our billing team, so I've passed it on and they'll email you by 5pm.", customer: 'My bill is wrong.' },
    // What a party does as arranged, or the agent's own action beside a party's: no deflection.
    { text: "I've called your bank and they can reverse the charge today, I'll confirm by 3pm.", customer: 'I was charged twice.' },
    { text: 'Your refund went out today; your bank can take 3-5 days to show it.', customer: 'Where is my refund?' },
    { text: 'If your bank can confirm the payment date, that would help us trace it.', customer: 'My payment is missing.' },
    { text: "Could your bank confirm the charge reference? Then I can match it up.", customer: 'What is this charge?' },
    { text: "Thanks for your patience! I've unblocked the card, your bank can help with anything else on their side.", customer: 'My card is blocked.' },
    { text: "Sorry for the wait! The courier will be able to deliver tomorrow before 12, I've set that up for you.", customer: 'My parcel is late.' },
    { text: "Complaints usually go through the form, but I've logged yours myself so no need.", customer: 'The driver was rude.' },
    // Options that inform, futures the customer will simply see, and our own team's timed follow-up.
    { text: "You can check what's available here: rewards.example/balance", customer: "The balance checker doesn't work." },
    { text: "Thanks so much! Check out what's new here: news.example/update", customer: 'Love the new update!' },
    { text: "You'll get an email with the opening hours shortly after you sign up.", customer: 'Is the store open on Sunday?' },
    { text: 'Yes! You can book a slot online at clinic.example/flu.', customer: 'Can I get a flu jab?' },
    { text: "Please allow 2 days for our team to update it, and I'll confirm once it's done.", customer: 'I need my address changed.' },
    { text: "Sorry! We'll call you on your mobile number ending 42 tomorrow at 10am.", customer: 'My refund is late.' },
    { text: 'In line with the delivery estimate, it arrives on Friday.', customer: "Where's my parcel?" },
    { text: "We're always happy to hear ideas, and 200 seats is exactly when a quick call helps." },
    // The same team keeps helping in this thread, or the agent personally.
    { text: 'Please confirm the email on your account by direct message so we can look into it.' },
    { text: 'Try restarting the app, then let us know here if the error comes back.' },
    { text: 'Reach out to me at this address and I will handle it myself: ana@shop.example' },
    { text: 'Kindly see this page for more info: help.example/fees' },
    { text: 'Did you manage to raise a claim with our lost luggage team?' },
    { text: 'When you get a chance, DM us the order number and we will sort it.' },
    // The agent makes the hand-off and owns it.
    { text: "I've passed this to our billing team and they'll email you by 3pm today." },
    { text: "Hi Marta,\n\nI've asked our courier to collect the broken chair on Friday between 9am and 1pm.\n\nBest,\nJonas" },
    { text: "I'll contact the seller myself and update you by 5pm." },
    { text: "I've checked with the courier: your parcel is at the depot and will be delivered tomorrow before noon." },
    { text: "Rather than send you to the bank, I've asked our disputes team to chase the charge, and I'll email you on Friday." },
    { text: "I'm transferring you to our claims specialist now — they can see this chat, so you won't have to repeat anything.", channel: 'chat' },
    { text: 'Our team will call you on Monday at 10am to confirm the new tariff.' },
    // A private channel where the same team keeps helping.
    { text: "DM us your order number and we'll look into it right away.", channel: 'chat' },
    { text: "Please call us on 0800 555 0100 if it happens again and we'll sort it on the call." },
    { text: 'If you have any other questions, just reply to this email.' },
    { text: "Please send me a screenshot of the error and I'll check it straight away.", channel: 'chat' },
    // Negated or hypothetical.
    { text: "You won't need to contact your bank — I've already reversed the charge." },
    { text: "No need to call the airline; I've rebooked you onto the 14:10 flight." },
    { text: "Normally you'd need to contact the seller for this, but I've arranged the return for you and the label is attached." },
    { text: "There's nothing you need to do: the refund is already on its way and lands within 3 working days." },
    // A link offered alongside continued help, and self-service inside our own product.
    { text: "Here's the guide: help.example/sso. If anything is unclear, reply here and I'll walk you through it." },
    { text: "Hi Ola,\n\nThere's a short guide at help.example/pause — or just tell me the date and I'll pause the subscription for you now.\n\nThanks,\nRuth" },
    { text: 'Go to Settings > Billing > Invoices and click Download.' },
    // A same-company emergency line as backup to something already booked.
    {
      text: "Hi Mr Ahmed,\n\nThanks for reporting the leak. I've booked an engineer for Thursday between 8am and 12pm. If the water gets worse before then, call our emergency line on 0800 555 0199 and quote ref WX-2210.\n\nBest regards,\nLena",
    },
    // The customer's own words.
    { text: 'You mentioned the last agent told you "you\'ll need to contact your bank" — that was wrong, and I\'ve raised the refund myself.' },
    { text: "Hi Sam,\n\n> Your chat agent said I'd have to call my bank.\n\nI've reversed the duplicate charge today; it shows within 2 working days.\n\nThanks,\nIvo" },
    // Look-alikes: banks, stores and forwarding that send nobody anywhere.
    { text: 'Please keep your receipt in case the bank asks for it.' },
    { text: 'You can forward them the confirmation email if your guests ask.' },
    { text: 'Your bank statement will show the refund within 5 working days.' },
    { text: 'The store manager has already approved your exchange, so the new size ships today.' },
    { text: "Let me know your booking reference and I'll add the extra bag for you.", channel: 'chat' },
    { text: "You can call the courier if you like, but I've already arranged the redelivery for tomorrow morning." },
    { text: "We'll contact your bank for you and let you know what they say by Friday." },
    { text: 'If your bank asks, the reference for the refund is RF-2231.' },
    { text: 'Please check your spam folder for the confirmation email.', channel: 'chat' },
    // Generalisation guards: impersonal advice, contact details, hands tied and up-to statements that still own the problem.
    { text: "I've rung the store myself and they're holding the exchange for you until Saturday." },
    { text: "It's best to keep the receipt until the refund shows; I've already issued it." },
    { text: "The quickest way to get your refund is the one I've already started: it lands on Friday." },
    { text: "Our hands aren't tied here: I've refunded the fee today." },
    { text: "Here's their number in case you need it, but there's no need to call: I've arranged the redelivery for Tuesday." },
    { text: "We have no control over the weather, but I've rebooked your delivery for Friday between 9am and 12pm." },
    { text: "Returns must be sent to us within 30 days; I've emailed you a free label." },
    { text: "It's up to you which colour you pick." },
    { text: "Your engineer can be reached on the day via the link in your confirmation text." },
    { text: "If you'd like, I'd be happy to call the courier for you and update you by 3pm." },
    // Said to be someone else's, and then acted on, or only explained: no deflection.
    { text: "Refunds are processed by your bank and usually take 3-5 working days to show.", customer: "where is my refund" },
    { text: "The refund was issued by us yesterday; your bank may take a few days to show it.", customer: "where is my refund" },
    { text: "Payments are handled by Stripe, so we never see your card details.", customer: "is my card safe" },
    { text: "Sorry about that! The line is operated by Northern, but I've logged a delay repay claim for you: ref DR-2231.", customer: "my train was late" },
    { text: "It's with the courier now and should arrive tomorrow before noon.", customer: "the parcel is late" },
    { text: "Sorry for the wait. Deliveries are carried out by DPD; I've asked them to prioritise yours and it's due tomorrow.", customer: "the parcel is late" },
    { text: "Address changes can only be done before dispatch, and yours hasn't shipped yet, so I've updated it for you.", customer: "can I change my address" },
    { text: "Good news: rather than wait for the next cycle, I've credited the £20 today.", customer: "my bill is wrong" },
    { text: "Prices are set by the venue, but we've waived our booking fee on your order as a thank-you.", customer: "why is it expensive" },
    { text: "Our engineer will need to check the pressure valve when he visits on Tuesday at 9am.", customer: "who will fix my boiler" },
    { text: "Thanks for reaching out! This is something we can sort today: I've reset your access.", customer: "can you help" },
    { text: "Your order is fulfilled by our warehouse in Leeds and ships tomorrow.", customer: "my order" },
    { text: "Yes, repairs are covered by your warranty, and I've booked one for Thursday.", customer: "is this covered" },
    { text: "Sure, that would be one for me! Attached is your receipt. Thanks!", customer: "I need a receipt" },
    { text: "You're right and it's on our end, sorry. I've sent a replacement today.", customer: "you broke it" },
    { text: 'If it happens again please call us.', customer: 'app crashed once' },
    { text: "We're the best place to start with this, so I've opened a case for you.", customer: 'wrong charge on card' },
    { text: "Have you tried restarting the router? If not, I'll walk you through it here.", customer: 'wifi keeps dropping' },
    { text: "I've passed this to our billing team and they'll be happy to help you by 5pm today.", customer: 'still cant book' },
    { text: "Thanks! They'll be happy to hear it.", customer: 'your driver was lovely' },
    { text: "DM us your booking ref and we'll be happy to help.", customer: 'still cant book' },
    // "Not on this channel" that goes on helping here (a DM is still us), an idiom, and help of its own beside an errand.
    { text: "We can't see payment details on here. Please DM us your email and I'll check it for you.", customer: 'my payment failed twice' },
    { text: "We can't share personal details on here, so I've sent you a DM to confirm your address.", customer: 'my order is missing' },
    { text: "We can't wait to see you on Twitter!", customer: 'love the new range' },
    { text: "Pop your order number in a DM and we'll take it from there.", customer: 'my delivery is late' },
    { text: "You can track it at shop.example/track and I'll keep an eye on it too.", customer: 'where is my parcel' },
    { text: "Sorry about this! I asked the store manager and they'll refund the difference to your card today.", customer: 'my bill is wrong' },
    { text: "I've frozen it right away and our fraud team will call you at 2pm.", customer: 'someone used my card' },
    // Help that is ours and on its way, news of what was done, a stopgap beside a date, an address that only contains "help".
    { text: 'Sorry! Our support team can see your order and will email you by noon with the replacement date.', customer: 'my order arrived damaged' },
    { text: 'Our engineers fixed the outage this morning, more at https://t.co/status', customer: 'the site was down' },
    { text: "Ugh, sorry! Our developers are aware and a fix ships Friday; the Help Centre has a workaround meanwhile: https://t.co/w", customer: 'the app crashes' },
    { text: 'Our platform team is investigating and will post updates on status.shop.example', customer: 'the site is down' },
    { text: 'Our setup guide is here: docs.example/help/setup, and I have booked you a call with an engineer on Thursday at 2pm.', customer: 'where do we start with setup?' },
    { text: 'Thanks! Our support team is always here if you need anything: https://t.co/help', customer: 'love the new app' },
    { text: 'We are best to speak to about this, just reply here.', customer: 'my bill is wrong' },
    { text: "You can claim it at https://t.co/dr whenever you like.", customer: 'love the app, will the offer come back?' },
    // The maker asked by us, what we can tell, a team that found it, payments that "go through", our own team.
    { text: "Sorry! I've asked the studio that made the game to look at it, and I'll update you by Friday.", customer: "the game keeps crashing" },
    { text: "I can tell you more: it's the annual fee, and I've refunded it as a goodwill gesture.", customer: "what's this charge?" },
    { text: "Our Irish team found your parcel and it's out for delivery today.", customer: "where is my parcel?" },
    { text: "Payments go through on the 1st of each month.", customer: "when do you take payment?" },
    { text: "The team that runs our app can fix it, and I've asked them to do it today.", customer: "can you fix my app?" },
    // Steps after something done, thanks for a chat that happened, a chat the agent will have.
    { text: "Done! I've unlocked it, check your email for the link 👍", customer: "I'm locked out" },
    { text: "Thanks for the chat with our team today!", customer: "my order is late" },
    { text: "I'll have a quick chat with the courier and update you by 5pm.", customer: "my parcel is late" },
    // A DM that stays with us, another business's people already asked by the agent, "make sure" before a copula.
    { text: "Sorry! DM us your order number and we'll resend them, we look after all tickets here.", customer: "my tickets never arrived" },
    { text: "So sorry! I've called the airport's baggage team myself and they're tracing it, update by 6pm.", customer: "my case is lost" },
    { text: "I've asked the courier's team to trace it and I'll update you by Friday.", customer: "my parcel is missing" },
    { text: "Sorry! Make sure the address is right and I'll reissue the bill today.", customer: "my bill is wrong" },
    // The customer's own people, asked where a parcel went, take nothing over.
    { text: "Sorry! Please check with your neighbours and around your property, then DM us.", customer: "my parcel says delivered but it isn't here" },
    { text: "I've asked your IT team to reset it, they'll confirm by 3pm.", customer: "cant log in" },
    { text: "I've rebooked you with the airline for the 14:05.", customer: "my flight was moved" },
    { text: "It's us you need to speak to, so just reply here with your booking ref.", customer: "can you fix my booking" },
    // A best way that is reading, not another channel; the agent best placed.
    { text: "The best way to avoid phone scams is in this link: https://t.co/x.", customer: "please get back to me" },
    { text: "I'm best placed to look into this, so leave it with me.", customer: "can you help" },
    { text: "The refund will have to come from the finance team, who I've asked to send it today.", customer: "my refund" },
    // A colleague by name; what was done for the customer; reached here; booked with us; a thing that can be arranged.
    { text: "Sarah can refund that for you now.", customer: "I was charged twice" },
    { text: "Your address has been changed and can be edited in your account under Profile > Addresses.", customer: "my orders still go to my old address" },
    { text: "Our team can be reached here around the clock.", customer: "my order is late" },
    { text: "As you booked with us, I've moved you to the next flight.", customer: "my flight was cancelled" },
    { text: "Collection can be arranged for Monday morning.", customer: "my fridge is faulty" },
    // The agent raised it there; a request already made for them.
    { text: "I've raised it on their forum myself and will post their answer here by Friday.", customer: "the theme broke my shop" },
    { text: "Your refund has been requested via the travel site and will reach you by Monday.", customer: "my hotel room was filthy" },
    // The option "if it's easier" beside the agent's own help; the party seeing them as booked; our team by name with a time.
    { text: "Pop into any branch if it's easier, but I can sort a refund from here too.", customer: "my shoes fell apart" },
    { text: "The optician would be happy to see you, and I've booked you in for 10am Monday.", customer: "my lenses are scratched" },
    { text: "The Support Team will email you by 5pm today.", customer: "my parcel is late" },
    // Someone else asked to call the customer: the agent did the hand-off.
    { text: "I've asked the courier to call you this afternoon.", customer: "my parcel is lost" },
    // The best people are here; the complaint flow offered beside the agent's own help.
    { text: "The best people to help are right here, so DM us the details.", customer: "the driver was rude" },
    { text: "You can leave a complaint via our website if you'd like, or I can log it for you now.", customer: "the driver was rude" },
    // Their refund is on its way: nothing pointed to.
    { text: "I've called our partner and their refund is on its way to you today.", customer: "the vending machine ate my coins" },
    // Steps in the product's menus are the answer itself.
    { text: "Go to Settings > Alerts and turn them on.", customer: "how do I turn on alerts?" },
    // The business that holds it, asked by the agent.
    { text: "That one's with Hermes now and I've asked them to deliver it tomorrow.", customer: "my parcel is stuck at the depot" },
    // The claim made by the agent.
    { text: "I've claimed the compensation for you on our website; it pays out within 5 days.", customer: "my train was late" },
    // Watching it oneself is no errand; our own tracking page; a noun the tagger took for a verb, done by the agent.
    { text: "Yes, it's out for delivery, you can follow it live here: https://t.co/k3", customer: "is my parcel coming today?" },
    { text: "Yes! Our tracking page will show it live: https://t.co/k4", customer: "is my parcel coming today?" },
    { text: "Book changes can be tricky, so I've done it for you - you're on the 9am.", customer: "can you book me on the 9am?" },
    // A step inside another product, its menu path in brackets; a real condition; help given first.
    { text: "Try clearing the cache in Chrome (Settings > Privacy > Clear data), that usually fixes it.", customer: "the page won't load" },
    { text: "Readings can be updated if the app shows Account > Meter.", customer: "my meter reading is wrong" },
    { text: "I've fixed it, and readings can be updated any time in the app under Account > Meter.", customer: "my meter reading is wrong" },
    // The advice followed by the agent doing it; done by another but chased; this thread "the place"; staff told by us.
    { text: "Best thing is to resend it, I've just done that for you.", customer: "my ticket won't scan" },
    { text: "It was sent by DPD, not us, but I've chased them and it's due by noon.", customer: "my parcel is late" },
    { text: "Sorry! This is the place to sort it, I've refunded the second charge.", customer: "my card was charged twice" },
    { text: "I've told the staff at the station, they'll let you through.", customer: "my ticket won't scan" },
    // Requested through our team and done; our partner got on to by the agent; changed by us "rather than" elsewhere.
    { text: "Seat refunds are requested through our team, and I've done yours: £18 back by Friday.", customer: "my seat refund?" },
    { text: "Engineers are booked by our partner, so I've got on to them and you're rebooked for Monday 9-1.", customer: "the engineer never came" },
    { text: "I've changed it from here rather than sending you to Apple, you'll see pounds from today.", customer: "wrong currency on my account" },
    // Not ours to control, but the agent acts; outages to read about beside a fault logged by the agent.
    { text: "Prices are set by the regulator, it's not something we control, but I've moved you to a cheaper fixed deal from today.", customer: "why did my bill go up" },
    { text: "You can see live outages on our status page: https://t.co/ns, and I've logged yours - an engineer calls you by 6pm.", customer: "no signal at home" },
    // The team alerted by the agent; the claim made by the agent; what HMRC will do anyway.
    { text: "Fraud cases are handled by a team I've already alerted, and they'll call you before 6pm.", customer: "my card was used" },
    { text: "Damage claims are made with the courier, so I've made yours: a new TV goes out Thursday.", customer: "the courier broke my tv" },
    { text: "HMRC will pay it within 5 working days of accepting your return.", customer: "where's my tax refund?" },
    // A "maybe" step to try oneself; what the agent did, "you may wish to know"; checking where the agent put it back.
    { text: "Maybe try logging out and back in? That clears it for most people.", customer: "cant log in to the parking app" },
    { text: "You may wish to know I've rebooked you for 8-10am tomorrow.", customer: "my delivery slot got cancelled" },
    { text: "I've put it back under Wallet > Credits, worth double checking there in a minute.", customer: "my credit disappeared" },
    // Steps to go through, then the agent acts; a free return with the label sent; the surgery asked by the agent.
    { text: "You'll have to go through the steps below to confirm it, then I'll process it.", customer: "refund for my hotel?" },
    { text: "You can return it free; I've emailed you a label.", customer: "wrong item in my box" },
    { text: "We can't do anything from our side yet, but I've asked your GP surgery to send them to you by Friday.", customer: "I need my records" },
    // Alerts to sign up for bring news to the customer: no errand.
    { text: "Not sure yet! It's worth signing up for stock alerts on the product page.", customer: "will you restock the green one?" },
    // A topic, then the imperative, no comma between; the party itself needed, not a number or what it gave.
    { text: "For orders over £50 delivery is free.", customer: "delivery fee?" },
    { text: "You'll need your booking reference and the card you paid with.", customer: "my hotel booking isn't showing" },
    { text: "You'll need the reference number the bank gave you, it's on the email I sent.", customer: "my refund hasn't arrived" },
    { text: "You won't need your bank for this, I've refunded it just now.", customer: "charged twice" },
    // A screen's own steps ("Restore purchases", "Exchange size") are the answer; a routing the agent took on; a guess asked.
    { text: "Tap 'Restore purchases' and they'll come back.", customer: "the app lost my purchases" },
    { text: "Tap 'Exchange size' on the order and pick the one you need, it's free.", customer: "wrong size sent" },
    { text: "This needs to go to our returns team, so I've passed it over and they'll email you by 3pm.", customer: "I want to return this" },
    { text: "Could they have sent it to the wrong address? I'm checking with the depot now and will update you by 5pm.", customer: "my parcel went missing" },
    // Another's number given beside help already arranged; our own store offered beside help here; our own inbox.
    { text: "Their number is 0800 123 456 if you want it, but I've already asked them to ring you by 5pm.", customer: "the tv app won't load" },
    { text: "We can sort it out for you in store, or I can refund it here now if you send the receipt.", customer: "the till overcharged me" },
    { text: "DM us and keep an eye on your inbox for our reply.", customer: "no reply yet" },
    // A day after "from" is no business; a partner named with help already asked of them; a refund said as a fact.
    { text: "Your order ships from Monday so they'll be with you by Friday.", customer: "where's my order?" },
    { text: "The codes come from our partner UNiDAYS, I've asked them to reissue yours today.", customer: "my student discount won't apply" },
    { text: "Your bank will refund it within 5 days.", customer: "the item is fake" },
    // Whose it is, then the answer with its time; our own page named; a time after "done by".
    { text: "Deliveries are handled by Yodel and yours is due tomorrow between 10 and 11am.", customer: "where's my parcel" },
    { text: "Seat changes are made in Manage Booking on our site, or I can do it for you here - which seat would you like?", customer: "can I swap my seat?" },
    { text: "It'll all be done by Friday, I'll confirm once it is.", customer: "when will my repair be done?" },
    // "Not one to raise with…" beside help done; "one to watch" names no errand.
    { text: "That's not one to raise with your bank, I've refunded the second charge today.", customer: "charged twice" },
    { text: "It's one to watch, but I've already refunded you.", customer: "the new menu is spicy" },
    // A party's ability beside help already done, with or without a condition.
    { text: "The courier can redeliver if you're not in, I've booked it for tomorrow 8-12.", customer: "my parcel wasn't delivered" },
    { text: "Your bank can raise a dispute if needed, but I've already refunded the second charge.", customer: "you double charged me" },
    // A party that "will have" the parcel, not the answer; "who to ask" beside help done.
    { text: "The courier will have it with you by Friday.", customer: "where's my parcel?" },
    { text: "That's who to ask if it happens again, but I've sorted it this time.", customer: "my refund is late" },
    // Our own engineer booked; another's page beside help done.
    { text: "It needs a qualified engineer, I've booked ours for Tuesday 9am.", customer: "my boiler is broken" },
    { text: "You can see their reply on their site, I've already sent your refund.", customer: "my refund is late" },
    // A how-to for a customer who asked whether they can; a form already filled in; a team the agent passed it to; a
    // pointing denied.
    { text: "If you head over to the Orders page you can download any receipt from there 🙂", customer: "can I get a copy of my receipt?" },
    { text: "There's a form for that, but I've filled it in for you already.", customer: "can I change my policy address?" },
    { text: "We have a dedicated team for this, I've passed it to them and they'll call you by Friday.", customer: "my flat has mould" },
    { text: "I won't point you to another team, I'll sort it myself today.", customer: "the app charged me twice" },
    // Our own staff, already sent up.
    { text: "Our staff can help with that, I've asked them to come up now.", customer: "the room safe won't open" },
    // Our own team, in this thread.
    { text: "Our team is the place to complain, DM us and I'll take it from here.", customer: "the coach driver was rude" },
  ],
  invalid: [
    // Someone else who "will be happy to help" (with no hand-off by the agent), and the best way being a link.
    { text: "They'll be glad to guide you through the booking form.", customer: "still can't book, tried two browsers", findings: [{ messageId: 'notOurs', flagged: "They'll be glad to guide" }] },
    { text: "If you'd like to return it to your nearest branch, our staff there can help with that.", customer: 'the lamp arrived scratched', findings: [{ messageId: 'deflect', flagged: "If you'd like to return it to your nearest branch", output: 'Let me sort this out for you from here and update you by [time].' }] },
    { text: 'Voting on https://t.co/abc is the best way to get it noticed.', customer: 'please bring back the old layout', findings: [{ messageId: 'notOurs', flagged: 'Voting on https://t.co/abc is the best way' }] },
    // Asked whether they tried someone else, told someone else would know, or where to start elsewhere.
    { text: 'Have you tried contacting the manufacturer?', customer: 'headphones stopped working', findings: [{ messageId: 'deflect', flagged: 'Have you tried contacting the manufacturer' }] },
    { text: "We don't have access to that info, your carrier would though.", customer: "where's my package", findings: [{ messageId: 'notOurs', flagged: 'your carrier would though' }] },
    { text: 'Your card issuer is the best place to start with this one.', customer: 'wrong charge on card', findings: [{ messageId: 'notOurs', flagged: 'Your card issuer is the best place to start' }] },
    // Terse pointers: "please" mid-clause, a bare domain, another account's handle, "the right direction".
    { text: 'For refund questions please head to https://t.co/abc123', customer: 'refund? been 3 weeks', findings: [{ messageId: 'resource', flagged: 'please head to https://t.co/abc123' }] },
    { text: 'Please request a refund at reportaproblem.apple.com', customer: 'charged for a cancelled sub', findings: [{ messageId: 'resource', flagged: 'Please request a refund at reportaproblem.apple.com' }] },
    { text: 'Our friends at @XboxSupport can help with that one!', customer: 'my xbox wont connect', findings: [{ messageId: 'notOurs', flagged: '@XboxSupport can help with that one' }] },
    { text: 'Let us point you in the right direction: https://t.co/xyz789', customer: 'problem with my phone bill', findings: [{ messageId: 'notOurs', flagged: 'point you in the right direction' }] },
    // The problem said to be someone else's, and left there (handled by, best bet, the ones to ask, rather than us).
    { text: "That would be handled by your card issuer, they can trace it for you.", customer: "My refund never arrived", findings: [{ messageId: 'notOurs', flagged: "That would be handled by your card issuer" }] },
    { text: "Warranty claims are dealt with by the manufacturer, their details are on the box.", customer: "the product broke after a week", findings: [{ messageId: 'notOurs', flagged: "Warranty claims are dealt with by the manufacturer" }] },
    { text: "Sounds like a line fault, your landlord's provider would need to look at that.", customer: "My internet is down", findings: [{ messageId: 'notOurs', flagged: "your landlord's provider would need to look at that" }] },
    { text: "Your bank would be the ones to ask about that, we don't see why payments get declined.", customer: "My payment failed", findings: [{ messageId: 'notOurs', flagged: "Your bank would be the ones to ask" }] },
    { text: "We're not able to advise on tax matters, a tax professional would be your best option.", customer: "I need help with my tax form", findings: [{ messageId: 'notOurs', flagged: "a tax professional would be your best option" }] },
    { text: "Coupons are issued by our partners so any issues need to go to whoever sent it.", customer: "the coupon doesnt work", findings: [{ messageId: 'notOurs', flagged: "any issues need to go to whoever" }] },
    { text: "The hotel will be able to assist with that since they took the payment.", customer: "hotel charged me twice", findings: [{ messageId: 'notOurs', flagged: "The hotel will be able to" }] },
    { text: "Refunds are processed by your bank, so they'd be the best ones to check on it.", customer: "where is my refund", findings: [{ messageId: 'notOurs', flagged: "they'd be the best ones to check" }] },
    { text: "That's on the courier's side now, their tracking will have the latest.", customer: "my package is late", findings: [{ messageId: 'notOurs', flagged: "That's on the courier's side" }] },
    { text: "This would be one for the game's developer, they'd know more.", customer: "game keeps crashing", findings: [{ messageId: 'notOurs', flagged: "This would be one for the game's developer" }] },
    { text: "That's a known issue with your phone's OS, Apple support would be your best bet.", customer: "app won't load", findings: [{ messageId: 'notOurs', flagged: "Apple support would be your best bet" }] },
    { text: "The pension provider holds that info, not us. Their details are on your statement.", customer: "can't access my pension", findings: [{ messageId: 'notOurs', flagged: "The pension provider holds that info, not us" }] },
    { text: "Disputes are raised through your card provider rather than us.", customer: "dispute a charge", findings: [{ messageId: 'notOurs', flagged: "Disputes are raised through your card provider rather than us" }] },
    // Offered channels where someone new picks it up, self-serve for a customer who asked us, outside parties to wait on.
    { text: 'Hi Sam, you can ring us on 0800 123 4567 or use live chat at help.example/chat ^JT', customer: 'My card got declined twice at checkout.', findings: [{ messageId: 'channel', flagged: 'you can ring us on 0800 123 4567 or use live chat at help.example/chat' }] },
    { text: 'You can book a callback at help.example/callback -Dana', customer: 'Been on hold for an hour.', findings: [{ messageId: 'channel', flagged: 'You can book a callback at help.example/callback' }] },
    { text: 'Try our colleagues at @ShopHelpDesk, they look after marketplace orders.', customer: 'My parcel from your marketplace never showed.', findings: [{ messageId: 'deflect', flagged: 'Try our colleagues', output: "I'll contact our colleagues myself and update you by [time]." }] },
    { text: 'Self-serve refund and replacement options are at help.example/returns ^MK', customer: 'Wrong size delivered again.', findings: [{ messageId: 'resource', flagged: 'Self-serve refund and replacement options are at help.example/returns' }] },
    { text: 'Any damage needs to be assessed in person at the airport within 24 hours.', customer: 'My suitcase arrived smashed.', findings: [{ messageId: 'notOurs', flagged: 'Any damage needs to be assessed in person' }] },
    { text: "You can check what's available here: rewards.example/balance ^SL", customer: 'The balance checker says zero, can you check my points?', findings: [{ messageId: 'resource', flagged: "You can check what's available here: rewards.example/balance" }] },
    { text: 'Please wait two working days for the seller to reply. Let us know how it goes!', customer: 'Never got my order from a seller on your site.', findings: [{ messageId: 'deflect', flagged: 'wait two working days for the seller to reply' }] },
    { text: "We're not a participating retailer for that offer. Details: offers.example/terms", customer: "Why didn't I get the bonus?", findings: [{ messageId: 'notOurs', flagged: "We're not a participating retailer" }] },
    { text: "Our billing team can look at that for you on 0345 000 1111, they're open till 8.", customer: 'My phone bill doubled.', findings: [{ messageId: 'channel', flagged: 'Our billing team can look at that for you on 0345 000 1111' }] },
    { text: "I'd advise taking it back with the receipt to your nearest Homeway, the staff there can swap it.", customer: 'The blender I bought is faulty.', findings: [{ messageId: 'deflect', flagged: "I'd advise taking it back with the receipt to your nearest Homeway" }] },
    // Another channel of the same company is still somewhere else to start again.
    { text: 'Sorry about that! Please reach us by phone or live chat here: help.example/contact', findings: [{ messageId: 'channel', flagged: 'Please reach us by phone or live chat here: help.example/contact' }] },
    { text: 'Happy to help! Send us a note through help.example/form so the team can take a look.', findings: [{ messageId: 'channel', flagged: 'Send us a note through help.example/form' }] },
    { text: 'Please share the details through this form: help.example/claims', findings: [{ messageId: 'channel', flagged: 'Please share the details through this form: help.example/claims' }] },
    { text: "We'd be glad to dig into this with you here: help.example/chat", findings: [{ messageId: 'channel', flagged: "We'd be glad to dig into this with you here: help.example/chat" }] },
    { text: 'Please write to us so we can take a look: help.example/write', findings: [{ messageId: 'channel', flagged: 'Please write to us' }] },
    { text: 'Live chat is available on our help page from 8am to 8pm.', findings: [{ messageId: 'channel', flagged: 'Live chat is available on our help page from 8am to 8pm' }] },
    { text: 'Cancelling the plan can be done here: account.example/cancel', findings: [{ messageId: 'resource', flagged: 'Cancelling the plan can be done here: account.example/cancel' }] },
    { text: 'Have you spoken with your bank about the missing refund?', findings: [{ messageId: 'deflect', flagged: 'Have you spoken with your bank about the missing refund' }] },
    {
      text: "Hi Priya,\n\nRefunds for gift cards are handled by the issuer, so you'll need to contact your bank about the charge.\n\nBest,\nTom",
      findings: [
        {
          flagged: "you'll need to contact your bank",
          output: `Hi Priya,\n\nRefunds for gift cards are handled by the issuer, so I'll check this with your bank for you and update you by ${T}.\n\nBest,\nTom`,
        },
      ],
    },
    {
      text: "That's not something we handle here, please reach out to the seller.",
      channel: 'chat',
      findings: [{ flagged: "That's not something we handle here, please reach out to the seller", output: `I'll check this with the seller for you and update you by ${T}.` }],
    },
    {
      text: "Sorry, there's nothing we can do about that from our side.",
      channel: 'chat',
      findings: [{ messageId: 'notOurs', flagged: "there's nothing we can do", output: `Sorry, let me find out what I can do and update you by ${T}.` }],
    },
    {
      text: 'To change your direct debit date, please call our phone line on 0345 555 0199.',
      findings: [{ flagged: 'please call our phone line', output: `To change your direct debit date, I'll contact the right team myself and update you by ${T}.` }],
    },
    {
      text: 'Check with the store where you bought it, as they handle warranty claims.',
      findings: [{ flagged: 'Check with the store', output: `Let me sort this out for you from here and update you by ${T}.` }],
    },
    {
      text: "Our courier partner is a different company, so you'd have to take it up with them.",
      findings: [
        {
          flagged: "Our courier partner is a different company, so you'd have to take it up with them",
          // The rewrite replaces the partner named before "them": it names nobody, so it says what we will do.
          output: `Let me find out what I can do and update you by ${T}.`,
        },
      ],
    },
    {
      text: 'Hi Dev,\n\nPlease follow the steps in this article to reset your router: help.example/router-reset\n\nRegards,\nNet Support',
      findings: [
        {
          messageId: 'resource',
          flagged: 'Please follow the steps',
          output: "Hi Dev,\n\nPlease follow the steps in this article to reset your router: help.example/router-reset — or just reply here and I'll take care of it for you\n\nRegards,\nNet Support",
        },
      ],
    },
    {
      text: 'You should speak to your card provider about the foreign transaction fee.',
      findings: [{ flagged: 'You should speak to your card provider', output: `I'll check this with your card provider for you and update you by ${T}.` }],
    },
    {
      text: 'Dear Mr Okoye,\n\nThank you for your message.\n\nParking fines at the retail park are issued by the car park operator, not by us. You will need to write to the operator directly to appeal.\n\nKind regards,\nCustomer Care',
      findings: [
        {
          flagged: 'You will need to write to the operator',
          output: `Dear Mr Okoye,\n\nThank you for your message.\n\nParking fines at the retail park are issued by the car park operator, not by us. I'll check this with the operator for you and update you by ${T}.\n\nKind regards,\nCustomer Care`,
        },
      ],
    },
    {
      text: "I'd recommend contacting your landlord about the meter cupboard.",
      findings: [{ flagged: "I'd recommend contacting your landlord", output: `I'll check this with your landlord for you and update you by ${T}.` }],
    },
    {
      text: 'Fraud claims for card payments are dealt with by our Disputes team — you can reach them on 0800 555 0111.',
      findings: [
        {
          flagged: 'you can reach them',
          output: `Fraud claims for card payments are dealt with by our Disputes team — I'll check this with them for you and update you by ${T}.`,
        },
      ],
    },
    {
      text: 'The quickest way is to ring the airline and ask them to reissue the ticket.',
      findings: [{ flagged: 'The quickest way is to ring the airline and ask them', output: `I'll check this with the airline for you and update you by ${T}.` }],
    },
    {
      text: "If the parcel still doesn't arrive by Monday, contact the courier and quote your tracking number.",
      findings: [
        {
          flagged: 'contact the courier',
          output: `If the parcel still doesn't arrive by Monday, I'll check this with the courier for you and update you by ${T}.`,
        },
      ],
    },
    {
      text: "Sorry for the hassle! We don't deal with payment disputes in chat, please email disputes@zapcart.example.",
      channel: 'chat',
      findings: [{ flagged: "We don't deal with payment disputes in chat, please email disputes@zapcart.example" }],
    },
    {
      text: 'Your employer controls payslip access, so please ask your HR team to switch it on.',
      findings: [
        {
          flagged: 'please ask your HR team',
          output: `Your employer controls payslip access, so I'll check this with your HR team for you and update you by ${T}.`,
        },
      ],
    },
    {
      text: 'Please fill in the claim form at claims.example/start and attach your receipts.',
      findings: [
        {
          messageId: 'resource',
          flagged: 'Please fill in the claim form',
          output: "Please fill in the claim form at claims.example/start and attach your receipts — or just reply here and I'll take care of it for you.",
        },
      ],
    },
    {
      text: "You'll have to go to a branch with your passport to unlock the account.",
      findings: [{ flagged: "You'll have to go to a branch", output: `Let me sort this out for you from here and update you by ${T}.` }],
    },
    {
      text: 'Delivery slots are set by each store, please check with them directly.',
      channel: 'chat',
      findings: [{ flagged: 'please check with them', output: `Delivery slots are set by each store, so I'll check this with them for you and update you by ${T}.` }],
    },
    {
      text: 'Hi Joe,\n\nThanks for the detail. Warranty repairs are carried out by the manufacturer. We recommend you get in touch with Brightline Audio through their website.\n\nBest,\nKim',
      findings: [
        {
          flagged: 'We recommend you get in touch with Brightline Audio',
          output: `Hi Joe,\n\nThanks for the detail. Warranty repairs are carried out by the manufacturer. I'll check this with Brightline Audio for you and update you by ${T}.\n\nBest,\nKim`,
        },
      ],
    },
    {
      text: 'The developer is best placed to help with mods, so your best bet is to post on their forum.',
      findings: [{ flagged: 'The developer is best placed to help with mods, so your best bet is to post on their forum' }],
    },
    {
      text: 'hey! loyalty points are run by our rewards partner, youll need to message them in their app',
      channel: 'chat',
      findings: [{ flagged: 'youll need to message them' }],
    },
    {
      text: 'Please submit a ticket via the Security Portal and attach a photo of your ID.',
      findings: [
        {
          flagged: 'Please submit a ticket via the Security Portal',
          output: "Please submit a ticket via the Security Portal and attach a photo of your ID — or just reply here and I'll take care of it for you.",
        },
      ],
    },
    {
      text: 'Hi Ana,\n\nI have cancelled the order on our side.\n\nFor the instalments, you will need to contact PayLater directly to stop them. We will also check our records.\n\nBest,\nRui',
      findings: [
        {
          flagged: 'you will need to contact PayLater',
          output: `Hi Ana,\n\nI have cancelled the order on our side.\n\nFor the instalments, I'll check this with PayLater for you and update you by ${T}. We will also check our records.\n\nBest,\nRui`,
        },
      ],
    },
    {
      text: "I'm afraid I can't help with that, you'd have to ask the hotel.",
      channel: 'chat',
      findings: [{ flagged: "I can't help with that, you'd have to ask the hotel", output: `I'll check this with the hotel for you and update you by ${T}.` }],
    },
    {
      text: 'Unfortunately that is outside our control, so please contact the event organiser for a refund.',
      findings: [
        {
          flagged: 'that is outside our control, so please contact the event organiser',
          output: `I'll check this with the event organiser for you and update you by ${T}.`,
        },
      ],
    },
    {
      text: "Best to give your bank a call, they'll be able to reverse it.",
      channel: 'chat',
      findings: [{ flagged: 'Best to give your bank a call', output: `I'll check this with your bank for you and update you by ${T}.` }],
    },
    {
      text: 'pls ring the clinic directly on 0161 555 0123 for that',
      channel: 'chat',
      findings: [{ flagged: 'pls ring the clinic', output: `I'll check this with the clinic for you and update you by ${T}` }],
    },
    {
      text: 'Any complaints about the driver should be directed to the taxi firm.',
      findings: [{ messageId: 'notOurs', flagged: 'Any complaints about the driver should be directed to the taxi firm' }],
    },
    // Unseen wording: short public numbers, someone else's details, "there", escalation schemes, passive directives,
    // impersonal advice ("it's best to…", "the quickest way is to…", "I'd…"), "hands tied", "one for your bank".
    { text: "Power cuts are handled by the local network operator. Call 105 to report it.", findings: [{ messageId: "deflect", flagged: "Call 105", output: "Power cuts are handled by the local network operator. Let me sort this out for you from here and update you by [time]." }] },
    { text: "Penalty fares are issued by our revenue protection partner, here's their number: 0300 555 0166.", findings: [{ messageId: "deflect", flagged: "here's their number", output: "Penalty fares are issued by our revenue protection partner, so let me sort this out for you from here and update you by [time]." }] },
    { text: "Parcels are delivered by our courier partner; they can be contacted at help@courier.example.", findings: [{ messageId: "deflect", flagged: "they can be contacted at", output: "Parcels are delivered by our courier partner; let me sort this out for you from here and update you by [time]." }] },
    { text: "In-app purchases go through Google Play, so you'll need to request a refund there.", findings: [{ messageId: "deflect", flagged: "you'll need to request a refund there", output: "In-app purchases go through Google Play, so let me sort this out for you from here and update you by [time]." }] },
    { text: "If you disagree with our decision you may refer your complaint to the Energy Ombudsman.", findings: [{ messageId: "deflect", flagged: "you may refer your complaint to the Energy Ombudsman", output: "I'll check this with the Energy Ombudsman for you and update you by [time]." }] },
    { text: "Baggage fees must be disputed directly with the ground-handling agent at handling.example/claims.", findings: [{ messageId: "notOurs", flagged: "Baggage fees must be disputed directly with the ground-handling agent", output: "Let me find out what I can do and update you by [time]." }] },
    { text: "Any complaints about the driver should be made to the taxi firm.", findings: [{ messageId: "notOurs", flagged: "Any complaints about the driver should be made to the taxi firm", output: "Let me find out what I can do and update you by [time]." }] },
    { text: "Unfortunately our hands are tied on this one.", findings: [{ messageId: "notOurs", flagged: "our hands are tied", output: "Let me find out what I can do and update you by [time]." }] },
    { text: "It's best to ring the store directly about exchanges.", findings: [{ messageId: "deflect", flagged: "It's best to ring the store", output: "Let me sort this out for you from here and update you by [time]." }] },
    { text: "The quickest way to sort this is to call your bank.", findings: [{ messageId: "deflect", flagged: "The quickest way to sort this is to call your bank", output: "I'll check this with your bank for you and update you by [time]." }] },
    { text: "You'd be better off asking the seller about a replacement.", findings: [{ messageId: "deflect", flagged: "You'd be better off asking the seller", output: "I'll check this with the seller for you and update you by [time]." }] },
    { text: "I'd pop into your local branch with some ID.", findings: [{ messageId: "deflect", flagged: "I'd pop into your local branch", output: "Let me sort this out for you from here and update you by [time]." }] },
    { text: "That would be one for your energy supplier, I'm afraid.", findings: [{ messageId: "notOurs", flagged: "That would be one for your energy supplier", output: "Let me find out what I can do and update you by [time]." }] },
    { text: "Your card issuer will be able to help with that.", findings: [{ messageId: "notOurs", flagged: "Your card issuer will be able to", output: "Let me find out what I can do and update you by [time]." }] },
    { text: "It's up to the airline whether they refund the seat.", findings: [{ messageId: "notOurs", flagged: "It's up to the airline", output: "Let me find out what I can do and update you by [time]." }] },
    { text: "We don't have any control over customs delays.", findings: [{ messageId: "notOurs", flagged: "We don't have any control over customs delays", output: "Let me find out what I can do and update you by [time]." }] },
    { text: "Please send the receipts, photos and serial number (if you have it) directly to them at claims@insurer.example.", findings: [{ messageId: "deflect", flagged: "Please send the receipts, photos and serial number (if you have it) directly to them", output: "I'll check this with them for you and update you by [time]." }] },
    // Another business said to be able to do it, a matter said to be theirs, requests said to go through a form.
    { text: "Your local branch will be able to sort this out for you.", customer: "My card got stuck in the machine.", findings: [{ messageId: "deflect", flagged: "Your local branch will be able to sort this out for you", output: "I'll check this with your local branch for you and update you by [time]." }] },
    { text: "Your dealer can order the missing part for you.", customer: "A part is missing from my bike.", findings: [{ messageId: "deflect", flagged: "Your dealer can order the missing part for you", output: "I'll check this with your dealer for you and update you by [time]." }] },
    { text: "This one is for the airline I am afraid, they hold the booking.", customer: "My flight was cancelled.", findings: [{ messageId: "notOurs", flagged: "This one is for the airline", output: "Let me find out what I can do and update you by [time]." }] },
    { text: "Complaints about drivers go through the form at taxi.example/complaints", customer: "The driver was rude to me.", findings: [{ messageId: "notOurs", flagged: "Complaints about drivers go through the form", output: "Let me find out what I can do and update you by [time]." }] },
    { text: "Drop an email to returns@shop.example and they will take it from there.", customer: "I need to return my shoes.", findings: [{ messageId: "deflect", flagged: "Drop an email to returns@shop.example", output: "Let me sort this out for you from here and update you by [time]." }] },
    { text: "Your energy supplier is the one to contact about meter readings.", customer: "The meter reading is wrong.", findings: [{ messageId: "notOurs", flagged: "Your energy supplier is the one to contact", output: "Let me find out what I can do and update you by [time]." }] },
    // Terse statements that it is someone else's, a bare ability of theirs, a route that is a form, a leading "via our website".
    { text: "best bet is your provider tbh", customer: "My broadband is down.", findings: [{ messageId: "notOurs", flagged: "best bet is your provider", output: "let me find out what I can do and update you by [time]" }] },
    { text: "have a chat with the team in store, they will sort it", customer: "Wrong size sent.", findings: [{ messageId: "deflect", flagged: "have a chat with the team", output: "I'll check this with the team for you and update you by [time]" }] },
    { text: "We are only the booking agent, the hotel sets the rules there.", customer: "The hotel was rude.", findings: [{ messageId: "notOurs", flagged: "We are only the booking agent", output: "Let me find out what I can do and update you by [time]." }] },
    { text: "That is a Royal Mail issue unfortunately.", customer: "My parcel is lost.", findings: [{ messageId: "notOurs", flagged: "That is a Royal Mail issue", output: "Let me find out what I can do and update you by [time]." }] },
    { text: "You would need to go back to the retailer for that.", customer: "My tv is faulty.", findings: [{ messageId: "deflect", flagged: "You would need to go back to the retailer", output: "I'll check this with the retailer for you and update you by [time]." }] },
    { text: "Your ISP is who can fix that.", customer: "My wifi is slow.", findings: [{ messageId: "notOurs", flagged: "Your ISP is who can fix that", output: "Let me find out what I can do and update you by [time]." }] },
    { text: "Via our website you can request a refund: shop.example/refund", customer: "Refund please", findings: [{ messageId: "resource", flagged: "Via our website you can request a refund: shop.example/refund", output: "Via our website you can request a refund: shop.example/refund — or just reply here and I'll take care of it for you" }] },
    { text: "The quickest route is our online form: shop.example/refund", customer: "I want a refund.", findings: [{ messageId: "notOurs", flagged: "The quickest route is our online form", output: "Let me find out what I can do and update you by [time]." }] },
    { text: "This needs to go to your employer HR team.", customer: "My payslip is wrong.", findings: [{ messageId: "notOurs", flagged: "This needs to go to your employer HR team", output: "Let me find out what I can do and update you by [time]." }] },
    { text: "I cannot access that but the seller can.", customer: "My order is missing.", findings: [{ messageId: "deflect", flagged: "the seller can", output: "I cannot access that but I'll check this with the seller for you and update you by [time]." }] },
    { text: "The retailer is responsible for that under your warranty.", customer: "My item is faulty.", findings: [{ messageId: "notOurs", flagged: "The retailer is responsible for that under your warranty", output: "Let me find out what I can do and update you by [time]." }] },
    // Another channel of ours named as where it gets looked at, a claim flow, a forum, "has to be done by phone".
    { text: "Our live chat at acme.example/chat can look at this properly.", customer: "The app is broken.", findings: [{ messageId: "channel", flagged: "Our live chat at acme.example/chat can look at this properly", output: "Reply here with the details and I'll sort this out for you by [time]." }] },
    { text: "The community forum at forum.acme.example has loads of people who have done this.", customer: "How do I set up the bridge?", findings: [{ messageId: "resource", flagged: "The community forum at forum.acme.example has loads of people who have done this", output: "The community forum at forum.acme.example has loads of people who have done this — or just reply here and I'll take care of it for you." }] },
    { text: "You can raise a missing item claim in the app under Orders.", customer: "An item is missing from my order.", findings: [{ messageId: "resource", flagged: "You can raise a missing item claim in the app under Orders", output: "You can raise a missing item claim in the app under Orders — or just reply here and I'll take care of it for you." }] },
    { text: "Account closures have to be done by phone, sorry!", customer: "Please close my account.", findings: [{ messageId: "notOurs", flagged: "Account closures have to be done by phone", output: "Let me find out what I can do and update you by [time]!" }] },
    { text: "Twitter is not the right place for this, email complaints@acme.example", customer: "I want to complain.", findings: [{ messageId: "notOurs", flagged: "Twitter is not the right place for this", output: "Let me find out what I can do and update you by [time]." }] },
    { text: "For security we cannot do that on social, please use live chat on our site.", customer: "I am locked out.", findings: [{ messageId: "channel", flagged: "please use live chat on our site", output: "For security we cannot do that on social, reply here with the details and I'll sort this out for you by [time]." }] },
    { text: "Sorry, we do not offer anything further on this.", customer: "It is faulty.", findings: [{ messageId: "notOurs", flagged: "we do not offer anything further", output: "Sorry, let me find out what I can do and update you by [time]." }] },
    // Impersonal advice to phone or chat, a form to pop details into, a callback to schedule, passive self-serve, "not possible through Twitter".
    { text: "Best to phone us or hop on webchat at energy.example/chat so we can go through it.", customer: "My bill is wrong.", findings: [{ messageId: "channel", flagged: "Best to phone us or hop on webchat at energy.example/chat", output: "Reply here with the details and I'll sort this out for you by [time]." }] },
    { text: "Pop the details into this form and the team will look: shop.example/faulty", customer: "The zip broke.", findings: [{ messageId: "resource", flagged: "Pop the details into this form", output: "Pop the details into this form and the team will look: shop.example/faulty — or just reply here and I'll take care of it for you" }] },
    { text: "Schedule a call back at tel.example/callback and a tech will ring.", customer: "My line keeps dropping.", findings: [{ messageId: "channel", flagged: "Schedule a call back at tel.example/callback and a tech will ring", output: "Reply here with the details and I'll sort this out for you by [time]." }] },
    { text: "Refunds and replacements can be requested yourself at shop.example/returns", customer: "want my money back", findings: [{ messageId: "resource", flagged: "Refunds and replacements can be requested yourself at shop.example/returns", output: "Refunds and replacements can be requested yourself at shop.example/returns — or just reply here and I'll take care of it for you" }] },
    { text: "Address changes are not possible through Twitter I am afraid.", customer: "Please change my address.", findings: [{ messageId: "notOurs", flagged: "Address changes are not possible through Twitter", output: "Let me find out what I can do and update you by [time]." }] },
    // Another business said to own it, someone on the spot to ask, where else it goes, "what we can see" as a limit.
    { text: "Sorry, we have no access to that: the council manages the bins.", customer: "Bins missed again.", findings: [{ messageId: "deflect", flagged: "the council manages the bins", output: "I'll check this with the council for you and update you by [time]." }] },
    { text: "Your landlord would be the one to arrange that.", customer: "My flat has no heating.", findings: [{ messageId: "deflect", flagged: "Your landlord would be the one to arrange that", output: "I'll check this with your landlord for you and update you by [time]." }] },
    { text: "Resale tickets are handled by them, not us.", customer: "My resale ticket will not scan.", findings: [{ messageId: "notOurs", flagged: "Resale tickets are handled by them, not us", output: "Let me find out what I can do and update you by [time]." }] },
    { text: "Marketplace refunds come from the seller, so they are your first port of call.", customer: "Why no refund?", findings: [{ messageId: "notOurs", flagged: "they are your first port of call", output: "Marketplace refunds come from the seller, so let me find out what I can do and update you by [time]." }] },
    { text: "Sounds like one for Apple support tbh.", customer: "My cable will not charge my phone.", findings: [{ messageId: "notOurs", flagged: "Sounds like one for Apple support", output: "Let me find out what I can do and update you by [time]." }] },
    { text: "Please direct any questions about the event to the organiser.", customer: "The show started late.", findings: [{ messageId: "deflect", flagged: "Please direct any questions about the event to the organiser", output: "I'll check this with the organiser for you and update you by [time]." }] },
    { text: "You could try asking the driver next time.", customer: "The bus did not stop.", findings: [{ messageId: "deflect", flagged: "You could try asking the driver", output: "I'll check this with the driver for you and update you by [time]." }] },
    { text: "You will have better luck asking the developer on GitHub.", customer: "The plugin throws an error.", findings: [{ messageId: "deflect", flagged: "You will have better luck asking the developer", output: "I'll check this with the developer for you and update you by [time]." }] },
    { text: "Any missing items need reporting through the Help section of the app.", customer: "An item is missing.", findings: [{ messageId: "notOurs", flagged: "Any missing items need reporting through the Help section", output: "Let me find out what I can do and update you by [time]." }] },
    // Terse replies: the customer's own steps in the app when they asked us, a number for someone else, a team best
    // on chat, whoever issued the card, requests done through a portal, queries best sent elsewhere, faults that go
    // to the operator, issues that are for another desk.
    { text: "You can cancel anytime in Settings > Membership, it only takes a minute.", customer: "cancel my membership please", findings: [{"messageId":"resource","flagged":"You can cancel anytime in Settings > Membership","output":"You can cancel anytime in Settings > Membership, it only takes a minute — or just reply here and I'll take care of it for you."}] },
    { text: "Contract copies are something the sales team sort, they're on 0333 444 555.", customer: "how do I get my contract?", findings: [{"messageId":"channel","flagged":"they're on 0333 444 555","output":"Contract copies are something the sales team sort, so reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "For delivery questions our delivery team are best on live chat at example.com/chat 9-6.", customer: "My order is late and nobody answers.", findings: [{"messageId":"channel","flagged":"For delivery questions our delivery team are best on live chat at example.com/chat 9-6","output":"Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "Declines come from the card side, so worth checking with whoever issued your card.", customer: "My card was declined at checkout.", findings: [{"messageId":"deflect","flagged":"worth checking with whoever issued your card","output":"Declines come from the card side, so I'll check this with whoever issued your card for you and update you by [time]."}] },
    { text: "Swaps are done through our returns portal, just pick exchange: returns.example.com", customer: "Wrong size delivered, can you swap it?", findings: [{"messageId":"resource","flagged":"Swaps are done through our returns portal","output":"Swaps are done through our returns portal, just pick exchange: returns.example.com — or just reply here and I'll take care of it for you"}] },
    { text: "Points queries are best sent to the loyalty team directly: loyalty@example.com", customer: "My points have gone.", findings: [{"messageId":"notOurs","flagged":"Points queries are best sent to the loyalty team","output":"Let me find out what I can do and update you by [time]."}] },
    { text: "Meter faults need to go to the network operator for your area.", customer: "My smart meter stopped working.", findings: [{"messageId":"notOurs","flagged":"Meter faults need to go to the network operator","output":"Let me find out what I can do and update you by [time]."}] },
    { text: "IT issues with the portal are for your uni's IT desk.", customer: "The course portal is down again.", findings: [{"messageId":"notOurs","flagged":"IT issues with the portal are for your uni's IT desk","output":"Let me find out what I can do and update you by [time]."}] },
    // What has to be arranged with them; "their team" said to own it.
    { text: "As it was bought from one of our resellers, any replacement would need to be arranged with them.", customer: "The lens arrived scratched.", findings: [{"messageId":"notOurs","flagged":"any replacement would need to be arranged with them","output":"As it was bought from one of our resellers, let me find out what I can do and update you by [time]."}] },
    { text: "Bikes at that dock are serviced by a local partner, and their team handles refunds for faulty bikes.", customer: "The rental bike had a flat.", findings: [{"messageId":"deflect","flagged":"their team handles refunds for faulty bikes","output":"Bikes at that dock are serviced by a local partner, and I'll check this with their team for you and update you by [time]."}] },
    // A "they" standing for the business named before it; only the customer can, in the app; where appeals go.
    { text: "That's a hold from your card provider, they'll be able to explain it better than we can.", customer: "Why the second charge?", findings: [{"messageId":"deflect","flagged":"they'll be able to explain it better than we can","output":"That's a hold from your card provider, so I'll check this with them for you and update you by [time]."}] },
    { text: "As you booked through a third-party site, they'll need to sort the refund for you.", customer: "The hotel cancelled on me.", findings: [{"messageId":"deflect","flagged":"they'll need to sort the refund for you","output":"As you booked through a third-party site, I'll check this with them for you and update you by [time]."}] },
    { text: "Warranty decisions are made by the manufacturer, so they're the ones to appeal to.", customer: "My warranty claim was refused.", findings: [{"messageId":"deflect","flagged":"they're the ones to appeal to","output":"Warranty decisions are made by the manufacturer, so I'll check this with them for you and update you by [time]."}] },
    { text: "Penalty fares are issued by the station operator, so any appeal goes to them.", customer: "I got a penalty fare.", findings: [{"messageId":"notOurs","flagged":"any appeal goes to them","output":"Penalty fares are issued by the station operator, so let me find out what I can do and update you by [time]."}] },
    { text: "Slots can only be changed by you in the app, under My deliveries.", customer: "Can you move my delivery slot?", findings: [{"messageId":"resource","flagged":"Slots can only be changed by you in the app, under My deliveries","output":"Slots can only be changed by you in the app, under My deliveries — or just reply here and I'll take care of it for you."}] },
    { text: "Crashes are looked at by our app team at appsupport@example.com, drop them a line with your phone model.", customer: "The app crashes on Android.", findings: [{"messageId":"deflect","flagged":"drop them a line","output":"Crashes are looked at by our app team at appsupport@example.com, so I'll check this with them for you and update you by [time]."}] },
    { text: "Refund requests for moved gigs go through the ticket agent you bought from.", customer: "Can I get a refund for the moved gig?", findings: [{"messageId":"notOurs","flagged":"Refund requests for moved gigs go through the ticket agent","output":"Let me find out what I can do and update you by [time]."}] },
    // What another business can tell them, a message to carry to someone else, another account to tweet.
    { text: "Your bank can give you more info on that charge.", customer: "Weird charge on my card.", findings: [{ messageId: "deflect", flagged: "Your bank can give you more info on that charge", output: "I'll check this with your bank for you and update you by [time]." }] },
    { text: "Please let the driver know next time.", customer: "The driver took the wrong route.", findings: [{ messageId: "deflect", flagged: "Please let the driver", output: "I'll check this with the driver for you and update you by [time]." }] },
    { text: "Please let the host know so they can put it right.", customer: "The flat was dirty.", findings: [{ messageId: "deflect", flagged: "Please let the host", output: "I'll check this with the host for you and update you by [time]." }] },
    { text: "Please tweet @ExampleDeviceHelp for assistance.", customer: "My e-reader will not turn on.", findings: [{ messageId: "channel", flagged: "Please tweet @ExampleDeviceHelp for assistance", output: "Reply here with the details and I'll sort this out for you by [time]." }] },
    // An email "over to", items of third-party sellers, a look at the FAQs, the police "first", a line to try, a step another business has to take.
    { text: "Shoot an email over to hello@brand.example with a screenshot.", customer: "Voucher will not apply.", findings: [{ messageId: "deflect", flagged: "Shoot an email over to hello@brand.example", output: "Let me sort this out for you from here and update you by [time]." }] },
    { text: "We are not able to help with items sold by third-party sellers.", customer: "Marketplace item broken.", findings: [{ messageId: "notOurs", flagged: "are not able to help with items sold by third-party sellers", output: "Let me find out what I can do and update you by [time]." }] },
    { text: "Have a look at our FAQs: brand.example/faq", customer: "How do I get a refund?", findings: [{ messageId: "resource", flagged: "Have a look at our FAQs", output: "Have a look at our FAQs: brand.example/faq — or just reply here and I'll take care of it for you" }] },
    { text: "You will need to report it to the police first and get a crime reference.", customer: "My phone was stolen.", findings: [{ messageId: "deflect", flagged: "You will need to report it to the police", output: "I'll check this with the police for you and update you by [time]." }] },
    { text: "We cannot look at billing on here, sorry - try our billing line.", customer: "Wrong charge.", findings: [{ messageId: "deflect", flagged: "try our billing line", output: "We cannot look at billing on here, sorry - I'll contact our billing team myself and update you by [time]." }] },
    { text: "Your surgery will have to chase this up with the pharmacy.", customer: "My prescription is late.", findings: [{ messageId: "deflect", flagged: "Your surgery will have to chase this up with the pharmacy", output: "I'll check this with your surgery for you and update you by [time]." }] },
    // Something to discuss with someone else, the quickest way through a part of the app, someone else's way offered after "if you…".
    { text: "This is something you would need to discuss with your employer's benefits team.", customer: "My benefits deduction is wrong.", findings: [{ messageId: "deflect", flagged: "you would need to discuss with your employer's benefits team", output: "I'll check this with your employer's benefits team for you and update you by [time]." }] },
    { text: "The quickest way to get this sorted is through our app's help section.", customer: "The app will not let me book.", findings: [{ messageId: "notOurs", flagged: "The quickest way to get this sorted is through our app's help section", output: "Let me find out what I can do and update you by [time]." }] },
    { text: "If you reach out to them directly they will be able to assist.", customer: "Refund from the seller?", findings: [{ messageId: "deflect", flagged: "If you reach out to them", output: "I'll check this with them for you and update you by [time]." }] },
    { text: "If you get in touch with your bank they can reverse the second charge.", customer: "My card was charged twice.", findings: [{ messageId: "deflect", flagged: "If you get in touch with your bank", output: "I'll check this with your bank for you and update you by [time]." }] },
    // Asked politely ("would you mind…?", rewritten as a statement), suggested ("you might like to…"), another account to message.
    // Who handles a kind of matter, with their contact; "let them know" for a business named before; a relative "who you can ring".
    { text: "Fittings are booked through our fitting partner, who you can ring on 0330 555 0101 to move it.", customer: "The fitter never came.", findings: [{"messageId":"deflect","flagged":"you can ring on 0330 555 0101","output":"Fittings are booked through our fitting partner, so let me sort this out for you from here and update you by [time]."}] },
    { text: "Card disputes are dealt with by our payments team at disputes@shop.example.", customer: "I was charged for something I never got.", findings: [{"messageId":"channel","flagged":"Card disputes are dealt with by our payments team at disputes@shop.example","output":"Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "That one's best handled by our app crew over at @ShopAppHelp.", customer: "The app logs me out every hour.", findings: [{"messageId":"channel","flagged":"That one's best handled by our app crew over at @ShopAppHelp","output":"Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "Because the takeaway cooked it, it's best to let them know so they can put it right.", customer: "My curry was cold.", findings: [{"messageId":"deflect","flagged":"it's best to let them know","output":"Because the takeaway cooked it, I'll check this with them for you and update you by [time]."}] },
    { text: "Station wifi is run by a third party, so complaints are best sent to them through the login page.", customer: "The wifi at the station never works.", findings: [{"messageId":"notOurs","flagged":"Station wifi is run by a third party, so complaints are best sent to them","output":"Let me find out what I can do and update you by [time]."}] },
    // Who deals with such things, with their address; a team able to help at an address; a claim to file; a visit to make.
    { text: "Sorry! Lost items are dealt with by our depot team: depot@rail.example", customer: "Left my coat on the train.", findings: [{"messageId":"channel","flagged":"Lost items are dealt with by our depot team: depot@rail.example","output":"Sorry! Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "Sorry about this. I can't see payroll, but the Payroll team will be able to help at payroll@corp.example.", customer: "My payslip is wrong.", findings: [{"messageId":"channel","flagged":"but the Payroll team will be able to help at payroll@corp.example","output":"Sorry about this. I can't see payroll, so reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "Sorry, you'll need to file a claim for the missing item.", customer: "Two items missing from my order.", findings: [{"messageId":"resource","flagged":"you'll need to file a claim for the missing item","output":"Sorry, you'll need to file a claim for the missing item — or just reply here and I'll take care of it for you."}] },
    { text: "That'll need a visit to the branch with your ID so they can return it.", customer: "Card stuck in the ATM.", findings: [{"messageId":"notOurs","flagged":"That'll need a visit to the branch","output":"Let me find out what I can do and update you by [time]."}] },
    // Terse replies: shorthand ("pls", "ur"), another account named as the one to go to, "handles … not us", "the garage does those".
    { text: "pls contact ur bank for that one ^TS", customer: "charged twice on my card", findings: [{"messageId":"deflect","flagged":"pls contact ur bank","output":"I'll check this with your bank for you and update you by [time] ^TS"}] },
    // Written all in lower case, the rewrite keeps the agent's lower case (below and "best bet is your provider tbh").
    { text: "you want @ShopBilling for that", customer: "why did my direct debit fail", findings: [{"messageId":"notOurs","flagged":"you want @ShopBilling","output":"let me find out what I can do and update you by [time]"}] },
    { text: "ur network handles number transfers not us", customer: "need my number moved", findings: [{"messageId":"notOurs","flagged":"ur network handles number transfers not us","output":"let me find out what I can do and update you by [time]"}] },
    { text: "we don't fit parts in store sorry, the garage does those", customer: "can you fit my new brakes", findings: [{"messageId":"deflect","flagged":"the garage does those","output":"we don't fit parts in store sorry, so I'll check this with the garage for you and update you by [time]"}] },
    // A polite request with no question mark, refunds "sorted yourself" at a link, nothing further to offer.
    { text: "Could you share the details through this form: bank.example/form", customer: "my bill is wrong", findings: [{"messageId":"channel","flagged":"Could you share the details through this form: bank.example/form","output":"Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "Refunds and replacements can be sorted yourself at shop.example/returns", customer: "parcel arrived damaged", findings: [{"messageId":"resource","flagged":"Refunds and replacements can be sorted yourself at shop.example/returns","output":"Refunds and replacements can be sorted yourself at shop.example/returns — or just reply here and I'll take care of it for you"}] },
    { text: "I'm afraid we're unable to offer anything further.", customer: "I want compensation for the delay", findings: [{"messageId":"notOurs","flagged":"we're unable to offer anything further","output":"Let me find out what I can do and update you by [time]."}] },
    // Formal: correspondence directed to another department.
    { text: "Please direct all correspondence regarding this account to our collections department at the address below.", customer: "Why am I getting debt letters?", findings: [{"messageId":"deflect","flagged":"Please direct all correspondence regarding this account to our collections department","output":"I'll contact our collections department myself and update you by [time]."}] },
    { text: "Would you mind calling your bank to check?", customer: "Unknown charge on my card.", findings: [{ messageId: "deflect", flagged: "Would you mind calling your bank", output: "I'll check this with your bank for you and update you by [time]." }] },    // This channel said to be the wrong one; another of ours to message or text; someone to ask who then solves
    // it; help that waits on a self-serve errand ("…and we'll send a replacement").
    { text: "Sorry, we can't run line tests on here.", customer: "my router keeps dropping", findings: [{"messageId":"notHere","flagged":"we can't run line tests on here","output":"Sorry, send us a direct message with the details and I'll sort this out for you by [time]."}] },
    { text: "We're unable to discuss billing over social media, I'm afraid.", customer: "why was my bill so high", findings: [{"messageId":"notHere","flagged":"We're unable to discuss billing over social media","output":"Send us a direct message with the details and I'll sort this out for you by [time]."}] },
    { text: "Unfortunately this can't be sorted over Facebook.", customer: "my sim stopped working", findings: [{"messageId":"notHere","flagged":"this can't be sorted over Facebook","output":"Send us a direct message with the details and I'll sort this out for you by [time]."}] },
    { text: "Text us on 60060 with your order number and we'll sort it from there.", customer: "the app charged me twice", findings: [{"messageId":"channel","flagged":"Text us on 60060 with your order number","output":"Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "Sorry! Just ask the barista next time and they'll refund the difference.", customer: "I was overcharged for my coffee", findings: [{"messageId":"deflect","flagged":"Just ask the barista next time and they'll refund","output":"Sorry! I'll check this with the barista for you and update you by [time]."}] },
    // A second errand after the first ("…right away and call…", whose "right" compromise reads as a verb), a
    // self-serve claim for a terse "want compensation", a nudge worth giving someone else, a team "best to speak to".
    { text: "That's worrying, sorry. Please freeze your card right away and call our fraud team on 0800 999 888.", customer: "someone used my card", findings: [{"messageId":"deflect","flagged":"call our fraud team","output":"That's worrying, sorry. Please freeze your card right away and I'll contact our fraud team myself and update you by [time]."}] },
    { text: "So sorry! You can claim Delay Repay at https://t.co/dr, it only takes a few mins.", customer: "train was cancelled, want compensation", findings: [{"messageId":"resource","flagged":"You can claim Delay Repay at https://t.co/dr","output":"So sorry! You can claim Delay Repay at https://t.co/dr, it only takes a few mins — or just reply here and I'll take care of it for you."}] },
    { text: "Sorry for the wait. Prescriptions come from your GP surgery first, so it's worth giving them a nudge.", customer: "my prescription is late", findings: [{"messageId":"deflect","flagged":"it's worth giving them a nudge","output":"Sorry for the wait. Prescriptions come from your GP surgery first, so I'll check this with them for you and update you by [time]."}] },
    { text: "Hi! The team at your home club are best to speak to about fees.", customer: "my gym membership fee is wrong", findings: [{"messageId":"notOurs","flagged":"your home club are best to speak","output":"Hi! Let me find out what I can do and update you by [time]."}] },
    // Help said to be had elsewhere, with nobody sent there in words; the search for a parcel said to be the courier's.
    { text: "Billing questions? Our team is on live chat at https://t.co/c 7 days a week.", customer: "my bill doubled this month", findings: [{"messageId":"channel","flagged":"Our team is on live chat at https://t.co/c 7 days a week","output":"Billing questions? Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "More help is available at https://t.co/help", customer: "my bill doubled this month", findings: [{"messageId":"resource","flagged":"More help is available at https://t.co/help","output":"More help is available at https://t.co/help — or just reply here and I'll take care of it for you"}] },
    { text: "Ugh, sorry! The Help Centre has fixes for most crashes: https://t.co/crash", customer: "the app crashes", findings: [{"messageId":"resource","flagged":"The Help Centre has fixes for most crashes: https://t.co/crash","output":"Ugh, sorry! The Help Centre has fixes for most crashes: https://t.co/crash — or just reply here and I'll take care of it for you"}] },
    { text: "Hmm, that shouldn't happen. Our tech support team can dig into this at https://t.co/tech", customer: "the app keeps logging me out", findings: [{"messageId":"channel","flagged":"Our tech support team can dig into this at https://t.co/tech","output":"Hmm, that shouldn't happen. Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "So sorry. Lost parcels are investigated by the courier, and they ask that claims come from the recipient.", customer: "my parcel is lost", findings: [{"messageId":"notOurs","flagged":"Lost parcels are investigated by the courier","output":"So sorry. Let me find out what I can do and update you by [time]."}] },
    { text: "So sorry! Please request a return from your orders page and we'll send a replacement once it's back with us.", customer: "the item arrived broken", findings: [{"messageId":"resource","flagged":"Please request a return from your orders page","output":"So sorry! Please request a return from your orders page and we'll send a replacement once it's back with us — or just reply here and I'll take care of it for you."}] },
    // A party that is the best bet, or named by what it made or issued; "can tell you" as help that is theirs;
    // a handle to head over or tweet to; people "found at" a handle; matters that "go through" another channel;
    // what we can "only" help with, a limit, not help. An apology before the hand-off stays in the rewrite.
    { text: "For visa rules, the consulate is your best bet.", customer: "do I need a visa for Peru?", findings: [{"messageId":"deflect","flagged":"the consulate is your best bet","output":"For visa rules, I'll check this with the consulate for you and update you by [time]."}] },
    { text: "Oh no! Head over to @ShopAccounts and they'll get you sorted.", customer: "my login doesn't work", findings: [{"messageId":"channel","flagged":"Head over to @ShopAccounts","output":"Oh no! Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "Our French team can be found at @ShopFR.", customer: "my french order is stuck", findings: [{"messageId":"channel","flagged":"Our French team can be found at @ShopFR","output":"Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "Save-file problems go through our ticket system rather than Twitter: https://t.co/t", customer: "i lost my save file", findings: [{"messageId":"channel","flagged":"Save-file problems go through our ticket system rather than Twitter: https://t.co/t","output":"Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "The bank that issued your card can tell you why.", customer: "why was my card declined?", findings: [{"messageId":"deflect","flagged":"The bank that issued your card can tell you why","output":"I'll check this with the bank for you and update you by [time]."}] },
    { text: "The studio who made the game would be able to help with crashes.", customer: "the game keeps crashing", findings: [{"messageId":"deflect","flagged":"The studio who made the game would be able to help with crashes","output":"I'll check this with the studio for you and update you by [time]."}] },
    { text: "Your bank can tell you more about that.", customer: "my card stopped working abroad", findings: [{"messageId":"deflect","flagged":"Your bank can tell you more about that","output":"I'll check this with your bank for you and update you by [time]."}] },
    { text: "Sorry, I can only help with UK accounts here - our Spanish colleagues are at @ShopES.", customer: "my spanish account is blocked", findings: [{"messageId":"channel","flagged":"our Spanish colleagues are at @ShopES","output":"Sorry, I can only help with UK accounts here - reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "Sorry! Tweet @KettleCoHelp, they look after warranty claims.", customer: "the kettle leaks", findings: [{"messageId":"channel","flagged":"Tweet @KettleCoHelp","output":"Sorry! Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "Sorry, but you'll need to call your bank.", customer: "my bill doubled", findings: [{"messageId":"deflect","flagged":"you'll need to call your bank","output":"Sorry, I'll check this with your bank for you and update you by [time]."}] },
    // Terse and informal: shorthand ("ur", "w/", "r", "theyre"), a verb the tagger reads as a noun after "need to",
    // what "needs to be ordered" in the app's menus, what is "run by" or "managed through" someone or a page, "worth
    // a quick call", a partner site or a travel agent that "they" stands for.
    { text: "ur card issuer would need to trace that payment for u", customer: "where's my refund", findings: [{"messageId":"deflect","flagged":"ur card issuer would need to trace that payment for u","output":"I'll check this with your card issuer for you and update you by [time]"}] },
    { text: "sorry! a new remote needs to be ordered thru the app, settings > help > replace remote", customer: "my remote is broken", findings: [{"messageId":"resource","flagged":"a new remote needs to be ordered thru the app, settings > help > replace remote","output":"sorry! a new remote needs to be ordered thru the app, settings > help > replace remote — or just reply here and I'll take care of it for you"}] },
    { text: "pls take it up w/ the courier direct, theyre the ones who employ the drivers", customer: "the driver was rude to me", findings: [{"messageId":"deflect","flagged":"pls take it up w/ the courier","output":"I'll check this with the courier for you and update you by [time]"}] },
    { text: "refunds r done at refunds.shop.example", customer: "i want a refund for the broken lamp", findings: [{"messageId":"resource","flagged":"refunds r done at refunds.shop.example","output":"refunds r done at refunds.shop.example — or just reply here and I'll take care of it for you"}] },
    { text: "so sorry, the 12 is run by MetroBus so its one for them: @MetroBusHelp", customer: "the 12 never came", findings: [{"messageId":"channel","flagged":"the 12 is run by MetroBus so its one for them: @MetroBusHelp","output":"so sorry, reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "It's worth a quick call to your bank.", customer: "my card was declined", findings: [{"messageId":"deflect","flagged":"It's worth a quick call to your bank","output":"I'll check this with your bank for you and update you by [time]."}] },
    { text: "Seat upgrades are managed through Manage Booking on our site.", customer: "can I upgrade my seat?", findings: [{"messageId":"resource","flagged":"Seat upgrades are managed through Manage Booking on our site","output":"Seat upgrades are managed through Manage Booking on our site — or just reply here and I'll take care of it for you."}] },
    { text: "Sorry! The voucher came from our partner site, so they'd need to check it.", customer: "my voucher doesnt work", findings: [{"messageId":"deflect","flagged":"they'd need to check it","output":"Sorry! The voucher came from our partner site, so I'll check this with them for you and update you by [time]."}] },
    { text: "Sorry! As the booking was made by your travel agent, they'll need to take it up with the airline.", customer: "my flight changed", findings: [{"messageId":"deflect","flagged":"they'll need to take it up with the airline","output":"Sorry! As the booking was made by your travel agent, I'll check this with them for you and update you by [time]."}] },
    // A DM to another account whose people, "they", handle it (after "so please" too); people "at" an address; the
    // team of another business; help with a matter "available at" a link; a matter that "goes to" people at an address.
    { text: "Sorry! Tickets are sold by our partner GigBox so please DM @GigBoxHelp, they deal with delivery.", customer: "my tickets never arrived", findings: [{"messageId":"channel","flagged":"DM @GigBoxHelp","output":"Sorry! Tickets are sold by our partner GigBox so please reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "DM @ShopRefunds, they look after refunds.", customer: "my refund is late", findings: [{"messageId":"channel","flagged":"DM @ShopRefunds","output":"Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "So sorry, that's for the airport's baggage team, they're at bags@airport.example.", customer: "lost my case at the airport", findings: [{"messageId":"channel","flagged":"they're at bags@airport.example","output":"So sorry, that's for the airport's baggage team, so reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "The courier's team would need to trace this one.", customer: "my parcel is missing", findings: [{"messageId":"deflect","flagged":"The courier's team would need to trace this one","output":"I'll check this with the courier's team for you and update you by [time]."}] },
    { text: "Help with damaged orders is available at https://t.co/dmg", customer: "my parcel arrived damaged", findings: [{"messageId":"channel","flagged":"Help with damaged orders is available at https://t.co/dmg","output":"Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "Billing questions go to our accounts folks at accounts@shop.example.", customer: "my bill is wrong", findings: [{"messageId":"channel","flagged":"Billing questions go to our accounts folks at accounts@shop.example","output":"Reply here with the details and I'll sort this out for you by [time]."}] },
    // A hand-off the customer is to report back on; the only place that can; a path in the product "yourself".
    { text: "Please call your bank and let us know what they say.", customer: "my card was declined", findings: [{"messageId":"deflect","flagged":"Please call your bank","output":"I'll check this with your bank for you and update you by [time]."}] },
    { text: "Sorry, we can't see visa cases. The consulate is the only place that can tell you.", customer: "do I need a visa", findings: [{"messageId":"deflect","flagged":"The consulate is the only place that can tell you","output":"Sorry, we can't see visa cases. I'll check this with the consulate for you and update you by [time]."}] },
    { text: "You can download it yourself from My Account > Documents.", customer: "i need a copy of my contract", findings: [{"messageId":"resource","flagged":"You can download it yourself from My Account > Documents","output":"You can download it yourself from My Account > Documents — or just reply here and I'll take care of it for you."}] },
    // The customer's own organisation ("your company's IT admin", "your HR team"); "drop them an email".
    { text: "Work accounts are managed by your company's IT admin, so they'll need to reset it.", customer: "cant log in to my work account", findings: [{"messageId":"deflect","flagged":"they'll need to reset it","output":"Work accounts are managed by your company's IT admin, so I'll check this with them for you and update you by [time]."}] },
    { text: "Payslip errors need to go to your HR team, they can correct it.", customer: "my payslip is wrong", findings: [{"messageId":"notOurs","flagged":"Payslip errors need to go to your HR team","output":"Let me find out what I can do and update you by [time]."}] },
    { text: "Your account manager can sort that, drop them an email.", customer: "i want to upgrade", findings: [{"messageId":"deflect","flagged":"drop them an email","output":"Your account manager can sort that, so I'll check this with them for you and update you by [time]."}] },
    // A change to make with someone else; "set by … not us", a refund that "would have to come from them".
    { text: "Sorry, schedule changes come from the airline so you'll need to rebook with them.", customer: "my flight was moved", findings: [{"messageId":"deflect","flagged":"you'll need to rebook with them","output":"Sorry, schedule changes come from the airline so I'll check this with them for you and update you by [time]."}] },
    { text: "ATM fees are set by the machine's owner, not us, so any refund would have to come from them.", customer: "i was charged a fee at the atm", findings: [{"messageId":"notOurs","flagged":"ATM fees are set by the machine's owner, not us, so any refund would have to come from them","output":"Let me find out what I can do and update you by [time]."}] },
    // The party put first ("it's them you need to speak to"); what a letting agent holds or handles.
    { text: "deposits r handled by the letting agent so its them u need to speak to", customer: "wheres my deposit", findings: [{"messageId":"notOurs","flagged":"its them u need to speak to","output":"deposits r handled by the letting agent so let me find out what I can do and update you by [time]"}] },
    { text: "Deposits are held by the letting agent.", customer: "wheres my deposit", findings: [{"messageId":"notOurs","flagged":"Deposits are held by the letting agent","output":"Let me find out what I can do and update you by [time]."}] },
    // The quickest route named as another channel or portal; someone else "best placed to look into" it.
    { text: "For furniture faults the quickest route is our aftercare portal: https://t.co/AbC123", customer: "my sofa is broken", findings: [{"messageId":"resource","flagged":"For furniture faults the quickest route is our aftercare portal: https://t.co/AbC123","output":"For furniture faults the quickest route is our aftercare portal: https://t.co/AbC123 — or just reply here and I'll take care of it for you"}] },
    { text: "Our branches are independently owned, so the branch manager is best placed to look into this for you.", customer: "I was overcharged at your Leeds branch", findings: [{"messageId":"notOurs","flagged":"the branch manager is best placed to look","output":"Our branches are independently owned, so let me find out what I can do and update you by [time]."}] },
    // Another brand or its support, by name; whom the customer bought through; a path in their account; people
    // reached some other way; a team given "an email".
    { text: "Dyson support should be able to take a look at the motor for you.", customer: "my vacuum stopped working", findings: [{"messageId":"deflect","flagged":"Dyson support should be able to take a look at the motor for you","output":"I'll check this with Dyson support for you and update you by [time]."}] },
    { text: "Evri can trace it for you from their depot.", customer: "my parcel never came", findings: [{"messageId":"deflect","flagged":"Evri can trace it for you from their depot","output":"I'll check this with Evri for you and update you by [time]."}] },
    { text: "Since you bought it through a reseller, they'll need to arrange the refund.", customer: "I want a refund", findings: [{"messageId":"deflect","flagged":"they'll need to arrange the refund","output":"Since you bought it through a reseller, I'll check this with them for you and update you by [time]."}] },
    { text: "Address changes can be made in your account under Profile > Addresses.", customer: "my orders still go to my old address", findings: [{"messageId":"resource","flagged":"Address changes can be made in your account under Profile > Addresses","output":"Address changes can be made in your account under Profile > Addresses — or just reply here and I'll take care of it for you."}] },
    { text: "Our claims team can be contacted through the claims portal.", customer: "my suitcase was damaged on the flight", findings: [{"messageId":"channel","flagged":"Our claims team can be contacted through the claims portal","output":"Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "Drop billing an email with the invoice number.", customer: "I was charged twice", findings: [{"messageId":"deflect","flagged":"Drop billing an email","output":"I'll check this with billing for you and update you by [time]."}] },
    // A request to make through whom they booked; a team best reached on a number free "from your mobile"; raising
    // it on another's forum; a feedback form to fill.
    { text: "Since you booked through a travel site, any refund has to be requested via them.", customer: "my hotel room was filthy", findings: [{"messageId":"notOurs","flagged":"any refund has to be requested via them","output":"Since you booked through a travel site, let me find out what I can do and update you by [time]."}] },
    { text: "Card issues are best sorted by our cards team: 0800 917 2233 (free from your mobile).", customer: "my card was declined", findings: [{"messageId":"channel","flagged":"0800 917 2233 (free from your mobile","output":"Card issues are best sorted by our cards team: reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "The theme comes from a third party, so you'd need to raise it on their forum.", customer: "the theme broke my shop", findings: [{"messageId":"deflect","flagged":"you'd need to raise it on their forum","output":"The theme comes from a third party, so let me sort this out for you from here and update you by [time]."}] },
    { text: "Complaints about the crew can be left via the feedback form in your booking email.", customer: "the crew were rude to me", findings: [{"messageId":"resource","flagged":"Complaints about the crew can be left via the feedback form in your booking email","output":"Complaints about the crew can be left via the feedback form in your booking email — or just reply here and I'll take care of it for you."}] },
    // An option sent elsewhere "if it's easier" with nothing else; talking it over with someone else; our people
    // in the shop; an organisation by name; what another business holds; "would be best to advise".
    { text: "Pop into any branch if it's easier.", customer: "my shoes fell apart", findings: [{"messageId":"deflect","flagged":"Pop into any branch","output":"Let me sort this out for you from here and update you by [time]."}] },
    { text: "This would need to be discussed with your mortgage adviser.", customer: "my mortgage payment went out twice", findings: [{"messageId":"notOurs","flagged":"This would need to be discussed with your mortgage adviser","output":"Let me find out what I can do and update you by [time]."}] },
    { text: "Our colleagues in the store you bought it from will be happy to help.", customer: "my blender is leaking", findings: [{"messageId":"channel","flagged":"Our colleagues in the store you bought it from will be happy to help","output":"Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "Your local Citizens Advice can help you with this.", customer: "I'm being overcharged by my landlord", findings: [{"messageId":"deflect","flagged":"Your local Citizens Advice can help you with this","output":"I'll check this with your local Citizens Advice for you and update you by [time]."}] },
    { text: "The DVLA handle that side of things.", customer: "my car tax hasn't renewed", findings: [{"messageId":"deflect","flagged":"The DVLA handle that side of things","output":"I'll check this with the DVLA for you and update you by [time]."}] },
    { text: "We don't keep invoices here, the shop you ordered from would have those.", customer: "my invoice is missing", findings: [{"messageId":"deflect","flagged":"the shop you ordered from would have those","output":"We don't keep invoices here, so I'll check this with the shop for you and update you by [time]."}] },
    { text: "The optician would be best to advise on that.", customer: "my lenses are scratched", findings: [{"messageId":"notOurs","flagged":"The optician would be best to advise","output":"Let me find out what I can do and update you by [time]."}] },
    { text: "Your broadband provider's tech support will be able to check it.", customer: "my tv keeps dropping the wifi", findings: [{"messageId":"deflect","flagged":"Your broadband provider's tech support will be able to check it","output":"I'll check this with your broadband provider's tech support for you and update you by [time]."}] },
    // "their responsibility"; what can't be cancelled by us (its whole subject rewritten); flagging it with their staff.
    { text: "Items from marketplace sellers are sent by them, so returns are their responsibility.", customer: "my marketplace order is broken", findings: [{"messageId":"notOurs","flagged":"returns are their responsibility","output":"Items from marketplace sellers are sent by them, so let me find out what I can do and update you by [time]."}] },
    { text: "Plans bought through Google Play can't be cancelled by us.", customer: "I want to cancel my plan", findings: [{"messageId":"notOurs","flagged":"Plans bought through Google Play can't be cancelled by us","output":"Let me find out what I can do and update you by [time]."}] },
    { text: "That machine belongs to the franchise, so you'd need to flag it with their staff.", customer: "the vending machine ate my money", findings: [{"messageId":"deflect","flagged":"you'd need to flag it with their staff","output":"That machine belongs to the franchise, so I'll check this with their staff for you and update you by [time]."}] },
    // The best people named after the fact; a complaint flow offered "if you'd like" (a courtesy, not a condition).
    { text: "The best people to help are our home insurance team, their number is on your policy documents.", customer: "my policy renewal is wrong", findings: [{"messageId":"deflect","flagged":"The best people to help are our home insurance team, their number is","output":"Let me sort this out for you from here and update you by [time]."}] },
    { text: "You can leave a complaint via our website if you'd like.", customer: "the driver was rude", findings: [{"messageId":"resource","flagged":"You can leave a complaint via our website if you'd like","output":"You can leave a complaint via our website if you'd like — or just reply here and I'll take care of it for you."}] },
    // Feedback to give someone else; another's line pointed to; another professional who can suggest what we could.
    { text: "Assistance is provided by the airport itself, so please feed back to them directly.", customer: "assistance didn't turn up at the airport", findings: [{"messageId":"deflect","flagged":"please feed back to them","output":"Assistance is provided by the airport itself, so I'll check this with them for you and update you by [time]."}] },
    { text: "Our machines are run by a partner, their refund number is on the front of the machine.", customer: "the vending machine ate my coins", findings: [{"messageId":"notOurs","flagged":"their refund number is on the front","output":"Our machines are run by a partner, so let me find out what I can do and update you by [time]."}] },
    { text: "Your vet should be able to suggest an alternative for now.", customer: "my dog's food is out of stock", findings: [{"messageId":"deflect","flagged":"Your vet should be able to suggest an alternative for now","output":"I'll check this with your vet for you and update you by [time]."}] },
    // A report to send from the product's menus; another party with its own helpdesk.
    { text: "Please report it via Settings > Help > Report a problem so our developers can look.", customer: "the app lost my notes", findings: [{"messageId":"resource","flagged":"Please report it via Settings > Help > Report a problem","output":"Please report it via Settings > Help > Report a problem so our developers can look — or just reply here and I'll take care of it for you."}] },
    { text: "Course access is run by the learning platform, which has its own helpdesk at help.learn.example.", customer: "the course videos won't load", findings: [{"messageId":"notOurs","flagged":"which has its own helpdesk","output":"Course access is run by the learning platform, so let me find out what I can do and update you by [time]."}] },
    // A business by name that holds the matter; the promoter's refunds; an exchange "really easy" to do oneself.
    { text: "That one's with Hermes now, they'll be able to tell you more.", customer: "my parcel is stuck at the depot", findings: [{"messageId":"deflect","flagged":"they'll be able to tell you more","output":"That one's with Hermes now, so I'll check this with them for you and update you by [time]."}] },
    { text: "Refunds are processed by the promoter, so watch your emails from them.", customer: "my concert was cancelled", findings: [{"messageId":"notOurs","flagged":"Refunds are processed by the promoter","output":"Let me find out what I can do and update you by [time]."}] },
    { text: "Exchanges are really easy in store or online: https://t.co/x1", customer: "wrong size again", findings: [{"messageId":"resource","flagged":"Exchanges are really easy in store or online: https://t.co/x1","output":"Exchanges are really easy in store or online: https://t.co/x1 — or just reply here and I'll take care of it for you"}] },
    // People "best reached" elsewhere; compensation to claim on a site; another bank's machine to retrieve the card.
    { text: "Points go through our rewards partner, they're best reached in their app.", customer: "my reward points are missing", findings: [{"messageId":"channel","flagged":"they're best reached in their app","output":"Points go through our rewards partner, so reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "You can claim compensation on our website within 28 days.", customer: "my train was late", findings: [{"messageId":"resource","flagged":"You can claim compensation on our website within 28 days","output":"You can claim compensation on our website within 28 days — or just reply here and I'll take care of it for you."}] },
    { text: "That's a machine run by another bank, so they'll need to retrieve it.", customer: "the cash machine kept my card", findings: [{"messageId":"deflect","flagged":"they'll need to retrieve it","output":"That's a machine run by another bank, so I'll check this with them for you and update you by [time]."}] },
    // A plural subject the tagger read as an order ("Seat changes … can be made"); a channel "your best bet"; another's page.
    { text: "Seat changes for this ticket can be made under My Trips on the website.", customer: "I need to move my booking", findings: [{"messageId":"resource","flagged":"Seat changes for this ticket can be made under My Trips on the website","output":"Seat changes for this ticket can be made under My Trips on the website — or just reply here and I'll take care of it for you."}] },
    { text: "The maker's repair forum is probably your best bet for this one.", customer: "my laptop won't turn on", findings: [{"messageId":"channel","flagged":"The maker's repair forum is probably your best bet for this one","output":"Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "We don't hold tracking here, the carrier's site will show where it is: https://t.co/k2", customer: "is my parcel coming today?", findings: [{"messageId":"resource","flagged":"the carrier's site will show where it is: https://t.co/k2","output":"We don't hold tracking here, the carrier's site will show where it is: https://t.co/k2 — or just reply here and I'll take care of it for you"}] },
    // Another's forum; a self-serve change "any time" (no condition, only when the customer may).
    { text: "Try asking in Chrome's help forum, they know it best.", customer: "the page won't load", findings: [{"messageId":"deflect","flagged":"Try asking in Chrome's help forum","output":"Let me sort this out for you from here and update you by [time]."}] },
    { text: "Readings can be updated any time in the app under Account > Meter.", customer: "my meter reading is wrong", findings: [{"messageId":"resource","flagged":"Readings can be updated any time in the app under Account > Meter","output":"Readings can be updated any time in the app under Account > Meter — or just reply here and I'll take care of it for you."}] },
    // "Best thing is to…" with staff somewhere else; done by another, "not us"; a link said to be "the place".
    { text: "Best thing is to show it to a member of staff at the station.", customer: "my ticket won't scan", findings: [{"messageId":"deflect","flagged":"Best thing is to show it to a member of staff","output":"I'll check this with a member of staff for you and update you by [time]."}] },
    { text: "Game purchases are refunded by Google, not us.", customer: "my kid bought coins", findings: [{"messageId":"notOurs","flagged":"Game purchases are refunded by Google, not us","output":"Let me find out what I can do and update you by [time]."}] },
    { text: "refunds.example.com is the place.", customer: "how can I get my money back?", findings: [{"messageId":"resource","flagged":"refunds.example.com is the place","output":"refunds.example.com is the place — or just reply here and I'll take care of it for you."}] },
    // Self-serve "requested through" a page; "get on to them" after "booked by our partner" (no booking done);
    // a change needed elsewhere "rather than with us" (the whole clause rewritten).
    { text: "Seat refunds are requested through the Help section of our website.", customer: "my seat refund?", findings: [{"messageId":"resource","flagged":"Seat refunds are requested through the Help section of our website","output":"Seat refunds are requested through the Help section of our website — or just reply here and I'll take care of it for you."}] },
    { text: "Engineers are booked by our partner, so you'll want to get on to them to rebook.", customer: "the engineer never came", findings: [{"messageId":"deflect","flagged":"you'll want to get on to them","output":"Engineers are booked by our partner, so I'll check this with them for you and update you by [time]."}] },
    { text: "Hey, currency's set by your App Store region, so it'd need changing in your Apple ID settings rather than with us", customer: "wrong currency on my account", findings: [{"messageId":"notOurs","flagged":"it'd need changing in your Apple ID settings rather than with us","output":"Hey, currency's set by your App Store region, so let me find out what I can do and update you by [time]"}] },
    // Not ours to control; an address the tagger read as a verb; a matter "between you and" another party (its
    // subject a noun the tagger read as a verb); our stores to go to; a problem to report on a page; "they'd be best
    // placed to tell" (the pronoun taken in); a "them" whose name the rewrite replaces is not named again.
    { text: "Prices are set by the regulator, it's not something we control.", customer: "why did my bill go up", findings: [{"messageId":"notOurs","flagged":"it's not something we control","output":"Prices are set by the regulator, so let me find out what I can do and update you by [time]."}] },
    { text: "Lockouts are handled by the Nuki team directly – support@nuki.example", customer: "locked out of the app", findings: [{"messageId":"channel","flagged":"Lockouts are handled by the Nuki team directly – support@nuki.example","output":"Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "Customs holds are between you and the customs office I'm afraid.", customer: "parcel stuck in customs", findings: [{"messageId":"notOurs","flagged":"Customs holds are between you and the customs office","output":"Let me find out what I can do and update you by [time]."}] },
    { text: "Bring it into any of our stores and the workshop will take a look.", customer: "the bike has a bent wheel", findings: [{"messageId":"deflect","flagged":"Bring it into any of our stores","output":"Let me sort this out for you from here and update you by [time]."}] },
    { text: "You can report a problem on our network status page: https://t.co/ns", customer: "no signal at home", findings: [{"messageId":"resource","flagged":"You can report a problem on our network status page: https://t.co/ns","output":"You can report a problem on our network status page: https://t.co/ns — or just reply here and I'll take care of it for you"}] },
    { text: "It depends on your bank, so they'd be best placed to tell you.", customer: "how long will my refund take?", findings: [{"messageId":"notOurs","flagged":"they'd be best placed to tell","output":"It depends on your bank, so let me find out what I can do and update you by [time]."}] },
    { text: "Disc faults go to the publisher, please contact them via their website.", customer: "disc is scratched", findings: [{"messageId":"deflect","flagged":"please contact them","output":"Let me find out what I can do and update you by [time]."}] },
    // A "not" in a relative clause, and a line opening the next clause; claims made with another party; an
    // organisation by its initials that would need to answer; a note made is no excuse for a plain hand-off.
    { text: "Fraud cases are handled by a specialist team who aren't on social – 0800 121 4444, open 24/7.", customer: "my card was used", findings: [{"messageId":"channel","flagged":"Fraud cases are handled by a specialist team who aren't on social – 0800 121 4444, open 24/7","output":"Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "Damage claims are made directly with the courier, as they insure the parcel.", customer: "the courier broke my tv", findings: [{"messageId":"notOurs","flagged":"Damage claims are made directly with the courier","output":"Let me find out what I can do and update you by [time]."}] },
    { text: "HMRC would need to answer that one.", customer: "where's my tax refund?", findings: [{"messageId":"deflect","flagged":"HMRC would need to answer that one","output":"I'll check this with HMRC for you and update you by [time]."}] },
    { text: "I've made a note on your account, please contact your bank to unblock it.", customer: "my bank card is blocked", findings: [{"messageId":"deflect","flagged":"please contact your bank","output":"I've made a note on your account, so I'll check this with your bank for you and update you by [time]."}] },
    // "Maybe try…" another's support; "you may wish to rebook" in the app; "worth querying it with them"; "worth
    // double checking there" after a menu path (its gerund read as a noun by the tagger).
    { text: "Maybe try reaching out to the app's own support?", customer: "cant log in to the parking app", findings: [{"messageId":"deflect","flagged":"Maybe try reaching out to the app's own support","output":"I'll check this with the app's own support for you and update you by [time]."}] },
    { text: "You may wish to rebook via the app.", customer: "my delivery slot got cancelled", findings: [{"messageId":"resource","flagged":"You may wish to rebook via the app","output":"You may wish to rebook via the app — or just reply here and I'll take care of it for you."}] },
    { text: "Exchange rates are set by Visa, so it might be worth querying it with them.", customer: "overcharged abroad", findings: [{"messageId":"deflect","flagged":"it might be worth querying it with them","output":"Exchange rates are set by Visa, so I'll check this with them for you and update you by [time]."}] },
    { text: "Credits are held in your account, under Wallet > Credits – worth double checking there first.", customer: "my credit disappeared", findings: [{"messageId":"resource","flagged":"worth double checking there first","output":"Credits are held in your account, under Wallet > Credits – worth double checking there first — or just reply here and I'll take care of it for you."}] },
    // "go through them"; a return to start in the orders page; nothing we can do "from our side".
    { text: "As you booked through Expedia, you'll have to go through them for any changes.", customer: "refund for my hotel?", findings: [{"messageId":"deflect","flagged":"you'll have to go through them","output":"As you booked through Expedia, I'll check this with them for you and update you by [time]."}] },
    { text: "You can start a return in your orders page.", customer: "wrong item in my box", findings: [{"messageId":"resource","flagged":"You can start a return in your orders page","output":"You can start a return in your orders page — or just reply here and I'll take care of it for you."}] },
    { text: "We can't do anything from our side, your GP surgery holds those.", customer: "I need my records", findings: [{"messageId":"notOurs","flagged":"We can't do anything from our side","output":"Let me find out what I can do and update you by [time]."}] },
    // "it's worth checking their site" (impersonal advice); a claim form a page of ours "has", for a customer with trouble.
    { text: "Top-ups are processed by the school's payment provider, so it's worth checking their site.", customer: "my kid's meal account wasn't topped up", findings: [{"messageId":"resource","flagged":"so it's worth checking their site","output":"Top-ups are processed by the school's payment provider, so it's worth checking their site — or just reply here and I'll take care of it for you."}] },
    { text: "Our Help Centre has a warranty claim form: https://t.co/wc1", customer: "the pram wheel snapped", findings: [{"messageId":"resource","flagged":"Our Help Centre has a warranty claim form: https://t.co/wc1","output":"Our Help Centre has a warranty claim form: https://t.co/wc1 — or just reply here and I'll take care of it for you"}] },
    // A topic, then the imperative with no comma; "pop us an email at…"; the party itself needed; a rewrite after
    // "Hi Sam," keeps the agent's lower case.
    { text: "For anything account related pop into one of our branches with ID.", customer: "my account is locked", findings: [{"messageId":"deflect","flagged":"For anything account related pop into one of our branches","output":"Let me sort this out for you from here and update you by [time]."}] },
    { text: "For refunds visit a branch.", customer: "how can I get my money back?", findings: [{"messageId":"deflect","flagged":"For refunds visit a branch","output":"Let me sort this out for you from here and update you by [time]."}] },
    { text: "Pop us an email at hello@brand.example and we'll take it from there.", customer: "my voucher code won't work", findings: [{"messageId":"deflect","flagged":"Pop us an email at hello@brand.example","output":"Let me sort this out for you from here and update you by [time]."}] },
    { text: "You'll need the travel agent for that one.", customer: "my hotel booking isn't showing", findings: [{"messageId":"deflect","flagged":"You'll need the travel agent","output":"I'll check this with the travel agent for you and update you by [time]."}] },
    { text: "Hi Sam, visit one of our branches with ID, they'll sort it.", customer: "my account is locked", findings: [{"messageId":"deflect","flagged":"visit one of our branches","output":"Hi Sam, let me sort this out for you from here and update you by [time]."}] },
    // A report flow in the app's screens; routed to another team, with a link that alone would not be flagged;
    // someone else asked to ring our line; another company named as the one "you want, not us".
    { text: "The Help section in the app has a 'Report a problem' button, tap that and choose 'Missing item'.", customer: "half my order is missing", findings: [{"messageId":"resource","flagged":"tap that and choose 'Missing item","output":"The Help section in the app has a 'Report a problem' button, tap that and choose 'Missing item' — or just reply here and I'll take care of it for you."}] },
    { text: "Afraid this needs to go to our complaints team, you can find how to do that at brand.example/complaints", customer: "I want to complain about your driver", findings: [{"messageId":"notOurs","flagged":"Afraid this needs to go to our complaints team","output":"Let me find out what I can do and update you by [time]."}] },
    { text: "We can only discuss accounts with the account holder. Could they give us a call on 0330 111 222?", customer: "I need to change the address on my dad's account", findings: [{"messageId":"channel","flagged":"Could they give us a call on 0330 111 222","output":"We can only discuss accounts with the account holder. Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "For warranty stuff it's Samsung you want, not us unfortunately.", customer: "my phone screen has lines on it", findings: [{"messageId":"notOurs","flagged":"it's Samsung you want, not us","output":"Let me find out what I can do and update you by [time]."}] },
    // Another team's inbox given; colleagues in store who will sort it "next time you're in"; another brand's support
    // "would be best".
    { text: "Our food safety team will want to hear about this, their inbox is safety@greens.example", customer: "my salad had a slug in it", findings: [{"messageId":"deflect","flagged":"their inbox is","output":"Our food safety team will want to hear about this, so let me sort this out for you from here and update you by [time]."}] },
    { text: "Any of the colleagues on our tills will be able to sort that out next time you're in store.", customer: "the till overcharged me", findings: [{"messageId":"channel","flagged":"Any of the colleagues on our tills will be able to sort that out next time you're in store","output":"Reply here with the details and I'll sort this out for you by [time]."}] },
    { text: "That's really down to the TV maker, Samsung or LG support would be best.", customer: "the tv app won't load", findings: [{"messageId":"notOurs","flagged":"Samsung or LG support would be best","output":"That's really down to the TV maker, so let me find out what I can do and update you by [time]."}] },
    // A business by its spelling ("UNiDAYS", "ChargeNet", "eBay"), named after "from" or "to", that "they" then stands
    // for; "belong to X, not us"; a refund the party would need to make.
    { text: "Student codes come from UNiDAYS so they're the ones to help with that.", customer: "my student discount won't apply", findings: [{"messageId":"deflect","flagged":"they're the ones to help with that","output":"Student codes come from UNiDAYS so I'll check this with them for you and update you by [time]."}] },
    { text: "Those chargers belong to ChargeNet, not us.", customer: "the charger at the services is broken", findings: [{"messageId":"notOurs","flagged":"Those chargers belong to ChargeNet, not us","output":"Let me find out what I can do and update you by [time]."}] },
    { text: "ChargeNet would need to fix it.", customer: "the charger at the services is broken", findings: [{"messageId":"deflect","flagged":"ChargeNet would need to fix it","output":"I'll check this with ChargeNet for you and update you by [time]."}] },
    { text: "You bought it from eBay so they'd need to refund it.", customer: "the item is fake", findings: [{"messageId":"deflect","flagged":"they'd need to refund it","output":"You bought it from eBay so I'll check this with them for you and update you by [time]."}] },
    // A business by name does it; a change that needs doing through another party; reports that go to the developer;
    // a bank that can raise a dispute "if needed" (no real condition).
    { text: "Pension admin is done by Lumen Trustees, they've got a member portal where you can download it.", customer: "I can't see my pension statement", findings: [{"messageId":"notOurs","flagged":"Pension admin is done by Lumen Trustees","output":"Let me find out what I can do and update you by [time]."}] },
    { text: "The machines are serviced by SnackCo - the refund details are on the sticker on the side.", customer: "the vending machine ate my coins", findings: [{"messageId":"notOurs","flagged":"The machines are serviced by SnackCo","output":"Let me find out what I can do and update you by [time]."}] },
    { text: "Seat swaps need doing through the airline I'm afraid, as they control the seat map.", customer: "can I swap my seat?", findings: [{"messageId":"notOurs","flagged":"Seat swaps need doing through the airline","output":"Let me find out what I can do and update you by [time]."}] },
    { text: "Crash reports go to the developer, you can send one from the console menu.", customer: "the game keeps crashing", findings: [{"messageId":"notOurs","flagged":"Crash reports go to the developer","output":"Let me find out what I can do and update you by [time]."}] },
    { text: "Payments are taken by our payment provider, so your bank can raise a dispute with them if needed.", customer: "you double charged me", findings: [{"messageId":"deflect","flagged":"your bank can raise a dispute with them if needed","output":"Payments are taken by our payment provider, so I'll check this with your bank for you and update you by [time]."}] },
    // The errand said of the matter: "it's one to raise with them", "something to check with your bank".
    { text: "Resort fees are set and collected by the hotel itself, so it's one to raise with them at check-out.", customer: "the hotel added a fee", findings: [{"messageId":"deflect","flagged":"it's one to raise with them","output":"Resort fees are set and collected by the hotel itself, so I'll check this with them for you and update you by [time]."}] },
    { text: "It would be something to check with your bank.", customer: "charged twice", findings: [{"messageId":"deflect","flagged":"It would be something to check with your bank","output":"I'll check this with your bank for you and update you by [time]."}] },
    // "…can reprint it if you take ID along": the condition is the errand itself.
    { text: "The venue box office can reprint it if you take ID along 🙂", customer: "lost my gig ticket", findings: [{"messageId":"channel","flagged":"The venue box office can reprint it if you take ID along 🙂","output":"Reply here with the details and I'll sort this out for you by [time]"}] },
    // "who to go to", "worth lodging one with them", a party that "will have the reasons", "a complaint to them is the
    // way to go".
    { text: "The energy ombudsman is who to go to.", customer: "my energy bill doubled", findings: [{"messageId":"notOurs","flagged":"The energy ombudsman is who to go","output":"Let me find out what I can do and update you by [time]."}] },
    { text: "The Civil Aviation Authority handle disputes like this, worth lodging one with them.", customer: "refused a refund on my flight", findings: [{"messageId":"deflect","flagged":"worth lodging one with them","output":"Let me find out what I can do and update you by [time]."}] },
    { text: "We only return the passports unfortunately, the embassy will have the reasons.", customer: "why was my visa refused?", findings: [{"messageId":"deflect","flagged":"the embassy will have the reasons","output":"I'll check this with the embassy for you and update you by [time]."}] },
    { text: "The bus company sets the rules on prams, so a complaint to them is the way to go.", customer: "the driver wouldn't let my pram on", findings: [{"messageId":"notOurs","flagged":"a complaint to them is the way to go","output":"The bus company sets the rules on prams, so let me find out what I can do and update you by [time]."}] },
    // A professional of another trade needed; questions "best put to them" (the subject taken in whole, "itself" and
    // "…related" included); a report to make on another business's site.
    { text: "Hi Sam, anything plumbing related needs a qualified plumber I'm afraid, we can't advise on fitting.", customer: "my new shower leaks", findings: [{"messageId":"notOurs","flagged":"anything plumbing related needs a qualified plumber","output":"Hi Sam, let me find out what I can do and update you by [time]."}] },
    { text: "We just deliver for the pharmacy, so any questions on the order itself are best put to them.", customer: "my prescription is late", findings: [{"messageId":"notOurs","flagged":"any questions on the order itself are best put to them","output":"We just deliver for the pharmacy, so let me find out what I can do and update you by [time]."}] },
    { text: "Reviews are hosted by Trustpilot, you can flag any you think are fake on their site.", customer: "the reviews are fake", findings: [{"messageId":"deflect","flagged":"you can flag any you think are fake on their site","output":"Reviews are hosted by Trustpilot, so let me sort this out for you from here and update you by [time]."}] },
    // A way to serve themselves said to exist ("there's a form for that", "we have a dedicated page"); the agent pointing
    // the customer on; an errand offered under "if you…" then what they can do there themselves, for one who asked us.
    { text: "There's a form for that on our site under My Policy, takes 2 mins!", customer: "can I change my policy address?", findings: [{"messageId":"resource","flagged":"There's a form for that on our site under My Policy, takes 2 mins","output":"There's a form for that on our site under My Policy, takes 2 mins — or just reply here and I'll take care of it for you!"}] },
    { text: "I'd point you towards our app team on 0333 000 1111, they deal with all app payments.", customer: "the self-scan app double charged me", findings: [{"messageId":"deflect","flagged":"I'd point you towards our app team","output":"I'll contact our app team myself and update you by [time]."}] },
    { text: "If you head over to the Orders page you can download any receipt from there 🙂", customer: "can you send me my receipt?", findings: [{"messageId":"resource","flagged":"If you head over to the Orders page you can download","output":"If you head over to the Orders page you can download any receipt from there 🙂 — or just reply here and I'll take care of it for you"}] },
    { text: "We have a dedicated page for cashback claims: brand.example/cashback-claim", customer: "my cashback is missing", findings: [{"messageId":"resource","flagged":"We have a dedicated page for cashback claims: brand.example/cashback-claim","output":"We have a dedicated page for cashback claims: brand.example/cashback-claim — or just reply here and I'll take care of it for you"}] },
    // A bare noun for people elsewhere ("reception can help"); "come from your employer, not from us".
    { text: "oh no! reception can help with that 24/7, just dial 0 from your room phone", customer: "the room safe won't open", findings: [{"messageId":"deflect","flagged":"reception can help with that 24/7","output":"oh no! I'll check this with reception for you and update you by [time]"}] },
    { text: "P60s come from your employer, not from us as the pension provider.", customer: "I need my P60", findings: [{"messageId":"notOurs","flagged":"P60s come from your employer, not from us","output":"Let me find out what I can do and update you by [time]."}] },
    // "whoever provided the service"; another's team "is the place to complain".
    { text: "That looks like a third-party charge, so you'd have to contact whoever provided the service to get it back.", customer: "a charge I don't recognise", findings: [{"messageId":"deflect","flagged":"you'd have to contact whoever provided the service to get it back","output":"That looks like a third-party charge, so I'll check this with whoever provided the service to get it back for you and update you by [time]."}] },
    { text: "National services are run by partner operators, their customer relations team is the place to complain.", customer: "the coach driver was rude", findings: [{"messageId":"notOurs","flagged":"their customer relations team is the place to complain","output":"National services are run by partner operators, so let me find out what I can do and update you by [time]."}] },
  ],
});
