/**
 * Reading and driving Warmline's UI through its real-browser hook (DESIGN.md, contract 4): one <warmline-ui>
 * with an open shadow root in the top document, `data-findings` = sorted, comma-separated rule ids.
 * Playwright's CSS locators pierce open shadow roots, so `warmline-ui [data-wl=…]` reaches inside.
 */
import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';

/** The `data-findings` of the top document's <warmline-ui>; null when there is no such element. */
export function readFindings(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('warmline-ui')?.getAttribute('data-findings') ?? null);
}

/** How many <warmline-ui> hosts a frame's document has (light DOM; contract: one, top document only). */
export function countHosts(frame: Frame): Promise<number> {
  return frame.evaluate(() => document.querySelectorAll('warmline-ui').length);
}

/** Whether Warmline's chip is shown. */
export async function chipVisible(page: Page): Promise<boolean> {
  return (await page.locator('warmline-ui [data-wl="chip"]').filter({ visible: true }).count()) > 0;
}

export interface HighlightCount {
  /** Ranges in `CSS.highlights` entries named `wl-…`, over every frame's registry. */
  ranges: number;
  /** …of which still point into the live document (a removed editor's ranges do not). */
  connected: number;
  /** Overlay marks (`[data-wl="mark"]`) in <warmline-ui>'s shadow root (how textareas are underlined). */
  marks: number;
}

/** Warmline's underlines on the page: custom highlights in each frame plus the textarea overlay's marks. */
export async function countHighlights(page: Page): Promise<HighlightCount> {
  const total: HighlightCount = { ranges: 0, connected: 0, marks: 0 };
  for (const frame of page.frames()) {
    const counted = await frame
      .evaluate(() => {
        let ranges = 0;
        let connected = 0;
        if (typeof CSS !== 'undefined' && CSS.highlights) {
          CSS.highlights.forEach((highlight, name) => {
            if (!name.startsWith('wl-')) return;
            highlight.forEach((range) => {
              ranges++;
              if (range.startContainer.isConnected) connected++;
            });
          });
        }
        const host = document.querySelector('warmline-ui');
        const marks = host?.shadowRoot?.querySelectorAll('[data-wl="mark"]').length ?? 0;
        return { ranges, connected, marks };
      })
      .catch(() => ({ ranges: 0, connected: 0, marks: 0 })); // a frame torn down mid-count has none left
    total.ranges += counted.ranges;
    total.connected += counted.connected;
    total.marks += counted.marks;
  }
  return total;
}

/**
 * Opens the card of the first finding of `rule` (through the chip and the list when the card is not shown
 * yet) and clicks its `index`-th apply button, as a person would.
 */
export async function applySuggestion(page: Page, rule: string, index = 0): Promise<void> {
  const ui = page.locator('warmline-ui');
  const card = ui.locator(`[data-wl="card"][data-rule="${rule}"]`).first();
  if (!(await card.isVisible())) {
    const item = ui.locator(`[data-wl="item"][data-rule="${rule}"]`).first();
    if (!(await item.isVisible())) {
      await ui.locator('[data-wl="chip"]').click();
      await ui.locator('[data-wl="list"]').waitFor({ state: 'visible' });
    }
    await item.click();
  }
  await card.locator('[data-wl="apply"]').nth(index).click();
}

/** A finding as `warmline:get-state` reports it (src/content/messages.ts: GetStateResponse). */
export interface StateFinding {
  rule: string;
  start: number;
  end: number;
  flagged: string;
  suggestions: { label: string; text: string; start: number; end: number }[];
}

export interface StateResponse {
  findings: StateFinding[];
  editor: boolean;
}

/** The extension's live background service worker (MV3 may have restarted it since launch). */
async function currentWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const isOurs = (w: Worker): boolean => w.url().startsWith(`chrome-extension://${extensionId}/`);
  return (
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10_000 }))
  );
}

/**
 * Sends `{type:'warmline:get-state'}` the way the popup does: `tabs.sendMessage` to the active tab of the
 * last focused window (openFixture brings its page to the front), from an extension context.
 */
export async function getState(context: BrowserContext, extensionId: string): Promise<StateResponse> {
  const worker = await currentWorker(context, extensionId);
  const answer = await worker.evaluate(async () => {
    const chrome = (globalThis as unknown as {
      chrome: {
        tabs: {
          query(q: object): Promise<{ id?: number }[]>;
          sendMessage(tabId: number, message: unknown): Promise<unknown>;
        };
      };
    }).chrome;
    const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tabs.length !== 1 || tabs[0]?.id === undefined) return { ok: false as const, error: `${tabs.length} active tabs` };
    return chrome.tabs.sendMessage(tabs[0].id, { type: 'warmline:get-state' }).then(
      (response) => ({ ok: true as const, response }),
      (error: unknown) => ({ ok: false as const, error: String(error) }),
    );
  });
  if (!answer.ok || answer.response === undefined) {
    throw new Error(`the active tab's content script did not answer warmline:get-state: ${answer.ok ? 'no response' : answer.error}`);
  }
  return answer.response as StateResponse;
}
