/** Reading the CLI's inputs: whole files or stdin, and rule packs. Every error names the file. */
import { readFileSync } from 'node:fs';
import { parseSettings, DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { InputError } from '../batch/errors';

export { InputError } from '../batch/errors';
export { toItem, type Item } from '../batch/rows';

export function readSource(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new InputError(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export function loadPack(file: string | undefined): Settings {
  if (file === undefined) return DEFAULT_SETTINGS;
  let json: unknown;
  try {
    json = JSON.parse(readSource(file));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const r = parseSettings(json);
  if (!r.ok) throw new InputError(`${file}: not a valid rule pack:\n  ${r.errors.join('\n  ')}`);
  return r.settings;
}
