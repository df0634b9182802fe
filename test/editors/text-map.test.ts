// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mapText } from '../../src/editors/text-map';

function root(html: string): HTMLElement {
  document.body.innerHTML = `<div id="ed" contenteditable="true">${html}</div>`;
  return document.getElementById('ed')!;
}

/** Every offset maps to a DOM point and back to the same offset, and ranges cover exactly the text. */
function roundTrips(el: HTMLElement) {
  const map = mapText(el);
  for (let i = 0; i <= map.text.length; i++) {
    for (const bias of ['forward', 'backward'] as const) {
      const p = map.pointAt(i, bias);
      expect(map.offsetOf(p.node, p.offset), `offset ${i} (${bias}) of ${JSON.stringify(map.text)}`).toBe(i);
    }
  }
  return map;
}

/** The DOM text a Range covers, with line breaks for <br> and block edges dropped. */
const rangeText = (r: Range) => r.toString();

describe('mapText: DOM shapes to text', () => {
  it.each([
    ['plain text', 'Hello there', 'Hello there'],
    ['paragraphs', '<p>Hi Sam,</p><p>Thanks for writing.</p>', 'Hi Sam,\nThanks for writing.'],
    ['an empty paragraph between paragraphs (ProseMirror/Quill/CKEditor)', '<p>Hi Sam,</p><p><br></p><p>Body.</p>', 'Hi Sam,\n\nBody.'],
    ['ProseMirror trailing break', '<p>Hi<br class="ProseMirror-trailingBreak"></p><p>There</p>', 'Hi\nThere'],
    ['br line breaks', 'one<br>two<br>three', 'one\ntwo\nthree'],
    ['two br at the end give one empty line', 'one<br><br>', 'one\n'],
    ['Chrome divs', 'first<div>second</div><div><br></div><div>fourth</div>', 'first\nsecond\n\nfourth'],
    ['nested blocks give one break', '<div><p>a</p></div><div><p>b</p></div>', 'a\nb'],
    ['lists', '<p>Steps:</p><ul><li>one</li><li>two</li></ul><p>Done.</p>', 'Steps:\none\ntwo\nDone.'],
    ['nested lists', '<ol><li>a<ul><li>b</li></ul></li><li>c</li></ol>', 'a\nb\nc'],
    ['headings', '<h1>Title</h1><p>text</p>', 'Title\ntext'],
    ['inline formatting', '<p>We <b>will</b> <i>fix</i> it</p>', 'We will fix it'],
    ['pretty-printed HTML whitespace', '\n  <p>a</p>\n  <p>b</p>\n', 'a\nb'],
    ['nbsp becomes a space', '<p>a&nbsp;b&nbsp;</p>', 'a b '],
    ['Slate zero-width placeholders are skipped', '<p><span data-slate-zero-width="n">\uFEFF<br></span></p><p>x</p>', '\nx'],
    ['Quill cursor U+FEFF is skipped', '<p>ab<span class="ql-cursor">\uFEFF</span>cd</p>', 'abcd'],
    ['Draft.js blocks', '<div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Hi</span></span></div></div><div data-block="true"><div><span><br data-text="true"></span></div></div><div data-block="true"><div><span><span data-text="true">Yo</span></span></div></div></div>', 'Hi\n\nYo'],
    ['emoji (surrogate pairs) keep UTF-16 offsets', '<p>Sorry 😞 about that</p><p>👍🏽 ok</p>', 'Sorry 😞 about that\n👍🏽 ok'],
    ['scripts and hidden elements are skipped', '<p>a<script>x()</script><span hidden>no</span><span style="display:none">no</span>b</p>', 'ab'],
    ['empty editor', '', ''],
    ['only an empty paragraph', '<p><br></p>', ''],
    ['table cells', '<table><tr><td>a</td><td>b</td></tr></table>', 'a\nb'],
    ['inline space between elements is kept', '<p><b>a</b> <i>b</i></p>', 'a b'],
  ])('%s', (_name, html, text) => {
    expect(roundTrips(root(html)).text).toBe(text);
  });

  it('blockquote lines are quoted ("> " has no DOM behind it: its offsets map to the quoted line\'s start)', () => {
    const el = root('<p>Thanks!</p><blockquote><p>old</p><p>mail</p></blockquote>');
    const map = mapText(el);
    expect(map.text).toBe('Thanks!\n> old\n> mail');
    const old = el.querySelector('blockquote p')!.firstChild!;
    expect(map.offsetOf(old, 0)).toBe(10);
    expect(map.pointAt(8)).toEqual({ node: old, offset: 0 });
    expect(map.range(10, 13).toString()).toBe('old');
    expect(map.range(map.text.indexOf('mail'), map.text.length).toString()).toBe('mail');
  });

  it('newlines in text collapse to spaces unless white space is preserved', () => {
    const el = root('<p>a\nb</p>');
    expect(mapText(el).text).toBe('a b');
    expect(mapText(el, { preserveNewlines: true }).text).toBe('a\nb');
  });
});

