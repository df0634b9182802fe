// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { hasReplyCandidate, isFocusCandidate, watchForReplyCandidate, type CandidateReason } from '../../src/content/reply-candidate-watch';

const settle = () => new Promise((r) => setTimeout(r, 60));

let controller: AbortController;
afterEach(() => {
  controller?.abort();
  document.body.innerHTML = '';
});

function start(o: { focusOnly?: boolean } = {}) {
  controller = new AbortController();
  const calls: CandidateReason[] = [];
  watchForReplyCandidate({
    doc: document,
    signal: controller.signal,
    nextFrame: (fn) => void setTimeout(fn, 0),
    onCandidate: (reason) => calls.push(reason),
    focusOnly: o.focusOnly,
  });
  return calls;
}

const add = (html: string) => {
  const wrap = document.createElement('div');
  wrap.innerHTML = html;
  document.body.append(wrap);
  return wrap;
};

describe('hasReplyCandidate', () => {
  it.each([
    ['a multi-line textarea', '<textarea rows="5"></textarea>'],
    ['a contenteditable root', '<div contenteditable="true"><p>hi</p></div>'],
    ['a role=textbox editor', '<div role="textbox" contenteditable="true"></div>'],
  ])('true for %s', (_name, html) => {
    document.body.innerHTML = html;
    expect(hasReplyCandidate(document)).toBe(true);
  });

  it.each([
    ['an empty page', '<p>Tickets</p>'],
    ['a search box', '<input type="search" placeholder="Search">'],
    ['a read-only textarea', '<textarea rows="5" readonly></textarea>'],
    ['a hidden editor', '<div contenteditable="true" hidden></div>'],
    ['our own UI', '<warmline-ui><div contenteditable="true"></div></warmline-ui>'],
  ])('false for %s', (_name, html) => {
    document.body.innerHTML = html;
    expect(hasReplyCandidate(document)).toBe(false);
  });

  it('looks into open shadow roots', () => {
    const host = add('<div id="host"></div>').querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    expect(hasReplyCandidate(document)).toBe(false);
    shadow.innerHTML = '<div><textarea rows="4"></textarea></div>';
    expect(hasReplyCandidate(document)).toBe(true);
  });
});

describe('isFocusCandidate', () => {
  it('accepts textareas and contenteditable (from an inner node), refuses inputs that are not replies and non-editables', () => {
    document.body.innerHTML = `<textarea id="t"></textarea><div id="ce" contenteditable="true"><b id="in">x</b></div>
      <input id="search" type="search"><input id="mail" type="email"><textarea id="ro" readonly></textarea><button id="b">b</button>`;
    const el = (id: string) => document.getElementById(id);
    expect([el('t'), el('in'), el('ce')].map(isFocusCandidate)).toEqual([true, true, true]);
    expect([el('search'), el('mail'), el('ro'), el('b'), null].map(isFocusCandidate)).toEqual([false, false, false, false, false]);
  });
});

describe('watchForReplyCandidate', () => {
  it('calls back at once when the page already has a reply editor', () => {
    document.body.innerHTML = '<textarea rows="6"></textarea>';
    expect(start()).toEqual(['present']);
  });

  it('stays quiet on a page without one, then calls back once when an editor is added', async () => {
    document.body.innerHTML = '<input type="search"><p>list</p>';
    const calls = start();
    add('<p>more list</p>');
    await settle();
    expect(calls).toEqual([]);
    add('<div contenteditable="true"><p></p></div>');
    await settle();
    expect(calls).toEqual(['added']);
    add('<textarea rows="4"></textarea>');
    await settle();
    expect(calls, 'once only').toEqual(['added']);
  });

  it('sees an element turned editable (an attribute change)', async () => {
    const wrap = add('<div id="x"></div>');
    const calls = start();
    wrap.querySelector('#x')!.setAttribute('contenteditable', 'true');
    await settle();
    expect(calls).toEqual(['added']);
  });

  it('counts the focus of an editable the scans could not see (here: a closed shadow root)', async () => {
    const host = add('<div id="host"></div>').querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'closed' });
    shadow.innerHTML = '<textarea id="t"></textarea>';
    const calls = start();
    await settle();
    expect(calls).toEqual([]);
    (shadow.querySelector('#t') as HTMLTextAreaElement).focus();
    expect(calls).toEqual(['focus']);
  });

  it('focusOnly: ignores what is on the page until an editable gets the focus', async () => {
    document.body.innerHTML = '<textarea id="t" rows="6"></textarea><input id="s" type="search">';
    const calls = start({ focusOnly: true });
    add('<div contenteditable="true"></div>');
    await settle();
    expect(calls).toEqual([]);
    (document.getElementById('s') as HTMLInputElement).focus();
    expect(calls).toEqual([]);
    (document.getElementById('t') as HTMLTextAreaElement).focus();
    expect(calls).toEqual(['focus']);
  });

  it('ends with its signal: nothing after the abort', async () => {
    document.body.innerHTML = '<p>list</p><textarea id="t"></textarea>';
    const calls = start();
    controller.abort();
    add('<div contenteditable="true"></div>');
    (document.getElementById('t') as HTMLTextAreaElement).focus();
    await settle();
    expect(calls).toEqual([]);
  });
  // Same-origin iframes (TinyMCE's editable body) need a browser: happy-dom loads no iframe document. The
  // real-Chromium editors suite (test/e2e/editors.e2e.ts, tinymce and iframe rows) covers them.
});
