import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/engine/draft';
import { customerComplains, sentenceSignals } from '../../../src/rules/shared/complaint';

const complains = (text: string) => customerComplains(buildDraft(text, new Map(), 1)).complains;

describe('customerComplains', () => {
  // How people really complain: slang, fragments, emoji, shouting, repeated failure, outages, questions.
  it.each([
    'this app is absolute trash',
    'wtf, the checkout page just spins',
    'and it is doing it AGAIN',
    'still cant log in after the update',
    'voucher code wont apply at checkout',
    'ordered on the 2nd, never got it',
    'my router has been useless for a week 😡',
    'the whole network is down in my street, no signal since lunch',
    "can't get the payment page to work, any ideas?",
    'Tried the reset twice to no avail',
    'ANSWER YOUR PHONE',
    'nobody replies to my emails, three times now',
    'Same error on both laptops',
    'thanks a lot for breaking my laptop with that update 🙃🙃',
    'please just fix the login, it logs me out every hour',
    'top up doesnt seem to work, could you look at my balance?',
    "I didn't subscribe to this and you took £9",
    // A utility gone, a wait that came to nothing, a superlative about our staff, what the tracking claims.
    'no hot water for 3 days now, great service',
    'waited in for the delivery all day, nothing',
    'just had the rudest call with one of your agents',
    "my package says delivered but it's not here",
  ])('reads %j as a complaint', (text) => {
    expect(complains(text)).toBe(true);
  });

  it.each([
    'Do you deliver to the islands?',
    'How do I change the email on my account?',
    'Worked! Thank you so much 🙌',
    'all good now, got it sorted',
    'Love the new menu, the soup is brilliant',
    'Any update on when dark mode is coming?',
    'if my parcel is late, can I get a refund?',
    "Just checked in for my flight, can't wait!!",
    'Sorry to bug you, where is the invoice page?',
    'Yes',
    'My account number is 4471',
    "what's the rudest thing a customer has said to you lol",
    'do you have hot water bottles in stock',
    "waited ages for this game and it's brilliant",
  ])('reads %j as no complaint', (text) => {
    expect(complains(text)).toBe(false);
  });

  it('finds upset in shouting, profanity and angry emoji, not in acronyms or cheerful exclamation', () => {
    expect(sentenceSignals('WHY IS THIS SO HARD').upset).toBe(true);
    expect(sentenceSignals('this is crap').upset).toBe(true);
    expect(sentenceSignals('order 4471 👎').upset).toBe(true);
    expect(sentenceSignals('my USPS tracking says HDMI cable delivered').upset).toBe(false);
    expect(sentenceSignals('see you on Friday!!!').upset).toBe(false);
  });

  it('hears sarcasm in a word of praise said over and over, and in a bare "cool" after a grievance', () => {
    const tone = (text: string) => customerComplains(buildDraft(text, new Map(), 1));
    expect(tone('cool cool cool').upset).toBe(true);
    expect(tone('ordered a medium, got an XL. cool.').complains).toBe(true);
    expect(tone('got it, cool').upset).toBe(false);
    expect(tone('the new menu is great, great, great!').upset).toBe(false);
    expect(tone('great, still waiting on my refund').upset).toBe(true);
    expect(tone('great, another lovely meal').upset).toBe(false);
  });

  it('reads a negated feeling the other way round', () => {
    expect(sentenceSignals('not happy with this at all').negative).toBeGreaterThan(0);
    expect(sentenceSignals('not bad at all').negative).toBe(0);
  });

  it('reads a failure negated through "seem to be" or "appear to be"', () => {
    expect(sentenceSignals("the top up doesn't seem to be working").failure).toBe(true);
    expect(sentenceSignals('the app does not appear to be loading').failure).toBe(true);
    expect(sentenceSignals("it doesn't seem to be too bad, thanks").failure).toBe(false);
  });

  it('reads stretched letters and missing apostrophes as the words they are', () => {
    expect(sentenceSignals('sooooo slooooow').negative).toBeGreaterThan(0);
    expect(sentenceSignals('it wont load').failure).toBe(true);
  });

  it('reads nothing reported in a supposed clause', () => {
    expect(sentenceSignals('if it arrives broken can I send it back?').problem).toBe(false);
    expect(sentenceSignals("it doesn't load, so I wonder if the server is down").failure).toBe(true);
  });
});
