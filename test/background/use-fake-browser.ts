/**
 * Import this first in a test file: it makes WXT's fakeBrowser (in-memory storage, runtime, tabs) the
 * `browser` that `wxt/browser` and `wxt/utils/storage` see. It must run before those modules load, which is
 * why it is a module of its own and not a line in the test (imports run before the test's body).
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.stubGlobal('browser', fakeBrowser);
vi.stubGlobal('chrome', fakeBrowser);

export { fakeBrowser };

/** Whether anything listens on runtime.onMessage (the fake has it; its types do not say so). */
export function hasMessageListeners(): boolean {
  return (fakeBrowser.runtime.onMessage as unknown as { hasListeners(): boolean }).hasListeners();
}

/** A message sender for fakeBrowser's onMessage.trigger, from the few fields the code reads. */
export function sender(s: { id?: string; tab?: { id?: number }; frameId?: number }): Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1] {
  return s as never;
}
