/**
 * After an update or reload of the extension, the content scripts in tabs that were already open are orphaned
 * (they stop cleanly on their own), and Chrome does not run the manifest's content scripts in those tabs again
 * until they are reloaded. So on `runtime.onInstalled` the background puts the detector into every open tab of
 * a helpdesk (the manifest's matches) or of a team's granted domain; the detector then loads the coach as on a
 * fresh page, and the agent's open draft is coached again without a page reload.
 *
 * A tab that already has a live Warmline script (it answers `warmline:get-state`: the manifest injected it while
 * the extension was starting, or Firefox injected it itself on update) is left alone, so no tab gets two.
 */
import type { InjectFile } from './coach-loader';
import { DETECTOR_FILE } from './coach-loader';

export interface TabInfo {
  id?: number;
  url?: string;
  discarded?: boolean;
}

export interface TakeOverDeps {
  /** `tabs.query({ url: patterns })`: the tabs whose URL matches (the host permissions make the URLs visible). */
  queryTabs(patterns: string[]): Promise<TabInfo[]>;
  /** Whether a live Warmline script answers in the tab (`tabs.sendMessage(id, {type:'warmline:get-state'})`). */
  answers(tabId: number): Promise<boolean>;
  inject: InjectFile;
  onError?(tabId: number, error: unknown): void;
}

/** Puts the detector into each matching open tab that has no live Warmline script; returns the tabs it went into. */
export async function takeOverOpenTabs(patterns: readonly string[], deps: TakeOverDeps): Promise<number[]> {
  const unique = [...new Set(patterns)];
  if (unique.length === 0) return [];
  const tabs = await deps.queryTabs(unique).catch((error: unknown) => {
    deps.onError?.(-1, error);
    return [] as TabInfo[];
  });
  const done: number[] = [];
  await Promise.all(
    tabs.map(async (tab) => {
      // A discarded tab has no page to run in: Chrome loads it again on activation, and the manifest injects then.
      if (typeof tab.id !== 'number' || tab.discarded) return;
      const id = tab.id;
      try {
        if (await deps.answers(id).catch(() => false)) return;
        await deps.inject(id, DETECTOR_FILE);
        done.push(id);
      } catch (error) {
        deps.onError?.(id, error); // a chrome:// page, a closed tab, an error page: nothing to take over
      }
    }),
  );
  return done.sort((a, b) => a - b);
}

/** Whether a tab's content script answered the get-state ping with something of the right shape. */
export function isLiveAnswer(answer: unknown): boolean {
  return !!answer && typeof answer === 'object' && Array.isArray((answer as { findings?: unknown }).findings);
}
