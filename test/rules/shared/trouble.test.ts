import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/engine/draft';
import { customerTrouble, secondPerson } from '../../../src/rules/shared/trouble';

const parse = (text: string) => buildDraft(text, new Map(), 1);

describe('customerTrouble', () => {
  it.each([
    ['My order arrived damaged and I need it replaced.', 'your order arrived damaged'],
    ['I was charged twice for my plan this month.', 'you were charged twice for your plan this month'],
    ['you lost my suitcase AGAIN', 'we lost your suitcase again'],
    ['Why has my account been suspended?', 'your account has been suspended'],
    ["I've been waiting 40 minutes for a callback", "you've been waiting 40 minutes for a callback"],
    ['The payment page keeps timing out, really annoying', 'the payment page keeps timing out'],
    // Trouble in unusual words.
    ['Our API has been returning intermittent 502s since 06:00.', 'your API has been returning intermittent 502s since 06:00'],
    ['The gate staff wouldn\'t even look at my bag.', "the gate staff wouldn't even look at your bag"],
    ['my season ticket didn\'t auto renew', "your season ticket didn't auto renew"],
    ['The app keeps spinning and never loads', 'the app keeps spinning and never loads'],
    ['The driver refused to take my suitcase', 'the driver refused to take your suitcase'],
    // How someone of theirs treated the customer.
    ['the guard laughed at me when I asked which platform', 'the guard laughed at you'],
    // Sarcasm's frame is not the trouble.
    ['I LOVE how my parcel is STILL MISSING', 'your parcel is still missing'],
  ])('reports %j as %j', (customer, phrase) => {
    const t = customerTrouble(parse(customer));
    expect(t.reported).toBe(true);
    expect(t.phrase).toBe(phrase);
  });

  it.each([
    'Do you ship to Norway?',
    'Thanks so much, the new dashboard is brilliant!',
    'I ordered the wrong size by mistake, can I swap it?',
    'If the parcel arrives damaged, what should I do?',
    'Sorry to bother you, where do I find my invoices?',
    'locked out, how long until someone gets here?',
    'How much is the admin fee?',
    'I got everything, all fine now thanks!',
    'My husband or someone else will be home to sign for it.',
    'That recipe was dead easy, thank you!',
    'Hopefully it won\'t take long, I\'m moving on the 3rd.',
    // Laughing with someone, a long time as a happy customer.
    'the staff laughed and joked with my kids, lovely evening',
    'its been 2 years since I joined and I love it',
    // A day that fell on another day hurts nobody.
    'my delivery day fell on my day off, perfect timing!',
    // Showing off one's own work.
    'See what I did to my garden, finally finished!',
    // Our own doing, a question with a double mark, praise after praise.
    'we are not doing anything about the garden yet, just planning',
    'is the shop open on Sunday??',
    'Love the new menu. Great!',
    // Love shouted; the customer's own knack.
    'honestly I LOVE YOUR SHOP, best in town',
    'BEST SERVICE EVER, thank you',
    'SO HAPPY WITH MY NEW PHONE',
    'my baking skills suck lol',
    'my handwriting is awful, hope the form was readable',
    'my drawing skills are hopeless haha',
    'been loving the app since the last update, great work',
    'on day 3 of my free trial and loving it',
    'I like my steak pink inside, can you do that?',
    'do you keep a record of my orders?',
    // A jam that is food or traffic; praise opening on more good news.
    'do you sell strawberry jam?',
    'Great, another order arrived safely, thanks!',
    // A cancellation the customer asked for, thanked for.
    'thanks for cancelling my subscription so quickly!',
    // Someone sought for a question; a count that is no chase; leaving for reasons of their own.
    'is anyone there to help with a return question?',
    'this is my 2nd time ordering, love it',
    'cancelling my contract as I\'m moving abroad',
    // Quotes around a promise kept, with praise.
    'chose the "next day" option and it came next day, perfect',
  ])('finds no trouble with us in %j', (customer) => {
    expect(customerTrouble(parse(customer)).reported).toBe(false);
  });

  it.each([
    'got a £50 fine for parking outside the zone',
    'Power cut again on our street',
    'can\'t end my ride, app just spinning',
    'they made me pay £60 to upgrade to the car I booked',
    'why does my show buffer every two minutes',
    'your engineer was a no-show',
    'the heating packed up again',
    // Harm shown rather than told; a refusal to put it right.
    'Look what the courier did to my parcel https://t.co/x',
    'the store won\'t exchange it because I opened it',
    'the shop wouldn\'t take my jacket back',
    // Money held back, nothing done, a word of praise after a grievance, a bare "Hello???" after waiting.
    'the airline are not giving me my deposit back',
    'the landlord isn\'t doing anything about it',
    'ordered a medium, got an XL. great.',
    'Sent the photos on Monday. Hello???',
    // A device's memory is no knack of the customer's.
    'my phone memory is full since your update',
    // The days counted while it lasts, and the praise that mocks it.
    'so my next day delivery is now on day 4. cool cool cool',
    'day 6 of no internet',
    // Food not right, what we should have on record, what our staff did to the customer's things.
    'the chicken in my wrap was pink inside',
    'the hotel had no record of my booking when I arrived',
    'your driver blocked my driveway for 20 mins',
    // Shouted with nothing loved, or loved beside what broke.
    'WORST SERVICE EVER',
    'I LOVE IT BUT IT BROKE AFTER A DAY',
    // A machine that jams, a dead part, what never showed, help that goes nowhere, praise opening on more of the same.
    'the scanner you sold me jams on every sheet',
    'my new monitor has two dead pixels',
    'the refund is nowhere to be found',
    'your phone menu sends me round in circles',
    'brilliant, another "delivered" parcel I never got',
    // What a thing is for, failing.
    'the tray table would not close on my flight',
    'my new earbuds won\'t pair',
    // Harm thanked for in sarcasm; what the customer went without; "never again".
    'thanks a lot for breaking my laptop',
    'four hours on the train with no toilets. never again',
    // Unheard, or done with us.
    'is anybody even reading these? 4th message',
    'closing my account, fed up with you',
    // A promise in scare quotes; done without what comes first; something else sent instead; minutes on hold.
    'so my "express" parcel is arriving next week??',
    'the engineer left without even ringing the bell',
    'my veg box was substituted with random fruit',
    'been on hold for 40 minutes now',
  ])('reports trouble in %j', (customer) => {
    expect(customerTrouble(parse(customer)).reported).toBe(true);
  });

  it('says nothing without a customer message', () => {
    expect(customerTrouble(undefined)).toEqual({ reported: false, upset: false });
  });

  it('reports trouble but no phrase when the words cannot be said back cleanly', () => {
    const t = customerTrouble(parse("My refund was meant to arrive in 7 days. It's been 5 weeks."));
    expect(t.reported).toBe(true);
    expect(t.phrase).toBeUndefined();
  });

  it.each([
    // A paid-for promise gone by, written without its apostrophe; someone hurt by something of theirs, then laughed at.
    'paid for next day delivery, its been 4 days',
    'the lift doors shut on my kid, staff just laughed',
  ])('reports trouble in %j', (customer) => {
    expect(customerTrouble(parse(customer)).reported).toBe(true);
  });

  it.each([
    // A complaint asked as a question, a status that should not last, a service asked back up, a demand, sarcasm.
    "Is there a reason my order has been 'in transit' since last Tuesday?",
    'when will the app be back online',
    'my burger came half eaten??',
    'honestly just want my money back now',
    'love how I renewed last week and still get the trial banner',
    // Asking again and again, or never answered.
    'I have emailed four times about this',
    'already tried that days ago',
    "you don't even reply",
  ])('reports trouble in %j', (customer) => {
    expect(customerTrouble(parse(customer)).reported).toBe(true);
  });

  it.each([
    // Their look-alikes: a neutral "is there", restocking, backing up a phone, sincere praise for what still works.
    'Is there a branch near Leeds station?',
    'When will the linen range be back in stock?',
    'I backed up my phone last night, how do I restore it?',
    'Love how it still works after ten years!',
    'love how you still answer at midnight, thanks',
    'I sent a message yesterday, how do I check the reply?',
  ])('finds no trouble with us in %j', (customer) => {
    expect(customerTrouble(parse(customer)).reported).toBe(false);
  });
});

describe('secondPerson', () => {
  it.each([
    ['I was charged twice', 'you were charged twice'],
    ['your engineer damaged my floor', 'our engineer damaged your floor'],
    ['the link you sent me is broken', 'the link we sent you is broken'],
    ['I paid for a window seat and was moved', 'you paid for a window seat and were moved'],
    ["we've been billed for 40 seats", "you've been billed for 40 seats"],
    // After "and", "you" with its verb next is the subject; "between me and you" keeps the object.
    ['I ordered blue and you sent red', 'you ordered blue and we sent red'],
    ['it is between me and you', 'it is between you and us'],
  ])('%j → %j', (from, to) => expect(secondPerson(from)).toBe(to));
});
