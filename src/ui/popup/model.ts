/**
 * The popup's state as signals, and the actions its components call. Created once per popup; `start()`
 * loads everything and returns the function that removes every listener and timer it set up.
 */
import { computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { FindingWithFlagged } from '../../content/messages';
import { warmthScore, whatWouldRaise } from '../../engine/warmth';
import { emptyHistory, type History } from '../../history/history';
import { clearHistory, getHistory, watchHistory } from '../../history/store';
import { getPausedUntil, getSiteState, pauseFor, resume, setSiteEnabled } from '../../settings/site-toggle';
import { activeTab, applySuggestion, fetchState, type ActiveTab } from './tab';

export type DraftState =
  | { kind: 'loading' }
  /** No Warmline content script answers in this tab. */
  | { kind: 'no-script' }
  /** The content script answers, but no reply editor has been focused yet. */
  | { kind: 'no-editor' }
  | { kind: 'ready'; findings: FindingWithFlagged[] };

export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

export interface PopupModelOptions {
  now?: () => number;
  /** Closes the popup (after opening the options page). */
  close?: () => void;
}

export type PopupModel = ReturnType<typeof createPopupModel>;

export function createPopupModel(options: PopupModelOptions = {}) {
  const now = options.now ?? Date.now;
  const close = options.close ?? (() => window.close());

  const tab = signal<ActiveTab | undefined>(undefined);
  const draft = signal<DraftState>({ kind: 'loading' });
  const siteEnabled = signal(true);
  /** The organisation's policy decides coaching on this site. */
  const siteLocked = signal(false);
  const pausedUntil = signal(0);
  /** undefined while loading. */
  const history = signal<History | undefined>(undefined);
  const busy = signal(false);
  const notice = signal<Notice | undefined>(undefined);

  const score = computed(() => (draft.value.kind === 'ready' ? warmthScore(draft.value.findings) : undefined));
  const raises = computed(() => (draft.value.kind === 'ready' ? whatWouldRaise(draft.value.findings) : []));

  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  const schedulePauseEnd = () => {
    if (pauseTimer !== undefined) clearTimeout(pauseTimer);
    pauseTimer = undefined;
    const left = pausedUntil.value - now();
    if (pausedUntil.value > 0) pauseTimer = setTimeout(() => (pausedUntil.value = 0), Math.max(0, Math.min(left, 2 ** 31 - 1)));
  };

  let refreshing: Promise<void> | undefined;
  let again = false;
  /** Asks the tab's content script again; calls that arrive during a request are folded into one more. */
  async function refreshDraft(): Promise<void> {
    if (refreshing) {
      again = true;
      return refreshing;
    }
    refreshing = (async () => {
      do {
        again = false;
        const t = tab.value;
        const state = t ? await fetchState(t.id) : undefined;
        draft.value = !state
          ? { kind: 'no-script' }
          : !state.editor
            ? { kind: 'no-editor' }
            : { kind: 'ready', findings: state.findings };
      } while (again);
    })().finally(() => (refreshing = undefined));
    return refreshing;
  }

  async function readSite(host: string): Promise<void> {
    const site = await getSiteState(host).catch(() => ({ enabled: siteEnabled.value, locked: siteLocked.value }));
    siteEnabled.value = site.enabled;
    siteLocked.value = site.locked;
  }

  async function load(): Promise<void> {
    const [t, paused, h] = await Promise.all([activeTab().catch(() => undefined), getPausedUntil(now()), getHistory()]);
    tab.value = t;
    pausedUntil.value = paused;
    schedulePauseEnd();
    history.value = h;
    if (t?.host) await readSite(t.host);
    await refreshDraft();
  }

  /** Loads the popup and follows changes; returns the function that stops following them. */
  function start(): () => void {
    // The content script tells the background when the draft's findings change; an open popup hears it too.
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      const type = (message as { type?: unknown } | null)?.type;
      if ((type === 'warmline:findings' || type === 'warmline:record') && sender.tab?.id !== undefined && sender.tab.id === tab.value?.id)
        void refreshDraft();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    const unwatchHistory = watchHistory((h) => (history.value = h));
    void load().catch(() => {
      if (draft.value.kind === 'loading') draft.value = { kind: 'no-script' };
      history.value ??= emptyHistory();
    });
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatchHistory();
      if (pauseTimer !== undefined) clearTimeout(pauseTimer);
    };
  }

  async function apply(finding: FindingWithFlagged, index: number): Promise<void> {
    const t = tab.value;
    const suggestion = finding.suggestions[index];
    if (!t || !suggestion || busy.value) return;
    busy.value = true;
    try {
      const ok = await applySuggestion(t.id, finding, index);
      notice.value = ok
        ? { kind: 'ok', text: `Applied: ${suggestion.label}.` }
        : {
            kind: 'error',
            text: `Couldn't apply "${suggestion.label}": the draft may have changed. The list is refreshed, try again.`,
          };
      await refreshDraft();
    } finally {
      busy.value = false;
    }
  }

  async function setSite(enabled: boolean): Promise<void> {
    const host = tab.value?.host;
    if (!host) return;
    try {
      await setSiteEnabled(host, enabled);
    } catch (e) {
      notice.value = { kind: 'error', text: `Couldn't change coaching for ${host}: ${(e as Error).message}` };
      await readSite(host);
      return;
    }
    siteEnabled.value = enabled;
    notice.value = { kind: 'ok', text: enabled ? `Coaching is on for ${host}.` : `Coaching is off for ${host}.` };
    await refreshDraft();
  }

  async function pause(): Promise<void> {
    pausedUntil.value = await pauseFor(undefined, now());
    schedulePauseEnd();
    notice.value = { kind: 'ok', text: 'Coaching paused for an hour.' };
  }

  async function unpause(): Promise<void> {
    await resume();
    pausedUntil.value = 0;
    schedulePauseEnd();
    notice.value = { kind: 'ok', text: 'Coaching resumed.' };
    await refreshDraft();
  }

  async function clear(): Promise<void> {
    await clearHistory();
    history.value = emptyHistory();
    notice.value = { kind: 'ok', text: 'History cleared.' };
  }

  async function openOptions(): Promise<void> {
    try {
      await browser.runtime.openOptionsPage();
      close();
    } catch {
      notice.value = { kind: 'error', text: "Couldn't open the options page." };
    }
  }

  return {
    tab,
    draft,
    siteEnabled,
    siteLocked,
    pausedUntil,
    history,
    busy,
    notice,
    score,
    raises,
    start,
    refreshDraft,
    apply,
    setSite,
    pause,
    unpause,
    clear,
    openOptions,
  };
}
