/**
 * Recovers what is valid from a stored value that fails the schema, piece by piece (each rule setting, each
 * custom rule, each site), so one bad entry does not cost a team its other settings. The store keeps the raw
 * value aside as well, so nothing is lost even when nothing can be recovered.
 */
import * as v from 'valibot';
import { migrate } from './migrations';
import {
  CustomRuleSchema,
  DEFAULT_SETTINGS,
  DomainSchema,
  LevelSchema,
  normalize,
  parseSettings,
  RuleSettingsSchema,
  SettingsSchema,
  SETTINGS_VERSION,
  type CustomRule,
  type RuleSettings,
  type Settings,
} from './schema';

export interface Salvaged {
  settings: Settings;
  /** What was wrong, `path: reason`, including what had to be left out. Empty when the value was valid. */
  problems: string[];
  migratedFrom?: number;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function salvageSettings(raw: unknown): Salvaged {
  const whole = parseSettings(raw);
  if (whole.ok) return { settings: whole.settings, problems: [], ...(whole.migratedFrom ? { migratedFrom: whole.migratedFrom } : {}) };
  const problems = [...whole.errors];
  const m = migrate(raw);
  if (!m.ok || !isObject(m.value)) return { settings: DEFAULT_SETTINGS, problems };
  const value = m.value;
  const out: Record<string, unknown> = { version: SETTINGS_VERSION };

  for (const key of ['$schema', 'name', 'description'] as const) {
    if (value[key] === undefined) continue;
    const entry = SettingsSchema.entries[key];
    const r = v.safeParse(entry, value[key]);
    if (r.success) out[key] = r.output;
  }

  const rules: Record<string, RuleSettings> = {};
  if (isObject(value.rules)) {
    for (const [id, own] of Object.entries(value.rules)) {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || !isObject(own)) continue;
      const r = v.safeParse(RuleSettingsSchema, own);
      if (r.success) {
        rules[id] = r.output;
        continue;
      }
      // Keep the parts of this rule's settings that are fine: its level, each phrase list.
      const kept: RuleSettings = {};
      const level = v.safeParse(LevelSchema, own.level);
      if (level.success) kept.level = level.output;
      if (isObject(own.phrases)) {
        for (const [list, edits] of Object.entries(own.phrases)) {
          const e = v.safeParse(RuleSettingsSchema, { phrases: { [list]: edits } });
          if (e.success) kept.phrases = { ...kept.phrases, ...e.output.phrases };
        }
      }
      if (kept.level !== undefined || kept.phrases !== undefined) rules[id] = kept;
    }
  }
  out.rules = rules;

  const customRules: CustomRule[] = [];
  if (Array.isArray(value.customRules)) {
    for (const item of value.customRules) {
      const r = v.safeParse(CustomRuleSchema, item);
      if (r.success && !customRules.some((c) => c.id === r.output.id)) customRules.push(r.output);
    }
  }
  out.customRules = customRules.slice(0, 100);

  const enabled: Record<string, boolean> = {};
  const customDomains: string[] = [];
  if (isObject(value.sites)) {
    if (isObject(value.sites.enabled)) {
      for (const [d, on] of Object.entries(value.sites.enabled)) if (typeof on === 'boolean' && v.is(DomainSchema, d)) enabled[d] = on;
    }
    if (Array.isArray(value.sites.customDomains)) {
      for (const d of value.sites.customDomains) if (v.is(DomainSchema, d) && !customDomains.includes(d)) customDomains.push(d);
    }
  }
  out.sites = { enabled, customDomains: customDomains.slice(0, 50) };

  const again = parseSettings(out);
  const settings = again.ok ? again.settings : DEFAULT_SETTINGS;
  return { settings: normalize(settings), problems, ...(m.from ? { migratedFrom: m.from } : {}) };
}
