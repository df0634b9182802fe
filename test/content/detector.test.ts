// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editableRoot, findReplyEditors, isReplyEditor } from '../../src/content/detector';
import { genericSite, pickSite, type SiteAdapter } from '../../src/content/site';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const ids = (els: HTMLElement[]) => els.map((e) => e.id);

/** Gives elements a layout box (happy-dom has no layout). */
function sized(el: Element, width: number, height: number) {
  vi.spyOn(el, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, width, height));
}

describe('generic detector', () => {
  it('finds multi-line textareas and contenteditable roots', () => {
    document.body.innerHTML = `
      <textarea id="reply" rows="6"></textarea>
      <div id="rich" contenteditable="true"><p>hi <b id="inner">there</b></p></div>
      <div id="pm" role="textbox" contenteditable="true" aria-multiline="true"></div>
      <div id="plain" contenteditable="plaintext-only"></div>`;
    expect(ids(findReplyEditors(document))).toEqual(['reply', 'rich', 'pm', 'plain']);
  });

  it.each([
    ['a search textarea', '<textarea id="x" rows="3" placeholder="Search tickets"></textarea>'],
    ['a read-only textarea', '<textarea id="x" rows="5" readonly></textarea>'],
    ['a disabled textarea', '<textarea id="x" rows="5" disabled></textarea>'],
    ['a one-row textarea', '<textarea id="x" rows="1"></textarea>'],
    ['a hidden textarea (TinyMCE/CKEditor source)', '<textarea id="x" rows="8" style="display:none"></textarea>'],
    ['an aria-readonly editor', '<div id="x" contenteditable="true" aria-readonly="true"></div>'],
    ['a searchbox', '<div id="x" contenteditable="true" role="searchbox"></div>'],
    ['an editor inside a search landmark', '<div role="search"><div id="x" contenteditable="true"></div></div>'],
    ['a password input', '<input id="x" type="password">'],
    ['an email input', '<input id="x" type="email">'],
    ['a search input', '<input id="x" type="search">'],
    ['a non-editable role=textbox widget', '<div id="x" role="textbox"></div>'],
  ])('skips %s', (_name, html) => {
    document.body.innerHTML = html;
    expect(findReplyEditors(document)).toEqual([]);
  });

  it('coaches a wide one-line text input (a chat composer), not a small one', () => {
    document.body.innerHTML = '<input id="wide" type="text"><input id="small"><input id="to" type="text" name="cc">';
    sized(document.getElementById('wide')!, 600, 30);
    sized(document.getElementById('small')!, 120, 24);
    sized(document.getElementById('to')!, 600, 30);
    expect(ids(findReplyEditors(document))).toEqual(['wide']);
  });

  it('skips tiny contenteditables when laid out', () => {
    document.body.innerHTML = '<div id="tiny" contenteditable="true"></div><div id="big" contenteditable="true"></div>';
    sized(document.getElementById('tiny')!, 80, 14);
    sized(document.getElementById('big')!, 500, 120);
    expect(ids(findReplyEditors(document))).toEqual(['big']);
  });

  it('coaches spellcheck="false" editors too', () => {
    document.body.innerHTML = '<textarea id="r" rows="4" spellcheck="false"></textarea>';
    expect(ids(findReplyEditors(document))).toEqual(['r']);
  });

  it('finds the editable root from any node inside it', () => {
    document.body.innerHTML = '<div id="rich" contenteditable="true"><p>hi <b>there</b></p></div><p id="out">x</p>';
    const b = document.querySelector('b')!;
    expect(editableRoot(b.firstChild)?.id).toBe('rich');
    expect(editableRoot(document.getElementById('out'))).toBeNull();
  });

  it('treats an editable iframe body (TinyMCE) as an editor root', () => {
    const doc = document.implementation.createHTMLDocument('frame');
    doc.body.setAttribute('contenteditable', 'true');
    doc.body.innerHTML = '<p>Hi</p>';
    expect(findReplyEditors(doc)).toContain(doc.body);
  });

  it('never coaches its own UI', () => {
    const host = document.createElement('warmline-ui');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea rows="4"></textarea>';
    expect(isReplyEditor(root.querySelector('textarea')!)).toBe(false);
  });
});

describe('site adapters', () => {
  it('falls back to the generic site, which reads [data-warmline-customer] as text', () => {
    document.body.innerHTML = '<div data-warmline-customer><strong>Sam</strong><p>My order <b>never</b> came.</p></div>';
    const site = pickSite([], location, document);
    expect(site).toBe(genericSite);
    expect(site.customerMessage(document)).toBe('Sam\nMy order never came.');
  });

  it('picks the first adapter that knows the page', () => {
    const custom: SiteAdapter = { ...genericSite, id: 'custom', matches: () => true };
    expect(pickSite([{ ...genericSite, id: 'no', matches: () => false }, custom], location, document).id).toBe('custom');
  });
});
