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
  ])('finds no trouble with us in %j', (customer) => {
    expect(customerTrouble(parse(customer)).reported).toBe(false);
  });

  it('says nothing without a customer message', () => {
    expect(customerTrouble(undefined)).toEqual({ reported: false, upset: false });
  });

  it('reports trouble but no phrase when the words cannot be said back cleanly', () => {
    const t = customerTrouble(parse("My refund was meant to arrive in 7 days. It's been 5 weeks."));
    expect(t.reported).toBe(true);
    expect(t.phrase).toBeUndefined();
  });
});

describe('secondPerson', () => {
  it.each([
    ['I was charged twice', 'you were charged twice'],
    ['your engineer damaged my floor', 'our engineer damaged your floor'],
    ['the link you sent me is broken', 'the link we sent you is broken'],
    ['I paid for a window seat and was moved', 'you paid for a window seat and were moved'],
    ["we've been billed for 40 seats", "you've been billed for 40 seats"],
  ])('%j → %j', (from, to) => expect(secondPerson(from)).toBe(to));
});
