/**
 * Settings in extension storage: read, validated by the one schema, and watched. Invalid stored data never
 * reaches the engine: the defaults are used and the problem is reported through `onProblem`.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './schema';

const settingsItem = storage.defineItem<unknown>('sync:settings', { fallback: DEFAULT_SETTINGS });

export type SettingsProblem = (message: string) => void;

function validated(raw: unknown, onProblem?: SettingsProblem): Settings {
  const r = parseSettings(raw);
  if (r.ok) return r.settings;
  onProblem?.(`Stored settings are invalid (${r.errors.join('; ')}); using defaults until they are fixed.`);
  return DEFAULT_SETTINGS;
}

export async function getSettings(onProblem?: SettingsProblem): Promise<Settings> {
  return validated(await settingsItem.getValue(), onProblem);
}

export async function saveSettings(settings: Settings): Promise<void> {
  const r = parseSettings(settings);
  if (!r.ok) throw new Error(`Settings not saved: ${r.errors.join('; ')}`);
  await settingsItem.setValue(r.settings);
}

/** Calls `cb` with the new settings whenever they change; returns the function that stops watching. */
export function watchSettings(cb: (s: Settings) => void, onProblem?: SettingsProblem): () => void {
  return settingsItem.watch((raw) => cb(validated(raw, onProblem)));
}
