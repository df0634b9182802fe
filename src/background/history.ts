/**
 * The history recorder: accepts `warmline:record` messages from Warmline's own content scripts, validates
 * them (counts only, see src/history/messages.ts) and folds them into `local:history`, one write at a time.
 */
import { browser } from 'wxt/browser';
import { addRecord, dayInWindow, type Counts } from '../history/history';
import { localDay, parseRecordMessage } from '../history/messages';
import { HISTORY_RULE_IDS } from '../history/rule-ids';
import { getHistory, setHistory } from '../history/store';

/** The parts of a runtime.MessageSender the recorder looks at. */
export interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** How many drafts' last snapshots are remembered (one per tab and frame); the oldest is forgotten first. */
export const MAX_SNAPSHOTS = 200;

export interface HistoryRecorder {
  /** Handles one message; a promise that settles once it is stored, or undefined when it is not a record. */
  handle(message: unknown, sender: Sender): Promise<void> | undefined;
  /** Settles when every accepted record so far has been written. */
  idle(): Promise<void>;
}

export function createHistoryRecorder(options: { now?: () => Date; extensionId?: () => string | undefined } = {}): HistoryRecorder {
  const now = options.now ?? (() => new Date());
  const extensionId = options.extensionId ?? (() => browser.runtime.id);
  const snapshots = new Map<string, Counts>();
  let queue: Promise<void> = Promise.resolve();

  const remember = (key: string, counts: Counts) => {
    snapshots.delete(key);
    snapshots.set(key, counts);
    while (snapshots.size > MAX_SNAPSHOTS) snapshots.delete(snapshots.keys().next().value!);
  };

  return {
    handle(message, sender) {
      const parsed = parseRecordMessage(message);
      if (!parsed) return undefined;
      // Only built-in rule ids are stored: a draft's word shaped like a rule id never reaches storage.
      const record = { ...parsed, counts: Object.fromEntries(Object.entries(parsed.counts).filter(([rule]) => HISTORY_RULE_IDS.has(rule))) };
      // Only Warmline's own content scripts (sender.id is ours; pages cannot message us without
      // externally_connectable, but say so in code).
      if (sender.id !== undefined && sender.id !== extensionId()) return undefined;
      const today = localDay(now());
      if (!dayInWindow(record.day, today)) return undefined;
      const key = `${sender.tab?.id ?? 'none'}:${sender.frameId ?? 0}`;
      const previous = snapshots.get(key);
      remember(key, record.counts);
      const run = queue.then(async () => setHistory(addRecord(await getHistory(), record, previous, today)));
      queue = run.catch((e: unknown) => console.warn('Warmline: history not recorded', e));
      return queue;
    },
    idle: () => queue,
  };
}

/** Registers the recorder on runtime.onMessage; returns the function that removes the listener. */
export function registerHistoryRecorder(recorder: HistoryRecorder = createHistoryRecorder()): () => void {
  // Returns undefined for every message: the recorder never answers, so other listeners (the badge) can.
  const listener = (message: unknown, sender: Sender) => {
    void recorder.handle(message, sender);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
