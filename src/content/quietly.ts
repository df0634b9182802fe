/**
 * Wraps a teardown step that may touch extension APIs after the extension was reloaded or removed: the
 * wrapped step never throws ("Extension context invalidated" must not reach the page's console).
 */
export const quietly = (stop: () => void) => () => {
  try {
    stop();
  } catch {
    /* Extension context invalidated: the listener is gone with it */
  }
};
