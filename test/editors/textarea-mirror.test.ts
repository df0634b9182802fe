// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createTextareaMirror } from '../../src/editors/textarea-mirror';
import type { Mark } from '../../src/editors/types';

afterEach(() => {
  document.body.innerHTML = '';
});

function setup(value: string) {
  document.body.innerHTML = '<textarea id="t"></textarea><div id="layer"></div>';
  const field = document.getElementById('t') as HTMLTextAreaElement;
  field.value = value;
  const layer = document.getElementById('layer')!;
  const mirror = createTextareaMirror(field, () => layer);
  const overlay = () => layer.querySelector('[data-wl="overlay"]')!;
  return { field, layer, mirror, overlay };
}

/** Marks on every occurrence of the words, as an analysis of `text` would give. */
const marksOn = (text: string, words: Record<string, string>): Mark[] =>
  Object.entries(words).flatMap(([w, rule]) => {
    const out: Mark[] = [];
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) out.push({ start: i, end: i + w.length, rule, category: rule === 'deflection' ? 'ownership' : 'promise' });
    return out;
  });

/** What a mirror that builds from nothing shows for this text and these marks. */
function fresh(value: string, marks: Mark[]): string {
  const other = document.createElement('div');
  document.body.append(other);
  const f = document.createElement('textarea');
  document.body.append(f);
  const m = createTextareaMirror(f, () => other);
  m.render(value, marks);
  const html = other.querySelector('[data-wl="overlay"]')!.innerHTML;
  m.dispose();
  other.remove();
  f.remove();
  return html;
}

describe('textarea mirror', () => {
  const words = { soon: 'vague-promise', 'need to contact': 'deflection' };

  it('keeps the marks’ nodes when a keystroke changes the text between them, and only that text node changes', () => {
    const v1 = 'We will be back soon. You need to contact your bank. Talk soon.';
    const { mirror, overlay } = setup(v1);
    mirror.render(v1, marksOn(v1, words));
    const spans = [...overlay().querySelectorAll('[data-wl="mark"]')];
    const children = [...overlay().childNodes];
    const v2 = v1.replace('your bank', 'your own bank');
    mirror.render(v2, marksOn(v2, words));
    expect([...overlay().querySelectorAll('[data-wl="mark"]')]).toEqual(spans);
    expect([...overlay().childNodes]).toEqual(children);
    expect(overlay().textContent).toBe(`${v2}\u200B`);
  });

  it('matches a mirror built from nothing after any sequence of edits and mark changes', () => {
    let value = 'Hi Sam, we will get back to you soon. You need to contact your bank soon.';
    const { mirror, overlay } = setup(value);
    const edits: ((v: string) => string)[] = [
      (v) => `${v}!`,
      (v) => v.replace('soon', 'today'), // a mark goes away
      (v) => `soon ${v}`, // one appears at the start
      (v) => v.replace('bank', 'bank, need to contact them'), // one appears in the middle
      (v) => v.slice(0, 10), // most of the text removed
      (v) => `${v}\n\nneed to contact soon`, // adjacent marks at the end
      (v) => v.replace('need to contact', 'need to contact soon need to contact'),
      () => '',
      () => 'soon',
    ];
    for (const edit of edits) {
      value = edit(value);
      const marks = marksOn(value, words);
      mirror.render(value, marks);
      expect(overlay().innerHTML).toBe(fresh(value, marks));
    }
  });

  it('points at the right text after an incremental render (rects use these offsets)', () => {
    const v1 = 'one soon two';
    const { mirror, overlay } = setup(v1);
    mirror.render(v1, marksOn(v1, words));
    const v2 = 'one more soon two';
    mirror.render(v2, marksOn(v2, words));
    const mark = overlay().querySelector('[data-wl="mark"]')!;
    expect(mark.textContent).toBe('soon');
    expect(mark.getAttribute('data-rule')).toBe('vague-promise');
  });

  it('rebuilds in a new overlay after the layer lost it', () => {
    const v = 'back soon';
    const { mirror, overlay, layer } = setup(v);
    mirror.render(v, marksOn(v, words));
    layer.replaceChildren();
    mirror.render(`${v}!`, marksOn(`${v}!`, words));
    expect(overlay().textContent).toBe('back soon!\u200B');
  });
});
