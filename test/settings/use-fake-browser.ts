/**
 * Import this first: it makes WXT's fakeBrowser (in-memory storage.sync/local/managed with onChanged) the
 * `browser` that `wxt/browser` sees. It must run before src/settings/store.ts loads, so it is its own module.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

vi.stubGlobal('browser', fakeBrowser);
vi.stubGlobal('chrome', fakeBrowser);

export { fakeBrowser };
