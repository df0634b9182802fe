import { browser } from 'wxt/browser';
import { listenForBadge } from '../src/background/badge';
import { answerCoachRequests, injectorFor, type CoachRequestRuntime } from '../src/background/coach-loader';
import { registeredCustomPatterns, startCustomSites, type ScriptingApi } from '../src/background/custom-sites';
import { isLiveAnswer, takeOverOpenTabs } from '../src/background/take-over';
import { HELPDESK_MATCHES } from '../src/content/hosts';
import { startEngineHost } from '../src/background/engine-host';
import type { PortLike } from '../src/content/engine-protocol';
import { getSettings, watchSettings } from '../src/settings/store';
import { registerHistoryRecorder } from '../src/background/history';

export default defineBackground(() => {
  // Filled by later issues: settings broker, commands.
  // Local history of counts (never text) for the popup's "Show me the improvement".
  registerHistoryRecorder();
  // The toolbar badge: the finding count the content script reports per tab.
  listenForBadge(browser.runtime, browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction);
  // The team's own helpdesk domains: the detector registered for each granted one (src/background/custom-sites.ts).
  const customSites = startCustomSites();
  // The coach goes into a tab only when the tab's detector found a reply editor (src/background/coach-loader.ts).
  const inject = injectorFor(browser as unknown as Parameters<typeof injectorFor>[0]);
  answerCoachRequests(browser.runtime as unknown as CoachRequestRuntime, inject, (e) => console.warn('Warmline: coach not loaded', e));
  // After an update or reload, tabs already open get the new detector without a page reload (take-over.ts).
  // Registered here, at the worker's first turn, so the event is not missed; the custom domains' registrations
  // are reconciled first, so their tabs are included.
  browser.runtime.onInstalled.addListener(() => {
    void customSites
      .settled()
      .then(() => registeredCustomPatterns(browser.scripting as unknown as ScriptingApi).catch(() => [] as string[]))
      .then((custom) =>
        takeOverOpenTabs([...HELPDESK_MATCHES, ...custom], {
          queryTabs: (url) => browser.tabs.query({ url }),
          answers: (tabId) => browser.tabs.sendMessage(tabId, { type: 'warmline:get-state' }).then(isLiveAnswer),
          inject,
        }),
      );
  });
  // The engine for the content scripts: drafts are analysed here, never on the helpdesk page (engine-host.ts).
  startEngineHost({
    onConnect: browser.runtime.onConnect as unknown as { addListener(cb: (port: PortLike) => void): void },
    readSettings: () => getSettings((problem) => console.warn(`Warmline: ${problem}`)),
    watchSettings: (cb) => watchSettings(cb),
  });
});
