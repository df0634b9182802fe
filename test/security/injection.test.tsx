// @vitest-environment happy-dom
/**
 * "No injection": finding messages, suggestions, custom-rule text from team leads and imported packs are
 * rendered as text, never as HTML, on every surface: the content script's card and list, the popup, the
 * options page (pack name and description, custom rules, phrases, import preview) and the test bench.
 * Each test proves the payload reached the surface (its text is shown) and that no element was made from it
 * and no handler ran (window.__pwned stays undefined).
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../../src/engine';
import type { FindingWithFlagged } from '../../src/content/messages';
import { checkTeamPattern } from '../../src/settings/patterns';
import { parseSettings, type Settings } from '../../src/settings/schema';
import { mountUi, type UiHost } from '../../src/ui/host';
import { createUiModel, type UiActions, type UiFinding } from '../../src/ui/model';
import { byState, fakeBrowser as popupBrowser, mountPopup, waitFor as popupWaitFor } from '../ui/popup/harness';
import { $, button, fakeBrowser, field, mountOptions, store, text, type, waitFor, type Mounted } from '../ui/options/harness';
import { DANGEROUS_SELECTOR, PAYLOADS, payloadText, SHORT_PAYLOAD } from './payloads';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));
const dangerous = (root: ParentNode) => [...root.querySelectorAll(DANGEROUS_SELECTOR)].map((e) => e.outerHTML.slice(0, 80));
/** Text as the user sees it, whitespace collapsed (payloads are compared the same way). */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeEach(() => {
  delete window.__pwned;
});
afterEach(() => {
  expect(window.__pwned, 'a payload ran').toBeUndefined();
});

describe('engine: custom-rule text reaches findings unchanged (as data, for the UI to render as text)', () => {
  it.each(PAYLOADS.map((p, i) => [i + 1, p] as const))('payload %i in a custom rule message and suggestion', (_i, payload) => {
    const settings = parseSettings({
      version: 2,
      customRules: [{ id: 'bank', type: 'phrase', message: payload, suggestion: payload.slice(0, 300), patterns: ['bank'] }],
    });
    expect(settings.ok, JSON.stringify(settings)).toBe(true);
    const findings = createAnalyzer((settings as { settings: Settings }).settings).analyze('Thanks for writing in. The bank statement came today.');
    const f = findings.find((x) => x.rule === 'custom:bank');
    expect(f?.message).toBe(payload);
    expect(f?.suggestions.some((s) => s.text.includes(payload.trim()))).toBe(true);
  });
});

describe('content script UI: card and list', () => {
  let ui: UiHost | undefined;
  afterEach(() => {
    ui?.dispose();
    ui = undefined;
    document.body.innerHTML = '';
  });

  const noop: UiActions = { apply: vi.fn(), dismiss: vi.fn(), openCard: vi.fn(), closeCard: vi.fn(), toggleList: vi.fn(), closeList: vi.fn(), pointerInCard: vi.fn() };

  it.each(PAYLOADS.map((p, i) => [i + 1, p] as const))('payload %i as title, message, why, flagged words and suggestions', async (_i, payload) => {
    const finding: UiFinding = {
      key: 'custom:x:1',
      rule: `custom:${payload}`,
      category: 'custom',
      title: payload,
      message: payload,
      why: payload,
      flagged: payload,
      suggestions: [{ label: payload, text: payload }, { label: 'Use this', text: payload }],
    };
    const model = createUiModel();
    model.findings.value = [finding];
    model.editorBox.value = { left: 10, top: 10, right: 410, bottom: 210 };
    ui = mountUi(document, model, noop);
    model.list.value = { focus: false };
    await tick();
    const list = ui.shadow.querySelector('[data-wl="list"]')!;
    expect(list, 'the list is shown').not.toBeNull();
    expect(squash(list.textContent ?? '')).toContain(squash(payload));
    expect(dangerous(list)).toEqual([]);
    model.list.value = null;
    model.card.value = { key: finding.key, via: 'click', focus: false, anchor: { left: 20, top: 20, right: 60, bottom: 40 } };
    await tick();
    const card = ui.shadow.querySelector('[data-wl="card"]')!;
    expect(card, 'the card is shown').not.toBeNull();
    expect(squash(card.textContent ?? '')).toContain(squash(payload));
    expect(card.getAttribute('data-rule')).toBe(`custom:${payload}`);
    expect(dangerous(card)).toEqual([]);
    // Nothing outside the shadow root either.
    expect(dangerous(document)).toEqual([]);
  });
});

