// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createRangeReuse } from '../../src/editors/range-reuse';
import { mapText } from '../../src/editors/text-map';
import type { Mark } from '../../src/editors/types';

afterEach(() => {
  document.body.innerHTML = '';
});

const mark = (text: string, words: string, category = 'ownership', from = 0): Mark => {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, rule: 'r', category };
};

describe('createRangeReuse', () => {
  function setup() {
    document.body.innerHTML = '<div id="ed"><p>We will get back to you soon.</p><p>You need to contact your bank.</p></div>';
    const el = document.getElementById('ed')!;
    return { el, reuse: createRangeReuse() };
  }

  it('gives ranges over exactly the marked words, leaving empty marks out', () => {
    const { el, reuse } = setup();
    const map = mapText(el);
    const out = reuse([mark(map.text, 'soon'), { start: 3, end: 3, rule: 'm', category: 'thanks' }, mark(map.text, 'need to contact', 'deflection')], map);
    expect(out.map((p) => [p.category, p.range.toString()])).toEqual([['ownership', 'soon'], ['deflection', 'need to contact']]);
  });

  it('reuses the previous Range objects when an edit elsewhere left their points in place', () => {
    const { el, reuse } = setup();
    let map = mapText(el);
    const first = reuse([mark(map.text, 'need to contact', 'deflection')], map);
    // An edit in another paragraph: the flagged words' text node is untouched.
    (el.querySelector('p')!.firstChild as Text).data = 'We will get back to you very soon.';
    map = mapText(el);
    const second = reuse([mark(map.text, 'need to contact', 'deflection')], map);
    expect(second[0]!.range).toBe(first[0]!.range);
    expect(second[0]!.range.toString()).toBe('need to contact');
  });

  it('makes a new Range when the points moved, the category changed, or the same words are marked twice', () => {
    const { el, reuse } = setup();
    let map = mapText(el);
    const first = reuse([mark(map.text, 'need to contact', 'deflection')], map);
    const p2 = el.querySelectorAll('p')[1]!;
    p2.replaceChildren(document.createTextNode('Sorry, you need to contact your bank.')); // new node under the words
    map = mapText(el);
    const moved = reuse([mark(map.text, 'need to contact', 'deflection')], map);
    expect(moved[0]!.range).not.toBe(first[0]!.range);
    expect(moved[0]!.range.toString()).toBe('need to contact');
    const recoloured = reuse([mark(map.text, 'need to contact', 'apology')], map);
    expect(recoloured[0]!.range).not.toBe(moved[0]!.range);
    const twice = reuse([mark(map.text, 'need to contact', 'apology'), mark(map.text, 'need to contact', 'apology')], map);
    expect(twice[0]!.range).toBe(recoloured[0]!.range);
    expect(twice[1]!.range).not.toBe(twice[0]!.range);
    expect(twice[1]!.range.toString()).toBe('need to contact');
  });
});
