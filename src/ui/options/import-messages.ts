/** What the options page tells its import worker (import-worker.ts); the worker answers with ImportProgress. */
import type { Settings } from '../../settings/schema';

export type ImportRequest =
  | { type: 'import'; file: File; before: Settings; after: Settings }
  | { type: 'settings'; after: Settings }
  | { type: 'rebase' };
