/**
 * The options page's import, as it runs in its worker: read an export the team lead picked, then coach every
 * reply under the settings it was imported with ("before") and, once they edit a rule or load a pack, under
 * the settings now in force ("after"), adding both up as the report does (tally.ts). Replies are checked in a
 * shuffled order, so the rates shown while a big export is still being checked are already a fair sample of
 * it; an edit restarts the "after" pass and reuses every "before" outcome. Work is done in slices (`step`), so
 * the worker reads the page's next message (another edit) between them. Nothing is stored anywhere.
 */
import { createAnalyzer, type Analyzer } from '../engine/analyzer';
import type { Settings } from '../settings/schema';
import { InputError } from './errors';
import { outcomeOf, type Outcome } from './outcome';
import { readExport } from './read-export';
import { itemOf, MissingColumn, type Item } from './rows';
import { addReply, emptyTally, type Tally } from './tally';

/** Past this the page would hold more text than a browser tab comfortably can: say so and stop before reading. */
export const MAX_IMPORT_BYTES = 300 * 1024 * 1024;
/** Bad rows listed by line (all are counted). */
export const PROBLEMS_LISTED = 20;

export interface ImportProgress {
  phase: 'reading' | 'checking' | 'done' | 'failed';
  name: string;
  bytes: number;
  total: number;
  /** Good rows read so far, and bad ones skipped (the first few named). */
  rows: number;
  bad: number;
  problems: string[];
  /** Replies coached in the current pass. */
  checked: number;
  comparing: boolean;
  tally: Tally;
  /** Why it failed. */
  message?: string;
}

export interface ImportSession {
  start(blob: Blob, name: string, before: Settings, after: Settings): Promise<void>;
  /** The settings in force changed: coach again under them (the "after" side). */
  setAfter(after: Settings): void;
  /** Makes the settings in force the new "before". */
  rebase(): void;
  /** Coaches replies for about `budgetMs`; true while some are left. */
  step(budgetMs: number): boolean;
  progress(): ImportProgress;
}

/** A fixed shuffle (mulberry32), so the same export is checked in the same order each time. */
function shuffled(n: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let seed = 0x2026;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

interface Side {
  key: string;
  analyzer: Analyzer;
  outcomes: (Outcome | undefined)[];
}

export function createImportSession(clock: () => number = () => performance.now()): ImportSession {
  let items: Item[] = [];
  let order: Uint32Array = new Uint32Array(0);
  let before: Side | undefined;
  let after: Side | undefined;
  let pos = 0;
  let tally = emptyTally();
  const state: Omit<ImportProgress, 'tally' | 'checked' | 'comparing'> = { phase: 'reading', name: '', bytes: 0, total: 0, rows: 0, bad: 0, problems: [] };

  const side = (settings: Settings): Side => ({ key: JSON.stringify(settings), analyzer: createAnalyzer(settings), outcomes: new Array(items.length) });
  const comparing = () => after !== undefined && after.key !== before?.key;
  const restart = () => {
    pos = 0;
    tally = emptyTally(comparing());
    if (state.phase === 'done') state.phase = 'checking';
  };

  return {
    async start(blob, name, b, a) {
      Object.assign(state, { phase: 'reading', name, bytes: 0, total: blob.size, rows: 0, bad: 0, problems: [], message: undefined });
      items = [];
      try {
        if (blob.size > MAX_IMPORT_BYTES) {
          throw new InputError(
            `${name} is ${Math.round(blob.size / 1024 / 1024)} MB; this page can hold up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB of replies. Split the export by date range, or use the command line (warmline report), which has no limit.`,
          );
        }
        for await (const row of readExport(blob, name, (n) => (state.bytes = n))) {
          const got = itemOf(name, row);
          if ('problem' in got) {
            state.bad++;
            if (state.problems.length < PROBLEMS_LISTED) state.problems.push(got.problem);
          } else {
            items.push(got.item);
            state.rows++;
          }
        }
      } catch (e) {
        state.phase = 'failed';
        state.message = e instanceof MissingColumn ? e.forPage(name) : e instanceof InputError ? e.message : `${name} could not be read: ${(e as Error).message}`;
        items = [];
        return;
      }
      order = shuffled(items.length);
      before = side(b);
      after = side(a);
      state.phase = 'checking';
      restart();
    },
    setAfter(a) {
      if (!before) return;
      const key = JSON.stringify(a);
      if (key === after?.key) return;
      after = key === before.key ? before : side(a);
      restart();
    },
    rebase() {
      if (!before || !after || after === before) return;
      before = after;
      restart();
    },
    step(budgetMs) {
      if (!before || !after || state.phase !== 'checking') return false;
      const until = clock() + budgetMs;
      const compare = comparing();
      while (pos < items.length && clock() < until) {
        const i = order[pos]!;
        const item = items[i]!;
        const b = (before.outcomes[i] ??= outcomeOf(before.analyzer, item));
        const a = compare ? (after.outcomes[i] ??= outcomeOf(after.analyzer, item)) : undefined;
        addReply(tally, item, b, a);
        pos++;
      }
      if (pos >= items.length) state.phase = 'done';
      return pos < items.length;
    },
    progress: () => ({ ...state, problems: [...state.problems], checked: pos, comparing: comparing(), tally }),
  };
}
