import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/engine/draft';
import { clausesOf, type Clause } from '../../../src/rules/shared/clause';

const clauses = (text: string): { text: string; c: Clause }[] => {
  const s = buildDraft(text, new Map(), 1).sentences[0]!;
  return clausesOf(s).map((c) => ({ text: s.text.slice(c.start, c.end), c }));
};
const first = (text: string) => clauses(text)[0]!.c;

describe('clausesOf', () => {
  it.each([
    ['Please reach us here: help.example/contact', 'told', 'reach'],
    ['Send us a note via help.example/form', 'told', 'send'],
    ["You'll need to call the seller", 'told', 'call'],
    ['You can find the guide here', 'offered', 'find'],
    ['We suggest you get in touch with the store', 'told', 'get'],
    ['Have you spoken with your bank yet?', 'asked', 'speak'],
    ["I've passed this to our billing team", 'none', 'pass'],
    ['Rebook any time in the app', 'offered', 'rebook'],
    // A verb the tagger took for a noun, after "please" and before who to send it to.
    ['Please tweet @ShopHelp for assistance', 'told', 'tweet'],
    // A word for sending, as the first word, before who to send it to: no "please" needed.
    ['Tweet @KettleCoHelp for warranty claims', 'told', 'tweet'],
    ['Email support@shop.example with a photo', 'told', 'email'],
    // Asked of the customer, or of someone else on their behalf.
    ["We'd ask that you call the store", 'told', 'call'],
    ["I've asked your local dealer to call you", 'none', 'ask'],
    // A topic, then the imperative with the comma left out.
    ['For anything account related pop into one of our branches', 'told', 'pop'],
    ['For billing questions call 0800 123 456', 'told', 'call'],
    // A screen worked (the tagger takes the leading word for a noun); someone else asked politely, question or not.
    ["Tap 'Report a problem' in the Help section", 'told', 'tap'],
    ['Click Contact us at the bottom of the page', 'told', 'click'],
    ['Could they give us a call on 0330 111 222?', 'told', 'give'],
  ] as const)('reads %j as %s (%s)', (text, directive, verb) => {
    const c = first(text);
    expect(c.directive).toBe(directive);
    expect(c.verb?.root).toBe(verb);
  });

  it('splits at commas and at a joining word that opens a new subject, and keeps a bare link with its clause', () => {
    expect(clauses('Send us a note via help.example/form so our team can connect').map((x) => x.text)).toEqual(['Send us a note via help.example/form', 'so our team can connect']);
    expect(clauses('Bikes are serviced by a partner and their team handles refunds').map((x) => x.text)).toEqual(['Bikes are serviced by a partner', 'and their team handles refunds']);
    const [reach] = clauses('Please reach us here: help.example/contact');
    expect(reach!.text).toBe('Please reach us here: help.example/contact');
    expect(reach!.c.channels.map((ch) => ch.kind)).toEqual(['link']);
  });

  it('reads a pronoun with its verb in a contraction as a clause of its own, and a plural subject led by a noun the tagger took for a verb as no imperative', () => {
    expect(clauses("Copies are kept by the sales team, they're on 0333 444 555").map((x) => x.text)).toEqual(['Copies are kept by the sales team', "they're on 0333 444 555"]);
    // Without a pronoun, a bare phrase still belongs to the clause before it.
    expect(clauses('Our team can help, all day and every day').map((x) => x.text)).toEqual(['Our team can help, all day and every day']);
    expect(first('Contract copies are something the sales team sort').directive).toBe('none');
    expect(first('Game issues go through our ticket system').directive).toBe('none');
    expect(first('Tweet nothing you would not say aloud').directive).toBe('none');
    expect(first('Contact our team on 0800 555 0199').directive).toBe('told');
    // A topic, then a subject: no imperative.
    expect(first("For security reasons we can't do this here").directive).toBe('none');
    expect(first('Tap water is fine to drink').directive).toBe('none');
    expect(first('Could they have sent it to the wrong address?').directive).toBe('none');
    // A noun the tagger took for an imperative, heading a subject whose copula follows; not what "make sure" governs.
    expect(first('Help with damaged orders is available at https://t.co/x').verb?.norm).toBe('available');
    expect(first('Support for old devices is limited').directive).toBe('none');
    expect(first('Make sure the address is right').directive).toBe('told');
    // …or a passive modal after it ("can be made"), with no new subject between.
    expect(first('Date changes for this fare can be made under Manage Booking').directive).toBe('none');
    expect(first('Return items that can be resold').directive).toBe('told');
    // The advice first, then its verb.
    expect(first('The best thing is to take it to the ticket office').verb?.norm).toBe('take');
    expect(first('Best thing is to show it to staff').directive).toBe('told');
    // The verb wished for; a gerund after "worth" that the tagger read as a noun; a leading "maybe".
    expect(first('You may wish to rebook via the app').verb?.norm).toBe('rebook');
    expect(first('worth double checking there first').verb?.norm).toBe('checking');
    expect(first('Maybe try the store').directive).toBe('told');
    // "It's worth…" advises like "worth…" alone.
    expect(first('It might be worth giving them a ring').verb?.norm).toBe('giving');
    expect(first("It's worth it").directive).toBe('none');
    expect(first('Send photos so they can be checked').directive).toBe('told');
  });

  it('opens a clause at a request after a joining word, whatever the tagger made of its verb', () => {
    expect(clauses('Tickets are sold by GigBox so please DM @GigBoxHelp').map((x) => x.text)).toEqual(['Tickets are sold by GigBox', 'so please DM @GigBoxHelp']);
    expect(clauses('Thanks and please call us').map((x) => x.text)).toEqual(['Thanks', 'and please call us']);
  });

  it("names a path through the product's menus", () => {
    expect(first('You can cancel it in Settings > Subscription').channels.map((c) => c.kind)).toEqual(['menu']);
    expect(first('Go to Settings and pick Subscription').channels.map((c) => c.kind)).toEqual([]);
  });

  it('names the channel: a link, phone, chat, web page, place, or this very thread', () => {
    expect(first('Call us on 0800 555 0199').channels.map((c) => c.kind)).toEqual(['phone', 'phone']);
    expect(first('Please ring or chat in with us').channels.map((c) => c.kind)).toContain('chat');
    expect(first('Please DM us your email').channels.map((c) => c.kind)).toEqual(['thread']);
    expect(first('Please confirm it through direct message').channels.map((c) => c.kind)).toEqual(['thread']);
    // Someone else's inbox is an email address, not this thread.
    expect(first('Their inbox is safety@kits.example').channels.map((c) => c.kind)).toEqual(['email', 'email']);
    expect(first('Pop into your local store').channels.map((c) => c.kind)).toEqual(['place']);
  });

  it('reads a short number as a line only right after calling or texting someone', () => {
    expect(first('Text us on 60060 with your order number').channels.map((c) => c.kind)).toEqual(['phone']);
    expect(first('Please call 105').channels.map((c) => c.kind)).toEqual(['phone', 'phone']);
    expect(first('Text SAVE to 60060 for the code').channels.map((c) => c.kind)).toEqual([]);
    expect(first('We shipped 250 units on 12 May').channels.map((c) => c.kind)).toEqual([]);
  });

  it("names another account's @handle and being somewhere in person, but not the addressee's handle", () => {
    expect(first('Try our colleagues at @ShopHelpDesk').channels.map((c) => c.kind)).toEqual(['handle']);
    expect(first('@sam glad it worked').channels.map((c) => c.kind)).toEqual([]);
    expect(first('It has to be checked in person').channels.map((c) => c.kind)).toEqual(['place']);
    expect(first('We can sort it face to face').channels.map((c) => c.kind)).toEqual(['place']);
  });

  it('reads a DM to a named account as this thread (agents name their own), and "or right here" too', () => {
    expect(first('Please follow and DM @ShopHelp with your order number').channels.map((c) => c.kind)).toContain('thread');
    expect(first('You can ring us on 0800 555 0199 or right here').channels.map((c) => c.kind)).toContain('thread');
    expect(first('You can find it right here: shop.example/faq').channels.map((c) => c.kind)).not.toContain('thread');
    expect(first("Our FAQ covers it and here's the form: shop.example/form").channels.map((c) => c.kind)).not.toContain('thread');
  });

  it('does not take the app a step acts on, or an app store, for a place to go', () => {
    expect(first('Try updating the app first').channels).toEqual([]);
    expect(first('Download it from the App Store').channels).toEqual([]);
    expect(first('You can change it in the app').channels.map((c) => c.kind)).toEqual(['web']);
    expect(first('Pop into your local store').channels.map((c) => c.kind)).toEqual(['place']);
  });

  it('marks negation, questions, conditions, reading-only links and the agent as subject', () => {
    expect(first("You won't need to call anyone").negated).toBe(true);
    // A "not" inside a relative clause belongs to it.
    expect(first("Fraud is handled by a team who aren't on social").negated).toBe(false);
    expect(first("Fraud isn't handled by a team who are on social").negated).toBe(true);
    expect(first('Did you try the reset?').question).toBe(true);
    expect(first('If it happens again, call us').conditional).toBe(true);
    // A short condition covers the clause after it.
    expect(clauses('If you would like, call the branch')[1]!.c.directive).toBe('offered');
    expect(first('When you can, please ring us').conditional).toBe(false);
    expect(first('See this page for more info').informational).toBe(true);
    expect(first("We'll look into it").byUs).toBe(true);
  });
});
