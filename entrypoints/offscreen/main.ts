/**
 * The engine's home in Chrome: an offscreen document the service worker creates (src/background/offscreen-engine.ts).
 * It answers the content scripts' engine port directly and reads the settings through the worker.
 */
import { browser } from 'wxt/browser';
import { startEngineHost } from '../../src/background/engine-host';
import { READ_SETTINGS, SETTINGS_CHANGED, type PortLike } from '../../src/content/engine-protocol';
import { salvageSettings } from '../../src/settings/salvage';
import type { Settings } from '../../src/settings/schema';

/**
 * The worker's settings, validated again here with compromise's own pattern check (the worker checks only
 * their shape): what fails is left out, named in the console, and the rest is used, as the worker does.
 */
const readSettings = async (): Promise<Settings> => {
  const { settings, problems } = salvageSettings(await browser.runtime.sendMessage({ type: READ_SETTINGS }));
  for (const problem of problems) console.warn(`Warmline: ${problem}`);
  return settings;
};

startEngineHost({
  onConnect: browser.runtime.onConnect as unknown as { addListener(cb: (port: PortLike) => void): void },
  readSettings,
  watchSettings: (cb) => {
    const listener = (message: unknown) => {
      if (message && typeof message === 'object' && (message as { type?: unknown }).type === SETTINGS_CHANGED) void readSettings().then(cb, () => undefined);
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  },
});
