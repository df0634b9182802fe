// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountUi, type UiHost } from '../../src/ui/host';
import { createUiModel, type UiActions, type UiFinding, type UiModel } from '../../src/ui/model';

const flush = () => new Promise((r) => setTimeout(r, 30));

const F1: UiFinding = {
  key: 'deflection:need to contact',
  rule: 'deflection',
  category: 'ownership',
  title: 'The reply sends the customer elsewhere.',
  message: 'Take ownership instead of sending them away.',
  why: 'Customers feel passed around.',
  flagged: 'need to contact',
  suggestions: [
    { label: 'Take it on', text: "I'll contact" },
    { label: 'Offer help', text: 'I can help you contact' },
  ],
};
const F2: UiFinding = { ...F1, key: 'missing-thanks:', rule: 'missing-thanks', category: 'thanks', flagged: '', message: 'No thanks.', suggestions: [{ label: 'Add thanks', text: 'Thanks!' }] };

let ui: UiHost | undefined;
afterEach(() => {
  ui?.dispose();
  ui = undefined;
  document.body.innerHTML = '';
});

function setup(findings: UiFinding[] = [F1, F2]) {
  const model: UiModel = createUiModel();
  const actions: UiActions = {
    apply: vi.fn(),
    dismiss: vi.fn(),
    openCard: vi.fn(),
    closeCard: vi.fn(),
    toggleList: vi.fn(),
    closeList: vi.fn(),
    pointerInCard: vi.fn(),
  };
  model.findings.value = findings;
  model.editorBox.value = { left: 10, top: 10, right: 410, bottom: 210 };
  ui = mountUi(document, model, actions);
  const $ = (sel: string) => ui!.shadow.querySelector<HTMLElement>(sel);
  const $$ = (sel: string) => [...ui!.shadow.querySelectorAll<HTMLElement>(sel)];
  return { model, actions, $, $$ };
}

describe('<warmline-ui> host', () => {
  it('is one element with an open shadow root and a data-findings hook', () => {
    setup();
    mountUi(document, createUiModel(), {} as UiActions).dispose(); // a second mount replaces, never adds
    ui = mountUi(document, createUiModel(), {} as UiActions);
    expect(document.querySelectorAll('warmline-ui')).toHaveLength(1);
    expect(ui.host.shadowRoot).toBe(ui.shadow);
    expect(ui.host.getAttribute('data-findings')).toBe('');
    ui.setFindings(['vague-promise', 'deflection', 'deflection']);
    expect(ui.host.getAttribute('data-findings')).toBe('deflection,vague-promise');
    ui.dispose();
    expect(document.querySelector('warmline-ui')).toBeNull();
    ui = undefined;
  });
});

describe('chip', () => {
  it('shows the count with a label and a live status', async () => {
    const { $ } = setup();
    await flush();
    const chip = $('[data-wl="chip"]')!;
    expect(chip.textContent).toBe('2');
    expect(chip.getAttribute('aria-label')).toBe('Warmline: 2 suggestions');
    expect($('[role="status"]')!.getAttribute('aria-live')).toBe('polite');
    expect($('[role="status"]')!.textContent).toBe('Warmline: 2 suggestions');
  });

  it('shows zero quietly and hides without an editor', async () => {
    const { $, model } = setup([]);
    await flush();
    expect($('[data-wl="chip"]')!.getAttribute('aria-label')).toBe('Warmline: no suggestions');
    model.editorBox.value = null;
    await flush();
    expect($('[data-wl="chip"]')).toBeNull();
  });

  it('opens the list on click and keeps the editor focus on mousedown', async () => {
    const { $, actions } = setup();
    await flush();
    const chip = $('[data-wl="chip"]')!;
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    chip.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    chip.click();
    expect(actions.toggleList).toHaveBeenCalled();
  });
});

describe('list', () => {
  it('lists each finding with its rule id; an item opens its card', async () => {
    const { $, $$, model, actions } = setup();
    model.list.value = { focus: false };
    await flush();
    expect($('[data-wl="list"]')!.getAttribute('role')).toBe('dialog');
    const items = $$('[data-wl="item"]');
    expect(items.map((i) => i.getAttribute('data-rule'))).toEqual(['deflection', 'missing-thanks']);
    items[1]!.click();
    expect(actions.openCard).toHaveBeenCalledWith('missing-thanks:', expect.any(Boolean));
  });

  it('moves the focus into the list when opened from the keyboard; Escape closes it', async () => {
    const { $, model, actions } = setup();
    model.list.value = { focus: true };
    await flush();
    expect(ui!.shadow.activeElement).toBe($('[data-wl="item"]'));
    $('[data-wl="item"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(actions.closeList).toHaveBeenCalledWith(true);
  });

  it('says so when there is nothing to show', async () => {
    const { $, model } = setup([]);
    model.list.value = { focus: false };
    await flush();
    expect($('[data-wl="list"]')!.textContent).toContain('Nothing to warm up');
  });
});

describe('card', () => {
  const open = (model: UiModel, focus = false) =>
    (model.card.value = { key: F1.key, via: 'click', focus, anchor: { left: 20, top: 40, right: 120, bottom: 56 } });

  it('shows the message, the why and the suggestions in order, as text', async () => {
    const evil: UiFinding = { ...F1, message: '<img src=x onerror=alert(1)>', suggestions: [{ label: '<b>bold</b>', text: '<i>x</i>' }] };
    const { $, $$, model } = setup([evil]);
    open(model);
    await flush();
    const card = $('[data-wl="card"]')!;
    expect(card.getAttribute('data-rule')).toBe('deflection');
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(card.querySelector('img, b, i')).toBeNull();
    expect($$('[data-wl="apply"]').map((b) => b.textContent)).toEqual(['<b>bold</b><i>x</i>']);
    expect(card.textContent).toContain('Customers feel passed around.');
  });

  it('apply buttons call apply with their index, without taking the focus on mousedown', async () => {
    const { $$, model, actions } = setup();
    open(model);
    await flush();
    const buttons = $$('[data-wl="apply"]');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(["Take it on: I'll contact", 'Offer help: I can help you contact']);
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    buttons[1]!.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    buttons[1]!.click();
    expect(actions.apply).toHaveBeenCalledWith(F1.key, 1);
  });

  it('dismiss calls dismiss with the finding key', async () => {
    const { $, model, actions } = setup();
    open(model);
    await flush();
    $('[data-wl="dismiss"]')!.click();
    expect(actions.dismiss).toHaveBeenCalledWith(F1.key);
  });

  it('takes the focus when opened from the keyboard; Escape closes and returns it', async () => {
    const { $, model, actions } = setup();
    open(model, true);
    await flush();
    expect(ui!.shadow.activeElement).toBe($('[data-wl="apply"]'));
    $('[data-wl="apply"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(actions.closeCard).toHaveBeenCalledWith(true);
  });

  it('does not take the focus when opened by the pointer', async () => {
    const { model } = setup();
    open(model, false);
    await flush();
    expect(ui!.shadow.activeElement).toBeNull();
  });

  it('is not shown for a finding that is gone', async () => {
    const { $, model } = setup();
    model.card.value = { key: 'gone', via: 'hover', focus: false, anchor: { left: 0, top: 0, right: 0, bottom: 0 } };
    await flush();
    expect($('[data-wl="card"]')).toBeNull();
  });
});
