// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAdapter } from '../../src/editors';
import type { AdapterEnv, HighlightPainter } from '../../src/editors/types';

function env(): AdapterEnv & { painted: { category: string; text: string }[][] } {
  const painted: { category: string; text: string }[][] = [];
  const highlights: HighlightPainter = {
    set: (_owner, _doc, _root, marks) => void painted.push(marks.map((m) => ({ category: m.category, text: m.range.toString() }))),
    dispose: () => undefined,
  };
  const layer = document.createElement('div');
  document.documentElement.appendChild(layer);
  return { highlights, overlayLayer: () => layer, painted };
}

/** A stand-in for the browser's execCommand('insertText'): replaces the selection with the text, caret after it. */
function fakeExecCommand() {
  const calls: string[] = [];
  (document as unknown as { execCommand: unknown }).execCommand = (cmd: string, _ui: boolean, text = '') => {
    calls.push(`${cmd}:${text}`);
    const active = document.activeElement as HTMLInputElement | HTMLTextAreaElement | null;
    if (active && (active.tagName === 'TEXTAREA' || active.tagName === 'INPUT')) {
      const at = active.selectionStart! + text.length;
      active.setRangeText(text, active.selectionStart!, active.selectionEnd!, 'end');
      active.setSelectionRange(at, at);
      active.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
      return true;
    }
    const sel = document.getSelection()!;
    const r = sel.getRangeAt(0);
    r.deleteContents();
    const node = document.createTextNode(text);
    r.insertNode(node);
    sel.setBaseAndExtent(node, text.length, node, text.length);
    return true;
  };
  return calls;
}

afterEach(() => {
  delete (document as unknown as { execCommand?: unknown }).execCommand;
  document.body.innerHTML = '';
});

describe('contenteditable adapter', () => {
  function editor(html: string) {
    document.body.innerHTML = `<div id="ed" contenteditable="true">${html}</div>`;
    const el = document.getElementById('ed')!;
    const e = env();
    return { el, e, adapter: createAdapter(el, e) };
  }

  it('reads block-aware text and reports the caret offset', () => {
    const { el, adapter } = editor('<p>Hi Sam,</p><p>We will fix it.</p>');
    expect(adapter.kind).toBe('contenteditable');
    expect(adapter.read()).toBe('Hi Sam,\nWe will fix it.');
    const text = el.querySelectorAll('p')[1]!.firstChild!;
    document.getSelection()!.setBaseAndExtent(text, 3, text, 3);
    expect(adapter.caret()).toBe(11);
  });

  it('reads a change made in the same task, with no event, and keeps offsets right after it', () => {
    const { el, adapter } = editor('<p>Hi Sam,</p><p>We will fix it.</p>');
    expect(adapter.read()).toBe('Hi Sam,\nWe will fix it.');
    const second = el.querySelectorAll('p')[1]!;
    (second.firstChild as Text).data = 'We fixed it.';
    expect(adapter.read()).toBe('Hi Sam,\nWe fixed it.');
    second.setAttribute('hidden', '');
    expect(adapter.read()).toBe('Hi Sam,');
    second.removeAttribute('hidden');
    el.querySelector('p')!.remove();
    expect(adapter.read()).toBe('We fixed it.');
    document.getSelection()!.setBaseAndExtent(second.firstChild!, 3, second.firstChild!, 3);
    expect(adapter.caret()).toBe(3);
  });

  it('reports no caret when the selection is outside the editor', () => {
    const { adapter } = editor('<p>abc</p>');
    const outside = document.createElement('p');
    outside.textContent = 'x';
    document.body.append(outside);
    adapter.read();
    document.getSelection()!.setBaseAndExtent(outside.firstChild!, 0, outside.firstChild!, 0);
    expect(adapter.caret()).toBeNull();
  });

  it('paints highlights over exactly the flagged words, grouped by category', () => {
    const { adapter, e } = editor("<p>You'll <b>need to</b> contact your bank.</p>");
    const text = adapter.read();
    const start = text.indexOf('need');
    adapter.paint([{ start, end: start + 'need to contact'.length, rule: 'deflection', category: 'ownership' }, { start: 0, end: 0, rule: 'missing-thanks', category: 'thanks' }]);
    expect(e.painted.at(-1)).toEqual([{ category: 'ownership', text: 'need to contact' }]);
    adapter.dispose();
    expect(e.painted.at(-1)).toEqual([]);
  });

  it('applies an edit by selecting the range and inserting through execCommand; the caret ends after it', async () => {
    const calls = fakeExecCommand();
    const { el, adapter } = editor("<p>Hi Sam,</p><p>You'll need to contact your bank.</p>");
    const text = adapter.read();
    const start = text.indexOf("You'll need to contact");
    const end = start + "You'll need to contact".length;
    expect(await adapter.apply({ start, end, text: "I'll contact" })).toBe(true);
    expect(calls).toEqual(["insertText:I'll contact"]);
    expect(adapter.read()).toBe("Hi Sam,\nI'll contact your bank.");
    expect(document.activeElement).toBe(el);
    expect(adapter.caret()).toBe(start + "I'll contact".length);
  });

  it('offers the edit as a beforeinput first; an editor that takes it (CKEditor, Lexical) gets no execCommand', async () => {
    const calls = fakeExecCommand();
    const { el, adapter } = editor('<p>abc def</p>');
    const seen: string[] = [];
    el.addEventListener('beforeinput', (ev) => {
      const e = ev as InputEvent;
      seen.push(`${e.inputType}:${e.dataTransfer?.getData('text/plain') ?? e.data}`);
      e.preventDefault();
      el.querySelector('p')!.textContent = 'abc XYZ';
    });
    expect(await adapter.apply({ start: 4, end: 7, text: 'XYZ' })).toBe(true);
    expect(seen).toEqual(['insertReplacementText:XYZ']);
    expect(calls).toEqual([]);
    expect(adapter.read()).toBe('abc XYZ');
  });

  it('refuses edits outside the text', async () => {
    const { adapter } = editor('<p>abc</p>');
    expect(await adapter.apply({ start: 2, end: 9, text: 'x' })).toBe(false);
  });

  it('select() puts the caret at a text offset', () => {
    const { adapter } = editor('<p>one</p><p>two</p>');
    adapter.read();
    adapter.select(5);
    expect(adapter.caret()).toBe(5);
  });

  it('uses the Draft.js adapter inside a DraftEditor-root', () => {
    document.body.innerHTML = '<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true"><div data-contents="true"></div></div></div>';
    const el = document.querySelector<HTMLElement>('.public-DraftEditor-content')!;
    expect(createAdapter(el, env()).kind).toBe('draftjs');
  });
});