describe('mapText: offsets to ranges', () => {
  it('a range covers exactly the flagged words, across inline elements', () => {
    const el = root("<p>Hi Sam,</p><p>You'll <b>need to</b> contact your bank.</p>");
    const map = roundTrips(el);
    const start = map.text.indexOf('need to contact');
    const r = map.range(start, start + 'need to contact'.length);
    expect(rangeText(r)).toBe('need to contact');
  });

  it('a range across paragraphs covers both sides', () => {
    const el = root('<p>first line</p><p>second line</p>');
    const map = mapText(el);
    const r = map.range(map.text.indexOf('line'), map.text.indexOf('second') + 6);
    expect(rangeText(r)).toBe('linesecond');
  });

  it('ranges after emoji point at the right words', () => {
    const el = root('<p>😞😞 sorry about that</p>');
    const map = mapText(el);
    const at = map.text.indexOf('sorry');
    expect(at).toBe(5);
    expect(rangeText(map.range(at, at + 5))).toBe('sorry');
  });

  it('an insertion point at a line start maps into the next line, at a line end into the previous one', () => {
    const el = root('<p>Hi Sam,</p><p>Body.</p>');
    const map = mapText(el);
    const bodyStart = map.text.indexOf('Body');
    const fwd = map.pointAt(bodyStart, 'forward');
    expect(fwd.node.textContent).toBe('Body.');
    expect(fwd.offset).toBe(0);
    const end = map.pointAt(bodyStart - 1, 'backward');
    expect(end.node.textContent).toBe('Hi Sam,');
    expect(end.offset).toBe(7);
  });

  it('an empty paragraph has a point inside it (before its <br>)', () => {
    const el = root('<p>a</p><p><br></p><p>b</p>');
    const map = mapText(el);
    const p = map.pointAt(2, 'forward');
    expect(p.node).toBe(el.children[1]);
    expect(p.offset).toBe(0);
  });

  it('offsetOf maps element-level points (as selections report them)', () => {
    const el = root('<p>ab</p><p><br></p><p>cd</p>');
    const map = mapText(el);
    expect(map.offsetOf(el.children[1]!, 0)).toBe(3); // the caret in the empty paragraph
    expect(map.offsetOf(el, 0)).toBe(0);
    expect(map.offsetOf(el, el.childNodes.length)).toBe(map.text.length);
    expect(map.offsetOf(document.body, 0)).toBeNull();
  });

  it('points inside skipped zero-width characters clamp to the nearest text', () => {
    const el = root('<p>ab\uFEFFcd</p>');
    const map = mapText(el);
    const t = el.querySelector('p')!.firstChild!;
    expect(map.offsetOf(t, 3)).toBe(2);
    expect(map.offsetOf(t, 4)).toBe(3);
  });
});
