/**
 * "Coach inside real editors", in real Chromium with the built extension, one row per editor kind (real
 * libraries from npm, served as a helpdesk host so the manifest's own match patterns decide injection).
 *
 * Each row, in order: a person types a draft with problems → the hook (`<warmline-ui data-findings>`) lists
 * the engine's findings and underlines are drawn → get-state answers the same → for an insertion and a
 * replacement: apply the first suggestion through the UI, then ask the editor LIBRARY for its model, caret
 * and undo, and the page's own listeners for the edit → re-render and removal of the editor leave no stale UI.
 *
 * Later steps of a row need earlier ones (there is nothing to apply without findings): when a step fails,
 * the steps after it fail at once naming the step that broke, instead of each waiting out its time.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine';
import {
  DRAFT,
  EDITORS,
  FixtureEditorHandle,
  applySuggestion,
  applyTo,
  chipVisible,
  countHighlights,
  countHosts,
  findingsFor,
  getState,
  hookValue,
  normalize,
  openFixture,
  readFindings,
  setUp,
  typeLikeAPerson,
  useEnvironment,
} from './harness';

/** How long the UI may take to catch up with typing or an edit (analysis is debounced, never a fixed sleep). */
const SETTLE = { timeout: 8_000, interval: 100 };

const env = useEnvironment();

/** Which finding each apply step uses: an insertion at a point, and a replacement of a flagged span. */
const APPLY_CASES: { name: string; pick(findings: Finding[]): Finding | undefined; wanted: string }[] = [
  {
    name: 'an insertion (missing-thanks)',
    pick: (findings) => findings.find((f) => f.rule === 'missing-thanks' && f.suggestions.length > 0),
    wanted: 'a missing-thanks finding with a suggestion',
  },
  {
    name: 'a replacement (the first finding that flags a span)',
    pick: (findings) => findings.find((f) => f.end > f.start && f.suggestions.length > 0),
    wanted: 'a finding with start < end and a suggestion (deflection or vague-promise)',
  },
];

it('the issue\'s draft asks for the core rules (deflection, missing-thanks, vague-promise)', () => {
  // The rows below test less than they should when the engine misses one of these.
  expect(hookValue(findingsFor(DRAFT)).split(',')).toEqual(expect.arrayContaining(['deflection', 'missing-thanks', 'vague-promise']));
});

/** `E2E_EDITORS=quill,tinymce` runs only those rows (by fixture editor or page name), for a quick loop. */
const only = process.env.E2E_EDITORS?.split(',').map((name) => name.trim());
const ROWS = only ? EDITORS.filter((row) => only.includes(row.editor) || only.includes(row.page) || only.includes(row.name)) : EDITORS;

/** Where a failing step leaves a screenshot of the page (gitignored). */
const SHOTS = 'test-results/e2e';

