/**
 * Firefox: the engine in the background page itself, which lives as long as the browser (MV2). Chrome's build
 * never imports this file (entrypoints/background.ts), so its service worker carries no engine.
 */
import { browser } from 'wxt/browser';
import type { PortLike } from '../content/engine-protocol';
import type { Settings } from '../settings/schema';
import { watchSettings } from '../settings/store';
import { startEngineHost } from './engine-host';

export function hostEngineHere(readSettings: () => Promise<Settings>): void {
  startEngineHost({
    onConnect: browser.runtime.onConnect as unknown as { addListener(cb: (port: PortLike) => void): void },
    readSettings,
    watchSettings: (cb) => watchSettings(cb),
  });
}
