/**
 * Whether an editor's DOM may have changed since its text was last walked. A keystroke wakes several readers
 * (the mutation observer, the input event, the analysis request, the answer), and each would walk the whole
 * draft again; with this only the first read after a change walks it. `takeRecords()` is synchronous, so a
 * change made earlier in the same task is seen even before the observer's callback has run.
 *
 * What it cannot see: a change of the root's computed white-space that comes from outside the editor (a
 * stylesheet or an ancestor's class). The next change inside the editor re-reads it.
 */
export interface DomChanges {
  /** True when the subtree changed (or may have) since the last `seen()`. */
  dirty(): boolean;
  /** The caller has just read the subtree. */
  seen(): void;
  dispose(): void;
}

export function watchDomChanges(root: Node): DomChanges {
  const Observer = (root.ownerDocument?.defaultView as (Window & typeof globalThis) | null)?.MutationObserver;
  // Without an observer nothing can say the text is unchanged: every read walks.
  if (!Observer) return { dirty: () => true, seen: () => undefined, dispose: () => undefined };
  let changed = true;
  const observer = new Observer(() => {
    changed = true;
  });
  // Attributes too: `hidden` and inline `display` decide which nodes count as text (text-map.ts).
  observer.observe(root, { childList: true, characterData: true, subtree: true, attributes: true });
  return {
    dirty() {
      if (observer.takeRecords().length > 0) changed = true;
      return changed;
    },
    seen() {
      observer.takeRecords();
      changed = false;
    },
    dispose: () => observer.disconnect(),
  };
}