describe.each(ROWS)('$name', (row) => {
  /** The row's fixture page, opened once for all its steps. */
  const opened = setUp(
    async () => {
      const page = await openFixture(env().browser.context, env().server.port, row.page);
      return { page, editor: new FixtureEditorHandle(page, row.editor) };
    },
    async ({ page }) => page.close(),
  );
  let page: Page;
  let editor: FixtureEditorHandle;
  /** Ids of the steps of this row that failed. */
  const failed = new Set<string>();

  /**
   * One step of the row. A step that needs a failed one fails at once, naming it, instead of waiting out
   * its time on a state that cannot be right.
   */
  function step(id: string, name: string, needs: string[], body: () => Promise<void>): void {
    it(name, async () => {
      ({ page, editor } = opened());
      const missing = needs.find((need) => failed.has(need));
      if (missing) {
        failed.add(id);
        throw new Error(`not run: it needs the step "${missing}" of this row, which failed`);
      }
      try {
        await body();
      } catch (error) {
        failed.add(id);
        const file = `${SHOTS}/${row.name}--${id}.png`.replace(/[^\w./-]+/g, '_');
        await page?.screenshot({ path: file }).catch(() => undefined);
        throw error;
      }
    });
  }

  /** Waits until the hook lists the engine's findings for the editor's current text; returns those findings. */
  async function settledFindings(): Promise<Finding[]> {
    const text = normalize(await editor.modelText());
    const findings = findingsFor(text);
    await expect
      .poll(() => readFindings(page), { ...SETTLE, message: `data-findings for ${JSON.stringify(text)}` })
      .toBe(hookValue(findings));
    return findings;
  }

  /** Asserts Warmline shows nothing for the page any more. */
  async function expectNoStaleUi(when: string): Promise<void> {
    await expect.poll(async () => (await readFindings(page)) ?? '', { ...SETTLE, message: `data-findings ${when}` }).toBe('');
    await expect.poll(() => chipVisible(page), { ...SETTLE, message: `chip shown ${when}` }).toBe(false);
    await expect
      .poll(() => countHighlights(page), { ...SETTLE, message: `underlines ${when}` })
      .toEqual({ ranges: 0, connected: 0, marks: 0 });
  }

  step('typed', 'a person types a draft into the editor, and the editor keeps every key', [], async () => {
    await row.target(page).click();
    await typeLikeAPerson(page, row.draft);
    expect(normalize(await editor.modelText())).toBe(row.draft);
  });

  step('coached', "data-findings lists the engine's findings for the draft", ['typed'], async () => {
    const expected = hookValue(findingsFor(row.draft));
    await expect.poll(() => readFindings(page), { ...SETTLE, message: 'data-findings of <warmline-ui>' }).toBe(expected);
    // Contract 4: one host, in the top document, also when the editor is in an iframe or a shadow root.
    expect(await page.locator('warmline-ui').count(), '<warmline-ui> elements (top document and shadow roots)').toBe(1);
    for (const frame of page.frames().slice(1)) {
      expect(await countHosts(frame), `<warmline-ui> inside the iframe ${frame.url() || frame.name()}`).toBe(0);
    }
  });

  step('underlined', 'underlines are drawn for the findings', ['coached'], async () => {
    const spans = findingsFor(row.draft).filter((f) => f.end > f.start).length;
    await expect
      .poll(async () => {
        const { ranges, marks } = await countHighlights(page);
        return ranges + marks;
      }, { ...SETTLE, message: `wl- highlight ranges + overlay marks (the draft has ${spans} flagged span(s))` })
      .toBeGreaterThanOrEqual(Math.max(1, spans));
  });

  step('state', "the content script answers warmline:get-state with the hook's findings", ['coached'], async () => {
    const state = await getState(env().browser.context, env().browser.extensionId);
    expect(state.editor, 'get-state: editor').toBe(true);
    expect(hookValue(state.findings), 'get-state: rule ids').toBe(await readFindings(page));
    const text = normalize(await editor.modelText());
    for (const finding of state.findings) {
      expect(text, `get-state: ${finding.rule} flagged text is in the draft`).toContain(normalize(finding.flagged));
    }
  });

  for (const [index, applyCase] of APPLY_CASES.entries()) {
    const applied = `apply-${index}`;
    /** The editor's text before the apply, the suggestion applied, and what the page's listeners had seen. */
    let before = '';
    let inserted = { start: 0, text: '' };
    let expected = '';
    let eventsBefore = 0;

    step(applied, `apply ${applyCase.name}: the editor's own model has the new text`, ['coached'], async () => {
      if (index > 0) {
        // A person goes on writing before the next fix: a key and its undoing leave the text as it was.
        await page.keyboard.type(' ');
        await page.keyboard.press('Backspace');
      }
      before = normalize(await editor.modelText());
      const findings = await settledFindings();
      const finding = applyCase.pick(findings);
      if (!finding) {
        throw new Error(`the engine reports no ${applyCase.wanted} for ${JSON.stringify(before)} (findings: ${hookValue(findings) || 'none'})`);
      }
      const suggestion = finding.suggestions[0]!;
      expected = applyTo(before, suggestion);
      inserted = { start: suggestion.start, text: suggestion.text };
      await editor.cutHistory(); // a person's pause between typing and clicking
      eventsBefore = (await editor.inputEvents()).length;
      await applySuggestion(page, finding.rule, 0);
      await expect
        .poll(async () => normalize(await editor.modelText()), { ...SETTLE, message: `the ${row.editor} model after applying "${suggestion.label}"` })
        .toBe(expected);
    });

    step(`caret-${index}`, `apply ${applyCase.name}: the caret is right after the inserted text, in the focused editor`, [applied], async () => {
      expect(await editor.hasFocus(), 'the editor has focus after the apply').toBe(true);
      const caret = await editor.caret();
      expect(caret, "the editor's own selection").not.toBeNull();
      expect(normalize(caret!.text), 'text before the caret').toBe(expected.slice(0, inserted.start + inserted.text.length));
      expect(caret!.collapsed, 'the selection is a caret').toBe(true);
    });

    step(`listeners-${index}`, `apply ${applyCase.name}: the page's own input listeners saw the edit`, [applied], async () => {
      const seen = (await editor.inputEvents()).slice(eventsBefore);
      const described = seen.map((e) => `${e.type}${e.inputType ? `:${e.inputType}` : ''}${e.trusted ? '' : ' (untrusted)'}`);
      expect(
        seen.filter((e) => e.type === 'beforeinput' || e.type === 'input').length,
        `beforeinput/input events since the apply (the page saw: ${described.join(', ') || 'nothing'})`,
      ).toBeGreaterThan(0);
    });

    step(`undo-${index}`, `apply ${applyCase.name}: one undo (Ctrl+Z) restores the draft`, [applied], async () => {
      await page.keyboard.press('Control+z');
      await expect
        .poll(async () => normalize(await editor.modelText()), { ...SETTLE, message: `the ${row.editor} model after one Ctrl+Z` })
        .toBe(before);
    });

    step(`refresh-${index}`, `apply ${applyCase.name}: after the undo, data-findings follows the restored draft`, [`undo-${index}`], async () => {
      await expect
        .poll(() => readFindings(page), { ...SETTLE, message: `data-findings after the undo, for ${JSON.stringify(before)}` })
        .toBe(hookValue(findingsFor(before)));
    });
  }

  step('rerender', 'a re-rendered editor leaves no stale UI, and the new editor is coached', ['coached'], async () => {
    expect(await readFindings(page), 'findings shown before the re-render (what could go stale)').toBeTruthy();
    await editor.destroy();
    await editor.create();
    await expectNoStaleUi('after the editor was re-rendered');
    await row.target(page).click();
    await typeLikeAPerson(page, row.draft);
    await expect
      .poll(() => readFindings(page), { ...SETTLE, message: 'data-findings of the new editor' })
      .toBe(hookValue(findingsFor(row.draft)));
  });

  step('removed', 'removing the editor clears the findings, the chip and the underlines', ['coached'], async () => {
    if (!(await readFindings(page))) {
      // The re-render step left no coached draft behind: type one, so the removal has something to clear.
      await row.target(page).click();
      await typeLikeAPerson(page, row.draft);
      await expect
        .poll(() => readFindings(page), { ...SETTLE, message: 'data-findings before the removal' })
        .toBe(hookValue(findingsFor(row.draft)));
    }
    await editor.destroy();
    await expectNoStaleUi('after the editor was removed');
  });
});
