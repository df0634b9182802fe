/**
 * The history in `storage.local` (never synced, never sent anywhere). The background writes it
 * (src/background/history.ts); the popup reads, watches and clears it.
 */
import { storage } from 'wxt/utils/storage';
import { emptyHistory, parseHistory, type History } from './history';

export const HISTORY_KEY = 'local:history' as const;

const historyItem = storage.defineItem<unknown>(HISTORY_KEY, { fallback: null });

export async function getHistory(): Promise<History> {
  return parseHistory(await historyItem.getValue());
}

export async function setHistory(history: History): Promise<void> {
  await historyItem.setValue(history);
}

export async function clearHistory(): Promise<void> {
  await historyItem.removeValue();
}

/** Calls `cb` whenever the history changes (also when cleared); returns the function that stops watching. */
export function watchHistory(cb: (h: History) => void): () => void {
  return historyItem.watch((raw) => cb(raw == null ? emptyHistory() : parseHistory(raw)));
}