describe('popup', () => {
  let m: ReturnType<typeof mountPopup> | undefined;
  beforeEach(() => popupBrowser.reset());
  afterEach(() => {
    m?.unmount();
    m = undefined;
    vi.restoreAllMocks();
  });

  it.each(PAYLOADS.map((p, i) => [i + 1, p] as const))('payload %i as a finding rule, message, flagged words and suggestion', async (_i, payload) => {
    const f: FindingWithFlagged = {
      rule: `custom:${payload}`,
      messageId: 'custom',
      message: payload,
      start: 0,
      end: 5,
      level: 'warning',
      flagged: payload,
      suggestions: [{ label: payload, text: payload, start: 0, end: 5 }],
    };
    m = mountPopup({ state: { findings: [f], editor: true } });
    await popupWaitFor(() => byState(m!.root, 'findings'));
    await tick();
    expect(squash(m.root.textContent ?? '')).toContain(squash(payload));
    expect(dangerous(m.root)).toEqual([]);
  });
});

describe('options page', () => {
  let m: Mounted | undefined;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    m?.unmount();
    m = undefined;
  });

  const hostile = (): Settings => {
    const phrases = PAYLOADS.filter((p) => checkTeamPattern(p) === undefined);
    return {
      version: 2,
      name: SHORT_PAYLOAD.slice(0, 100),
      description: payloadText(500),
      rules: { 'missing-thanks': { phrases: { thanks: { add: phrases.slice(0, 5) } } } },
      customRules: [
        { id: 'bank', type: 'phrase', level: 'warning', message: payloadText(300), description: payloadText(500), suggestion: SHORT_PAYLOAD, patterns: ['bank', ...phrases.slice(0, 3)] },
        { id: 'swap', type: 'substitution', level: 'hint', message: SHORT_PAYLOAD, patterns: ['charge'], replacement: SHORT_PAYLOAD },
      ],
      sites: { enabled: {}, customDomains: [] },
    };
  };

  it('some payloads are valid phrases, so the phrase path is exercised too', () => {
    expect(PAYLOADS.filter((p) => checkTeamPattern(p) === undefined).length).toBeGreaterThanOrEqual(1);
    expect(parseSettings(hostile()).ok).toBe(true);
  });

  it('shows stored pack name, description, custom rules and phrases as text; the test bench too', async () => {
    await store(hostile());
    m = await mountOptions();
    await waitFor(() => text(m!.root).includes(squash(SHORT_PAYLOAD.slice(0, 100))));
    // The test bench runs the custom rule on a draft that mentions the bank: its message is a payload.
    const bench = $(m.root, '#bench');
    type(field(bench, 'Draft reply'), 'Hi Sam,\n\nThanks for writing in. The bank statement came today.');
    await waitFor(() => bench.querySelector('[data-finding="custom:bank"]'));
    expect(text(bench)).toContain(squash(payloadText(300)).slice(0, 60));
    await tick(50);
    expect(dangerous(m.root)).toEqual([]);
  });

  it('shows a pasted pack with payloads in its import preview as text, and its errors as text', async () => {
    m = await mountOptions();
    const section = $(m.root, '#packs');
    type(field(section, 'Or paste a rule pack'), JSON.stringify(hostile()));
    button(section, 'Check pasted pack').click();
    const preview = await waitFor(() => section.querySelector('[data-preview]'));
    expect(text(preview)).toContain(squash(SHORT_PAYLOAD.slice(0, 100)));
    expect(dangerous(m.root)).toEqual([]);
    // A broken pack whose error message quotes the payload (a bad pattern): the error is text too.
    type(field(section, 'Or paste a rule pack'), JSON.stringify({ version: 2, customRules: [{ id: 'x', type: 'phrase', message: 'm', patterns: [`(${SHORT_PAYLOAD}`] }] }));
    button(section, 'Check pasted pack').click();
    const errors = await waitFor(() => section.querySelector('[data-import-errors]'));
    expect(text(errors)).toContain('customRules[0].patterns[0]');
    expect(dangerous(m.root)).toEqual([]);
  });

  it('shows a payload typed into the test bench as text', async () => {
    m = await mountOptions();
    const bench = $(m.root, '#bench');
    for (const payload of PAYLOADS) {
      type(field(bench, 'Draft reply'), `${payload} You'll need to contact your bank. ${payload}`);
      type(field(bench, "Customer's message"), payload);
      await waitFor(() => bench.querySelector('[data-finding="deflection"]'));
      expect(dangerous(m.root)).toEqual([]);
    }
  });
});
