/**
 * The page's side of an import: one worker per import (a new file, or "Forget", ends the last one and frees
 * its memory), its progress as a signal, and the settings in force passed on as they change.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { ImportProgress } from '../../batch/import-session';
import { emptyTally } from '../../batch/tally';
import type { Settings } from '../../settings/schema';
import type { ImportRequest } from './import-messages';

export interface ImportWorker {
  postMessage(m: ImportRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<ImportProgress>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export interface ImportModel {
  progress: ReadonlySignal<ImportProgress | undefined>;
  choose(file: File, settings: Settings): void;
  settingsChanged(settings: Settings): void;
  rebase(): void;
  forget(): void;
}

export function createImportModel(spawn: () => ImportWorker): ImportModel {
  const progress = signal<ImportProgress | undefined>(undefined);
  let worker: ImportWorker | undefined;
  let lastSent: string | undefined;
  return {
    progress,
    choose(file, settings) {
      worker?.terminate();
      const w = (worker = spawn());
      lastSent = JSON.stringify(settings);
      const starting: ImportProgress = { phase: 'reading', name: file.name, bytes: 0, total: file.size, rows: 0, bad: 0, problems: [], checked: 0, comparing: false, tally: emptyTally() };
      progress.value = starting;
      w.onmessage = (e) => {
        if (worker === w) progress.value = e.data;
      };
      w.onerror = (e) => {
        if (worker !== w) return;
        progress.value = { ...(progress.value ?? starting), phase: 'failed', message: `The import stopped: ${e.message || 'the worker failed'}.` };
      };
      w.postMessage({ type: 'import', file, before: settings, after: settings });
    },
    settingsChanged(settings) {
      const key = JSON.stringify(settings);
      if (!worker || key === lastSent) return;
      lastSent = key;
      worker.postMessage({ type: 'settings', after: settings });
    },
    rebase() {
      worker?.postMessage({ type: 'rebase' });
    },
    forget() {
      worker?.terminate();
      worker = undefined;
      progress.value = undefined;
    },
  };
}
