import { browser } from 'wxt/browser';
import { listenForBadge } from '../src/background/badge';
import { startCustomSites } from '../src/background/custom-sites';
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
  // The team's own helpdesk domains: the content script registered for each granted one (src/background/custom-sites.ts).
  startCustomSites();
  // The engine for the content scripts: drafts are analysed here, never on the helpdesk page (engine-host.ts).
  startEngineHost({
    onConnect: browser.runtime.onConnect as unknown as { addListener(cb: (port: PortLike) => void): void },
    readSettings: () => getSettings((problem) => console.warn(`Warmline: ${problem}`)),
    watchSettings: (cb) => watchSettings(cb),
  });
});
