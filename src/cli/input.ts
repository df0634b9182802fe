/** Reading the CLI's inputs: whole files or stdin, items from rows (rows.ts), rule packs. Every error names the file and line. */
import { readFileSync } from 'node:fs';
import { parseSettings, DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import type { RawRow } from './rows';

export class InputError extends Error {}

export function readSource(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new InputError(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export interface Item {
  id: string;
  text: string;
  customer?: string;
  channel?: 'email' | 'chat';
  labels?: Record<string, boolean>;
}

export function toItem(file: string, { line, value }: RawRow, needLabels: boolean): Item {
  const where = `${file}:${line}`;
  if (typeof value.id !== 'string' || value.id === '') throw new InputError(`${where}: "id" must be a non-empty string`);
  if (typeof value.text !== 'string') throw new InputError(`${where}: "text" must be a string`);
  if (value.customer !== undefined && typeof value.customer !== 'string') throw new InputError(`${where}: "customer" must be a string`);
  if (value.channel !== undefined && value.channel !== 'email' && value.channel !== 'chat') throw new InputError(`${where}: "channel" must be "email" or "chat"`);
  const item: Item = { id: value.id, text: value.text, customer: value.customer as string | undefined, channel: value.channel as Item['channel'] };
  if (needLabels) {
    const labels = value.labels;
    if (typeof labels !== 'object' || labels === null || Array.isArray(labels)) throw new InputError(`${where}: "labels" must be an object of rule id → true/false`);
    for (const [k, b] of Object.entries(labels)) if (typeof b !== 'boolean') throw new InputError(`${where}: label "${k}" must be true or false`);
    item.labels = labels as Record<string, boolean>;
  }
  return item;
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
