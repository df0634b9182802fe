// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCoach, type Clock, type Coach } from '../../src/content/coach';
import { genericSite } from '../../src/content/site';
import { localEngine } from '../../src/content/local-engine';
import { analyze } from '../../src/engine';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

const DRAFT_HTML = "<p>Hi Sam,</p><p><br></p><p>You'll need to contact your bank about that charge. We'll get back to you soon.</p>";
const DRAFT_TEXT = "Hi Sam,\n\nYou'll need to contact your bank about that charge. We'll get back to you soon.";

function fakeClock() {
  const controller = new AbortController();
  let queue: (() => void)[] = [];
  const clock: Clock = {
    signal: controller.signal,
    frame: (fn) => void queue.push(fn),
    idle: (fn) => void queue.push(fn),
    timeout: (fn) => {
      queue.push(fn);
      return () => (queue = queue.filter((f) => f !== fn));
    },
    valid: () => !controller.signal.aborted,
  };
  const run = () => {
    for (let i = 0; i < 10 && queue.length; i++) {
      const q = queue;
      queue = [];
      q.forEach((fn) => fn());
    }
  };
  return { clock, run, abort: () => controller.abort() };
}

function fakeExecCommand() {
  (document as unknown as { execCommand: unknown }).execCommand = (_cmd: string, _ui: boolean, text = '') => {
    const sel = document.getSelection()!;
    const r = sel.getRangeAt(0);
    r.deleteContents();
    const node = document.createTextNode(text);
    r.insertNode(node);
    sel.setBaseAndExtent(node, text.length, node, text.length);
    node.parentElement!.closest('[contenteditable]')!.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    return true;
  };
}

const hook = () => document.querySelector('warmline-ui')!.getAttribute('data-findings');
const shadow = () => document.querySelector('warmline-ui')!.shadowRoot!;
const expectedHook = (text: string) => [...new Set(analyze(text).map((f) => f.rule))].sort().join(',');
const tick = () => new Promise((r) => setTimeout(r, 30));

let coach: Coach | undefined;
let abort: (() => void) | undefined;
afterEach(() => {
  abort?.();
  coach = undefined;
  document.body.innerHTML = '';
  delete (document as unknown as { execCommand?: unknown }).execCommand;
});

function start() {
  document.body.innerHTML = `<div id="ed" contenteditable="true">${DRAFT_HTML}</div>`;
  const el = document.getElementById('ed')!;
  vi.spyOn(el, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 10, 500, 200)); // happy-dom has no layout
  const { clock, run, abort: stop } = fakeClock();
  abort = stop;
  const sendCount = vi.fn();
  coach = createCoach({ doc: document, site: genericSite, engine: localEngine(DEFAULT_SETTINGS), clock, sendCount });
  coach.listenIn(document, clock.signal);
  coach.found(el);
  coach.focused(el);
  run();
  return { el, run, sendCount, coach };
}

describe('coach', () => {
  it('coaches a found editor: data-findings, chip count, badge count and get-state', async () => {
    const { sendCount, coach } = start();
    const expected = expectedHook(DRAFT_TEXT);
    expect(expected).toContain('deflection');
    expect(hook()).toBe(expected);
    await tick();
    const count = analyze(DRAFT_TEXT).length;
    expect(shadow().querySelector('[data-wl="chip"]')!.textContent).toBe(String(count));
    expect(sendCount).toHaveBeenLastCalledWith(count);
    const state = coach.state();
    expect(state.editor).toBe(true);
    for (const f of state.findings) expect(f.flagged).toBe(DRAFT_TEXT.slice(f.start, f.end));
  });

  it('shows nothing for an editor that was never focused', () => {
    document.body.innerHTML = `<div id="ed" contenteditable="true">${DRAFT_HTML}</div>`;
    const { clock, run, abort: stop } = fakeClock();
    abort = stop;
    coach = createCoach({ doc: document, site: genericSite, engine: localEngine(DEFAULT_SETTINGS), clock, sendCount: vi.fn() });
    coach.found(document.getElementById('ed')!);
    run();
    expect(hook()).toBe('');
    expect(coach.state()).toEqual({ findings: [], editor: false });
  });

  it('re-analyses after input, in the next frame and idle moment', () => {
    const { el, run } = start();
    el.querySelector('p')!.textContent = 'Hi Sam, thanks for writing!';
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    run();
    expect(hook()).not.toContain('missing-thanks');
  });

  it('applies a suggestion through the list and the card; the draft is re-analysed', async () => {
    fakeExecCommand();
    const { el, run } = start();
    await tick();
    shadow().querySelector<HTMLElement>('[data-wl="chip"]')!.click();
    await tick();
    shadow().querySelector<HTMLElement>('[data-wl="item"][data-rule="deflection"]')!.click();
    await tick();
    const card = shadow().querySelector('[data-wl="card"][data-rule="deflection"]')!;
    const apply = card.querySelector<HTMLElement>('[data-wl="apply"]')!;
    const finding = analyze(DRAFT_TEXT).find((f) => f.rule === 'deflection')!;
    const s = finding.suggestions[0]!;
    apply.click();
    await new Promise((r) => setTimeout(r, 200)); // the adapter waits for the page to see the selection
    run();
    const text = DRAFT_TEXT.slice(0, s.start) + s.text + DRAFT_TEXT.slice(s.end);
    expect(el.textContent).toBe(text.replace(/\n/g, ''));
    expect(hook()).toBe(expectedHook(text));
    expect(shadow().querySelector('[data-wl="card"]')).toBeNull();
  });

  it('dismiss hides the finding for this draft', async () => {
    start();
    await tick();
    shadow().querySelector<HTMLElement>('[data-wl="chip"]')!.click();
    await tick();
    shadow().querySelector<HTMLElement>('[data-wl="item"][data-rule="deflection"]')!.click();
    await tick();
    shadow().querySelector<HTMLElement>('[data-wl="dismiss"]')!.click();
    await tick();
    expect(hook()).not.toContain('deflection');
    expect(coach!.state().findings.some((f) => f.rule === 'deflection')).toBe(false);
  });

  it('applies from the popup message only for a current finding', async () => {
    fakeExecCommand();
    const { coach } = start();
    const f = coach.state().findings.find((x) => x.rule === 'vague-promise')!;
    expect(await coach.applySuggestion('vague-promise', f.start + 1, f.end, 0)).toBe(false);
    expect(await coach.applySuggestion('vague-promise', f.start, f.end, 0)).toBe(true);
  });

  it('a lost editor leaves no findings, chip or listeners', async () => {
    const { el, sendCount } = start();
    coach!.lost(el);
    await tick();
    expect(hook()).toBe('');
    expect(shadow().querySelector('[data-wl="chip"]')).toBeNull();
    expect(sendCount).toHaveBeenLastCalledWith(0);
    expect(coach!.state()).toEqual({ findings: [], editor: false });
  });

  it('tears everything down when the content script is invalidated', () => {
    start();
    abort!();
    abort = undefined;
    expect(document.querySelector('warmline-ui')).toBeNull();
  });

  it('settings changes apply live', () => {
    const { run, coach } = start();
    coach.setSettings({ ...DEFAULT_SETTINGS, rules: { deflection: { level: 'off' } } });
    run();
    expect(hook()).not.toContain('deflection');
  });
});
