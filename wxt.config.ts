import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { HELPDESK_MATCHES } from './src/content/hosts';
import { compromiseSnapshot } from './scripts/compromise-snapshot';

/**
 * Content scripts check the shape of the settings' patterns without compromise (src/settings/match-syntax.light.ts):
 * the engine runs in the background and checks them fully there, so the page never loads compromise.
 */
const lightMatchSyntax = (): Plugin => ({
  name: 'warmline:light-match-syntax',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!source.endsWith('/match-syntax')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id.endsWith('/src/settings/match-syntax.ts') ? resolved.id.replace(/\.ts$/, '.light.ts') : null;
  },
});

/**
 * The detector (entrypoints/detector.content.ts, on every helpdesk page) uses the browser's own extension API
 * instead of webextension-polyfill, which would be two thirds of its size: it needs only promise-returning
 * `runtime.sendMessage` (native in MV3 Chrome and in Firefox) and `onMessage` with `sendResponse`. The coach and
 * the extension pages keep the polyfill.
 */
const nativeBrowserApi = (): Plugin => ({
  name: 'warmline:native-browser-api',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    // WXT's polyfill module aliases `wxt/browser` to this id; WXT's own `wxt/browser` is @wxt-dev/browser.
    if (source !== '@wxt-dev/webextension-polyfill/browser') return null;
    return (await this.resolve('@wxt-dev/browser', importer, { ...options, skipSelf: true }))?.id ?? null;
  },
});

/** The browser being built for, as WXT gives it to `vite()` (read by the build hook below). */
let target = 'chrome';

// WXT has no Preact module: the Vite preset gives JSX and signals. Wherever the engine runs, compromise's
// model comes prebuilt (scripts/compromise-snapshot.ts).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: (env) => {
    target = env.browser;
    // The options page's import worker coaches an export: it gets the same compromise.
    return { plugins: [preact(), compromiseSnapshot()], worker: { plugins: () => [compromiseSnapshot()] } };
  },
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // Chrome's worker hosts no engine (the offscreen document does, and checks the patterns fully there).
      const light = entrypoints.every((e) => e.type === 'content-script' || (e.type === 'background' && target !== 'firefox'));
      if (light) config.plugins = [...(config.plugins ?? []), lightMatchSyntax()];
      if (entrypoints.length > 0 && entrypoints.every((e) => e.name === 'detector')) config.plugins = [...(config.plugins ?? []), nativeBrowserApi()];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Warmline',
    description: 'A private writing coach for support agents: warmer replies, checked on your own machine.',
    // scripting: content scripts registered at run time for the team's own helpdesk domains (src/background/custom-sites.ts).
    // offscreen (Chrome): the engine's document, which outlives the service worker (src/background/offscreen-engine.ts).
    permissions: browser === 'firefox' ? ['storage', 'scripting'] : ['storage', 'scripting', 'offscreen'],
    // The offscreen document's engine is found with runtime.getContexts (Chrome 116).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    // Exactly the built-in helpdesks, nothing broader (the content script's own matches).
    host_permissions: HELPDESK_MATCHES,
    // A team's own helpdesk domain is asked for, one origin at a time, when it is added in the options page.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Enterprise policy (storage.managed): what an admin sets overrides and locks agents' settings.
    storage: { managed_schema: 'managed-schema.json' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    browser_specific_settings: {
      gecko: {
        id: 'warmline@warmline.example',
        // Firefox asks extensions to declare what they collect: nothing. (Not in WXT's types yet.)
        ...{ data_collection_permissions: { required: ['none'] } },
      },
    },
  }),
});
