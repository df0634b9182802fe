/** Abort signals in a tree: a child aborts with its parent, or on its own (an editor or frame going away). */
export interface Scope {
  signal: AbortSignal;
  /** Aborts this scope (and its children) and detaches it from its parent. */
  end(): void;
}

export function childScope(parent: AbortSignal): Scope {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  if (parent.aborted) controller.abort();
  else parent.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    end() {
      parent.removeEventListener('abort', onAbort);
      controller.abort();
    },
  };
}
