/** Bundles each fixture page's script (test/fixtures/editors/src/<page>.ts) with esbuild into the gitignored build/. */
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fixturesBuildDir, fixturesDir } from './paths';

/** Every page script: one per fixture page. `api.ts` and `shared.ts` are bundled into them. */
export function pageScripts(): string[] {
  const src = join(fixturesDir, 'src');
  return readdirSync(src)
    .filter((name) => name.endsWith('.ts') && name !== 'api.ts' && name !== 'shared.ts')
    .map((name) => join(src, name));
}

/**
 * Builds in memory, then replaces each output file by a rename (atomic), so a page being served to another
 * run of the suite at the same moment never sees a missing or half-written script.
 */
export async function buildFixtures(): Promise<void> {
  await bundlePages(pageScripts(), fixturesBuildDir);
}

/** Bundles fixture page scripts into `outdir` (the editor pages here, the helpdesk pages in e2e/sites). */
export async function bundlePages(entryPoints: string[], outdir: string): Promise<void> {
  const result = await build({
    write: false,
    entryPoints,
    outdir,
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    platform: 'browser',
    logLevel: 'warning',
    // React and Draft.js read these; production builds are what helpdesks ship.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: { '.svg': 'dataurl', '.png': 'dataurl', '.woff': 'file', '.woff2': 'file', '.ttf': 'file' },
  });
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
}
