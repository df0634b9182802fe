/**
 * Rule packs: the whole configuration as a JSON file (the Settings JSON, with its version), so the same file
 * works in the options page and with `warmline check --rules pack.json`. Import is all or nothing: the text
 * is parsed and validated first, a preview says what would change, and nothing is stored until confirmed.
 */
import type { Rule } from '../engine/rule';
import { diffSettings, settingsWarnings, type SettingsDiff } from './diff';
import { LIMITS } from './limits';
import { normalize, parseSettings, type CustomRule, type Settings } from './schema';

export interface PackPreview {
  /** The settings that applying would store. */
  settings: Settings;
  diff: SettingsDiff;
  /** Valid but ineffective parts (unknown rules, lists, removals that match nothing). */
  warnings: string[];
  /** Set when the pack was written by an older version and migrated. */
  migratedFrom?: number;
}

export type PackResult = { ok: true; preview: PackPreview } | { ok: false; errors: string[] };

/** The pack file's text: the user's own settings (never the policy), stable and readable. */
export function exportPack(settings: Settings): string {
  const s = normalize(settings);
  const { $schema: _drop, ...rest } = s;
  return `${JSON.stringify(rest, null, 2)}\n`;
}

export function packFileName(settings: Settings, now: Date = new Date()): string {
  const slug = (settings.name ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  return `warmline-${slug || 'rules'}-${now.toISOString().slice(0, 10)}.json`;
}

/** Parses a pack's text. Errors name what is wrong: `path: reason`. */
export function readPack(text: string): { ok: true; settings: Settings; migratedFrom?: number } | { ok: false; errors: string[] } {
  if (text.trim() === '') return { ok: false, errors: ['The pack is empty: choose a rule pack file (.json) or paste its text.'] };
  if (text.length > LIMITS.packText) return { ok: false, errors: [`The pack is ${text.length.toLocaleString('en')} characters long; at most ${LIMITS.packText.toLocaleString('en')} are allowed.`] };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`The pack is not valid JSON: ${(e as Error).message}`] };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, errors: [`The pack must be a JSON object like {"version": 2, "rules": {…}}, not ${Array.isArray(json) ? 'a list' : json === null ? 'null' : `a ${typeof json}`}.`] };
  }
  const r = parseSettings(json);
  if (!r.ok) return r;
  return r.migratedFrom ? { ok: true, settings: r.settings, migratedFrom: r.migratedFrom } : { ok: true, settings: r.settings };
}

function preview(current: Settings, next: Settings, rules: readonly Rule[], migratedFrom?: number): PackPreview {
  return { settings: next, diff: diffSettings(current, next, rules), warnings: settingsWarnings(next, rules), ...(migratedFrom ? { migratedFrom } : {}) };
}

/** An import replaces the whole configuration with the pack's. */
export function previewImport(text: string, current: Settings, rules: readonly Rule[]): PackResult {
  const r = readPack(text);
  if (!r.ok) return r;
  return { ok: true, preview: preview(current, normalize(r.settings), rules, r.migratedFrom) };
}

/**
 * A preset sets every rule's level and phrases (rules it does not name go back to their defaults) and adds
 * its custom rules (replacing ones with the same id); the pack's name, other custom rules and sites stay.
 */
export function applyPreset(current: Settings, preset: Settings): Settings {
  const c = normalize(current);
  const p = normalize(preset);
  const ids = new Set(p.customRules.map((r) => r.id));
  const customRules: CustomRule[] = [...c.customRules.filter((r) => !ids.has(r.id)), ...p.customRules];
  return { ...c, rules: structuredClone(p.rules), customRules };
}

export function previewPreset(current: Settings, preset: Settings, rules: readonly Rule[]): PackPreview {
  return preview(current, applyPreset(current, preset), rules);
}
