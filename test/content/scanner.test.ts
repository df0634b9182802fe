// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createScanner } from '../../src/content/scanner';
import { genericSite } from '../../src/content/site';

const settle = () => new Promise((r) => setTimeout(r, 60));

let controller: AbortController;
afterEach(() => {
  controller?.abort();
  document.body.innerHTML = '';
});

function start() {
  controller = new AbortController();
  const log: string[] = [];
  const docs: Document[] = [];
  const name = (el: HTMLElement) => el.id || el.tagName.toLowerCase();
  const scanner = createScanner({
    signal: controller.signal,
    site: genericSite,
    nextFrame: (fn) => void setTimeout(fn, 0),
    onFound: (el) => log.push(`found ${name(el)}`),
    onLost: (el) => log.push(`lost ${name(el)}`),
    onFocus: (el) => log.push(`focus ${name(el)}`),
    onDocument: (doc) => void docs.push(doc),
  });
  scanner.watch(document);
  return { log, docs };
}

describe('scanner', () => {
  it('finds editors present at start and added later, and loses removed ones', async () => {
    document.body.innerHTML = '<textarea id="a" rows="4"></textarea>';
    const { log, docs } = start();
    expect(log).toEqual(['found a']);
    expect(docs).toEqual([document]);
    const wrap = document.createElement('div');
    wrap.innerHTML = '<div id="b" contenteditable="true"><p>x</p></div>';
    document.body.append(wrap);
    await settle();
    expect(log).toEqual(['found a', 'found b']);
    wrap.remove();
    await settle();
    expect(log).toEqual(['found a', 'found b', 'lost b']);
  });

  it('ignores typing inside a known editor', async () => {
    document.body.innerHTML = '<div id="b" contenteditable="true"><p>x</p></div>';
    const { log } = start();
    document.querySelector('p')!.append(document.createElement('span'));
    await settle();
    expect(log).toEqual(['found b']);
  });

  it('loses an editor that stops being editable, and finds one that becomes editable', async () => {
    document.body.innerHTML = '<div id="b" contenteditable="true"><p>x</p></div><div id="c"><p>y</p></div>';
    const { log } = start();
    document.getElementById('b')!.setAttribute('contenteditable', 'false');
    document.getElementById('c')!.setAttribute('contenteditable', 'true');
    await settle();
    expect(log).toEqual(['found b', 'lost b', 'found c']);
  });

  it('reaches editors in open shadow roots, present at start or found through focus', async () => {
    const host = document.createElement('reply-composer');
    host.attachShadow({ mode: 'open' }).innerHTML = '<textarea id="s" rows="4"></textarea>';
    document.body.append(host);
    const { log } = start();
    expect(log).toEqual(['found s']);
    const late = document.createElement('late-composer');
    document.body.append(late);
    await settle();
    const root = late.attachShadow({ mode: 'open' });
    root.innerHTML = '<div id="t" contenteditable="true"></div>';
    (root.getElementById('t') as HTMLElement).dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(log).toEqual(['found s', 'found t', 'focus t']);
    // Shadow roots are observed once known: removing the editor inside one is seen.
    root.getElementById('t')!.remove();
    await settle();
    expect(log.at(-1)).toBe('lost t');
  });

  it('stops observing when its signal aborts', async () => {
    const { log } = start();
    controller.abort();
    document.body.innerHTML = '<textarea id="z" rows="4"></textarea>';
    await settle();
    expect(log).toEqual([]);
  });
});
