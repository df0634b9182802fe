/** Opening fixture pages on the helpdesk host name, and asking their editors (window.fixture) for their model. */
import type { BrowserContext, Page } from 'playwright-core';
import type { Caret, InputRecord } from '../../fixtures/editors/src/api';
import { FIXTURE_HOST } from './browser';

export function fixtureUrl(port: number, page: string): string {
  return `http://${FIXTURE_HOST}:${port}/${page}.html`;
}

/** Opens a fixture page in a new tab and waits until its editors are mounted. */
export async function openFixture(context: BrowserContext, port: number, name: string): Promise<Page> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  const url = fixtureUrl(port, name);
  try {
    const response = await page.goto(url);
    if (!response?.ok() || page.url() !== url) {
      throw new Error(`could not open ${url}: status ${response?.status()}, landed on ${page.url()}`);
    }
    // A person looks at the tab they type in (a background tab gets no animation frames; the popup asks the active tab).
    await page.bringToFront();
    await page.waitForFunction(() => window.fixture?.ready === true, undefined, { timeout: 15_000, polling: 100 }).catch((error: Error) => {
      throw new Error(`fixture ${name} never became ready; ${problems.join(' | ') || 'no page errors'}`, { cause: error });
    });
    return page;
  } catch (error) {
    await page.close();
    throw error;
  }
}

/** One editor of a fixture page, through the page's `window.fixture.editors[name]`. */
export class FixtureEditorHandle {
  constructor(
    readonly page: Page,
    readonly name: string,
  ) {}

  modelText(): Promise<string> {
    return this.page.evaluate((name) => window.fixture.editors[name]!.modelText(), this.name);
  }

  caret(): Promise<Caret | null> {
    return this.page.evaluate((name) => window.fixture.editors[name]!.caret(), this.name);
  }

  hasFocus(): Promise<boolean> {
    return this.page.evaluate((name) => window.fixture.editors[name]!.hasFocus(), this.name);
  }

  inputEvents(): Promise<InputRecord[]> {
    return this.page.evaluate((name) => window.fixture.editors[name]!.inputEvents.slice(), this.name);
  }

  cutHistory(): Promise<void> {
    return this.page.evaluate((name) => window.fixture.editors[name]!.cutHistory(), this.name);
  }

  destroy(): Promise<void> {
    return this.page.evaluate((name) => window.fixture.editors[name]!.destroy(), this.name);
  }

  create(): Promise<void> {
    return this.page.evaluate((name) => window.fixture.editors[name]!.create(), this.name);
  }
}

/** Types like a person: one key at a time, a few milliseconds apart ('\n' presses Enter). */
export async function typeLikeAPerson(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 8 });
}
