/** The options page's import worker: reads the export and coaches its replies off the page's thread (import-driver.ts). */
import type { ImportRequest } from './import-messages';
import { serveImports } from './import-driver';

const handle = serveImports((p) => postMessage(p));
onmessage = (e: MessageEvent<ImportRequest>) => void handle(e.data);
