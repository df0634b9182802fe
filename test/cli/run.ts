/** The CLI in-process for tests: files in a fresh temporary folder, and main() with its output captured. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

export function tempFiles(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name: string, body: string): string {
      const p = join(dir, name);
      writeFileSync(p, body);
      return p;
    },
  };
}

export async function run(...args: string[]) {
  let out = '';
  let err = '';
  // One thread: worker threads cannot load this TypeScript under vitest (the pool is tested through npm run).
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s) }, { jobs: 1 });
  return { code, out, err };
}
