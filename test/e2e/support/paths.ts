/** Where things are, for the real-browser tests. */
import { fileURLToPath } from 'node:url';

const at = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export const repoRoot = at('../../../');
/** The fixture pages (served as the web root). */
export const fixturesDir = at('../../fixtures/editors/');
/** The pages' scripts, bundled at test time (gitignored). */
export const fixturesBuildDir = at('../../fixtures/editors/build/');
/** The unpacked extension `npm run build` makes. */
export const extensionDir = process.env.WARMLINE_DIST ?? at('../../../.output/chrome-mv3/');
export const nodeModulesDir = at('../../../node_modules/');
