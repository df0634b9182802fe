import { browser } from 'wxt/browser';
import { listenForBadge } from '../src/background/badge';
import { answerCoachRequests, injectorFor, type CoachRequestRuntime } from '../src/background/coach-loader';
import { registeredCustomPatterns, startCustomSites, type ScriptingApi } from '../src/background/custom-sites';
import { isLiveAnswer, takeOverOpenTabs } from '../src/background/take-over';
import { HELPDESK_MATCHES } from '../src/content/hosts';
import { SETTINGS_CHANGED } from '../src/content/engine-protocol';
import { getSettings, watchSettings } from '../src/settings/store';
import { registerHistoryRecorder } from '../src/background/history';
import { answerEngineMessages, offscreenEngine, type OffscreenApi, type MessagesRuntime, type OffscreenRuntime } from '../src/background/offscreen-engine';

export default defineBackground(() => {
  // Filled by later issues: settings broker, commands.
  // Local history of counts (never text) for the popup's "Show me the improvement".
  registerHistoryRecorder();
  // The toolbar badge: the finding count the content script reports per tab.
  listenForBadge(browser.runtime, browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction);
  // The team's own helpdesk domains: the detector registered for each granted one (src/background/custom-sites.ts).
  const customSites = startCustomSites();
  const readSettings = () => getSettings((problem) => console.warn(`Warmline: ${problem}`));
  // The engine: in Chrome an offscreen document that outlives this worker, created now, so it warms up while
  // the helpdesk page that woke the worker loads; where there is none (Firefox's background page lives as
  // long as the browser), right here (src/background/offscreen-engine.ts, engine-host.ts).
  // A build-time branch, so Chrome's worker bundles no engine at all and starts in a few milliseconds.
  const ensureEngine = import.meta.env.FIREFOX
    ? async () => undefined
    : offscreenEngine((browser as unknown as { offscreen: OffscreenApi }).offscreen, browser.runtime as unknown as OffscreenRuntime);
  answerEngineMessages(browser.runtime as unknown as MessagesRuntime, { ensure: ensureEngine, readSettings });
  if (!import.meta.env.FIREFOX) {
    void ensureEngine().catch((e: unknown) => console.warn('Warmline: engine document not created', e));
    // A listener wakes this worker when the browser starts, so the engine is warm before the first ticket opens.
    browser.runtime.onStartup.addListener(() => undefined);
    watchSettings(() => void browser.runtime.sendMessage({ type: SETTINGS_CHANGED }).catch(() => undefined));
  } else {
    void import('../src/background/engine-in-background').then((m) => m.hostEngineHere(readSettings));
  }
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
});
