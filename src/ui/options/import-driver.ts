/**
 * What the import worker does with each message (import-worker.ts is its thin shell, tests run it in-thread):
 * read the file, then coach in slices and post progress, at most every PROGRESS_MS while working and once when
 * a phase ends. Slices end with a macrotask, so an edit posted meanwhile is read before the next slice.
 */
import { createImportSession, type ImportProgress } from '../../batch/import-session';
import type { ImportRequest } from './import-messages';

const SLICE_MS = 40;
const PROGRESS_MS = 250;

export function serveImports(post: (p: ImportProgress) => void): (m: ImportRequest) => Promise<void> {
  const session = createImportSession();
  let working = false;
  let lastPost = 0;
  /** The settings in force as last told, also while the file is still being read (an edit made meanwhile counts). */
  let latest: (ImportRequest & { type: 'settings' }) | undefined;

  const report = (force = false) => {
    const now = performance.now();
    if (!force && now - lastPost < PROGRESS_MS) return;
    lastPost = now;
    post(session.progress());
  };

  const work = () => {
    if (working) return;
    working = true;
    const slice = () => {
      const more = session.step(SLICE_MS);
      report(!more);
      if (more) setTimeout(slice, 0);
      else working = false;
    };
    slice();
  };

  return async (m) => {
    if (m.type === 'import') {
      const ticker = setInterval(() => report(), PROGRESS_MS);
      try {
        await session.start(m.file, m.file.name, m.before, m.after);
      } finally {
        clearInterval(ticker);
      }
      if (latest) session.setAfter(latest.after);
    } else if (m.type === 'settings') {
      latest = m;
      session.setAfter(m.after);
    } else {
      session.rebase();
    }
    report(true);
    work();
  };
}
