/**
 * Enterprise policy (storage.managed): validated by the same schema as user settings, merged over them,
 * and what it sets is locked. The policy has the Settings shape without `version` (see
 * public/managed-schema.json): { rules?, customRules?, sites? }.
 *
 * Lock keys name what the policy sets, so the options page can disable exactly those controls:
 *   rules.<id>.level   rules.<id>.phrases.<list>   customRules.<id>   sites.enabled.<domain>   sites.customDomains.<domain>
 */
import { salvageSettings } from './salvage';
import { normalize, SETTINGS_VERSION, type CustomRule, type RuleSettings, type Settings } from './schema';

export type Locks = ReadonlySet<string>;

export const lockKey = {
  level: (rule: string) => `rules.${rule}.level`,
  phrases: (rule: string, list: string) => `rules.${rule}.phrases.${list}`,
  customRule: (id: string) => `customRules.${id}`,
  site: (domain: string) => `sites.enabled.${domain}`,
  customDomain: (domain: string) => `sites.customDomains.${domain}`,
};

export interface ManagedPolicy {
  settings: Settings;
  /** What in the policy was invalid and ignored (the rest still applies). */
  problems: string[];
}

const POLICY_KEYS = ['rules', 'customRules', 'sites'] as const;

/** Reads the raw storage.managed object; undefined when there is no policy. */
export function parsePolicy(raw: unknown): ManagedPolicy | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const record = raw as Record<string, unknown>;
  const present = POLICY_KEYS.filter((k) => record[k] !== undefined);
  const unknown = Object.keys(record).filter((k) => !(POLICY_KEYS as readonly string[]).includes(k));
  if (present.length === 0 && unknown.length === 0) return undefined;
  const candidate: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const k of present) candidate[k] = record[k];
  const { settings, problems } = salvageSettings(candidate);
  return { settings, problems: [...unknown.map((k) => `${k}: unknown policy key (ignored)`), ...problems] };
}

/** Effective settings: the policy's values over the user's, and the set of locked fields. */
export function applyPolicy(user: Settings, policy: ManagedPolicy | undefined): { settings: Settings; locks: Locks } {
  const base = normalize(user);
  if (!policy) return { settings: base, locks: new Set() };
  const p = normalize(policy.settings);
  const locks = new Set<string>();

  const rules: Record<string, RuleSettings> = { ...base.rules };
  for (const [id, own] of Object.entries(p.rules)) {
    const merged: RuleSettings = { ...rules[id] };
    if (own.level !== undefined) {
      merged.level = own.level;
      locks.add(lockKey.level(id));
    }
    if (own.phrases) {
      merged.phrases = { ...merged.phrases };
      for (const [list, edits] of Object.entries(own.phrases)) {
        merged.phrases[list] = edits;
        locks.add(lockKey.phrases(id, list));
      }
    }
    rules[id] = merged;
  }

  const managedIds = new Set(p.customRules.map((r) => r.id));
  for (const id of managedIds) locks.add(lockKey.customRule(id));
  const customRules: CustomRule[] = [...p.customRules, ...base.customRules.filter((r) => !managedIds.has(r.id))];

  const enabled = { ...base.sites.enabled };
  for (const [domain, on] of Object.entries(p.sites.enabled)) {
    enabled[domain] = on;
    locks.add(lockKey.site(domain));
  }
  const customDomains = [...base.sites.customDomains];
  for (const d of p.sites.customDomains) {
    locks.add(lockKey.customDomain(d));
    if (!customDomains.includes(d)) customDomains.push(d);
  }

  return { settings: { ...base, rules, customRules, sites: { enabled, customDomains } }, locks };
}