describe('textarea adapter', () => {
  function field(tag: 'textarea' | 'input', value: string) {
    const el = document.createElement(tag);
    el.value = value;
    document.body.append(el);
    const e = env();
    return { el, e, adapter: createAdapter(el, e) };
  }

  it('reads the value and the caret', () => {
    const { el, adapter } = field('textarea', 'Hello there');
    expect(adapter.kind).toBe('textarea');
    expect(adapter.read()).toBe('Hello there');
    el.setSelectionRange(4, 4);
    expect(adapter.caret()).toBe(4);
  });

  it('applies through execCommand with the range selected; the caret ends after the text', async () => {
    const calls = fakeExecCommand();
    const { el, adapter } = field('textarea', "You'll need to contact your bank.");
    const input = vi.fn();
    el.addEventListener('input', input);
    expect(await adapter.apply({ start: 0, end: 22, text: "I'll contact" })).toBe(true);
    expect(calls).toEqual(["insertText:I'll contact"]);
    expect(el.value).toBe("I'll contact your bank.");
    expect(el.selectionStart).toBe(12);
    expect(el.selectionEnd).toBe(12);
    expect(input).toHaveBeenCalledTimes(1);
  });

  it('without execCommand, inserts with setRangeText and fires input (for the page framework)', async () => {
    const { el, adapter } = field('input', 'abc def');
    const types: string[] = [];
    el.addEventListener('beforeinput', (e) => types.push(`before:${(e as InputEvent).inputType}`));
    el.addEventListener('input', (e) => types.push(`input:${(e as InputEvent).inputType}`));
    expect(await adapter.apply({ start: 3, end: 3, text: ', thanks' })).toBe(true);
    expect(el.value).toBe('abc, thanks def');
    expect(types).toEqual(['before:insertText', 'input:insertText']);
    expect(el.selectionEnd).toBe(11);
  });

  it('draws overlay marks (data-wl=mark, data-rule) for flagged spans only, as text', () => {
    const { adapter, e } = field('textarea', 'We will <b>fix</b> it soon.');
    adapter.paint([
      { start: 8, end: 18, rule: 'deflection', category: 'ownership' },
      { start: 22, end: 26, rule: 'vague-promise', category: 'promise' },
      { start: 0, end: 0, rule: 'missing-thanks', category: 'thanks' },
    ]);
    const overlay = e.overlayLayer()!.querySelector('[data-wl="overlay"]')!;
    const marks = [...overlay.querySelectorAll('[data-wl="mark"]')];
    expect(marks.map((m) => [m.getAttribute('data-rule'), m.textContent])).toEqual([
      ['deflection', '<b>fix</b>'],
      ['vague-promise', 'soon'],
    ]);
    expect(overlay.querySelector('b')).toBeNull();
    adapter.dispose();
    expect(e.overlayLayer()!.querySelector('[data-wl="overlay"]')).toBeNull();
  });
});
