/** The import worker's driver run in the test's own thread behind the ImportWorker interface, messages cloned as a worker's are. */
import type { ImportProgress } from '../../../src/batch/import-session';
import { serveImports } from '../../../src/ui/options/import-driver';
import type { ImportWorker } from '../../../src/ui/options/import-model';

export function inThreadWorker(): ImportWorker {
  let stopped = false;
  const worker: ImportWorker = {
    onmessage: null,
    onerror: null,
    postMessage: (m) => void handle(m.type === 'import' ? { ...structuredClone({ ...m, file: undefined }), file: m.file } : structuredClone(m)),
    terminate: () => void (stopped = true),
  };
  const handle = serveImports((p: ImportProgress) => {
    const copy = structuredClone(p);
    setTimeout(() => !stopped && worker.onmessage?.({ data: copy } as MessageEvent<ImportProgress>), 0);
  });
  return worker;
}
