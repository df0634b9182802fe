/**
 * What applying new settings would change, in a team lead's terms: rule levels, phrases added to or removed
 * from each list (as the engine will see the lists), custom rules added, removed or changed, sites. Used by
 * the import and preset previews. Also the warnings a pack earns against this version's rules.
 */
import type { Rule } from '../engine/rule';
import type { Level } from '../engine/types';
import { normalize, type CustomRule, type Settings } from './schema';

export interface LevelChange {
  rule: string;
  from: Level;
  to: Level;
}

export interface PhraseChange {
  rule: string;
  list: string;
  added: string[];
  removed: string[];
}

export interface CustomRuleChange {
  id: string;
  before: CustomRule;
  after: CustomRule;
  /** The fields that differ, e.g. ["message", "patterns"]. */
  fields: string[];
}

export interface SiteChange {
  domain: string;
  from: boolean | undefined;
  to: boolean | undefined;
}

export interface SettingsDiff {
  name?: { from: string | undefined; to: string | undefined };
  levels: LevelChange[];
  phrases: PhraseChange[];
  customAdded: CustomRule[];
  customRemoved: CustomRule[];
  customChanged: CustomRuleChange[];
  sites: SiteChange[];
  domainsAdded: string[];
  domainsRemoved: string[];
  /** Number of changes listed above; 0 means applying changes nothing. */
  count: number;
}

const key = (p: string) => p.trim().toLowerCase();

/** A rule's level and phrase lists as the engine will use them under `settings`. */
export function effectiveRule(rule: Rule, settings: Settings): { level: Level; lists: Record<string, string[]> } {
  const own = settings.rules?.[rule.meta.id];
  const lists: Record<string, string[]> = {};
  for (const [name, list] of Object.entries(rule.meta.phrases)) {
    const edits = own?.phrases?.[name];
    const removed = new Set((edits?.remove ?? []).map(key));
    const seen = new Set<string>();
    lists[name] = [...list.patterns, ...(edits?.add ?? [])].filter((p) => {
      const k = key(p);
      if (removed.has(k) || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }
  return { level: own?.level ?? rule.meta.defaultLevel, lists };
}

const stable = (x: unknown): string => JSON.stringify(x, (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));

export function diffSettings(beforeIn: Settings, afterIn: Settings, rules: readonly Rule[]): SettingsDiff {
  const before = normalize(beforeIn);
  const after = normalize(afterIn);
  const levels: LevelChange[] = [];
  const phrases: PhraseChange[] = [];
  for (const rule of rules) {
    const b = effectiveRule(rule, before);
    const a = effectiveRule(rule, after);
    if (a.level !== b.level) levels.push({ rule: rule.meta.id, from: b.level, to: a.level });
    for (const list of Object.keys(rule.meta.phrases)) {
      const bk = new Set(b.lists[list]!.map(key));
      const ak = new Set(a.lists[list]!.map(key));
      const added = a.lists[list]!.filter((p) => !bk.has(key(p)));
      const removed = b.lists[list]!.filter((p) => !ak.has(key(p)));
      if (added.length || removed.length) phrases.push({ rule: rule.meta.id, list, added, removed });
    }
  }

  const beforeById = new Map(before.customRules.map((r) => [r.id, r]));
  const afterById = new Map(after.customRules.map((r) => [r.id, r]));
  const customAdded = after.customRules.filter((r) => !beforeById.has(r.id));
  const customRemoved = before.customRules.filter((r) => !afterById.has(r.id));
  const customChanged: CustomRuleChange[] = [];
  for (const a of after.customRules) {
    const b = beforeById.get(a.id);
    if (!b || stable(a) === stable(b)) continue;
    const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])]
      .filter((f) => stable((a as Record<string, unknown>)[f]) !== stable((b as Record<string, unknown>)[f]))
      .sort();
    customChanged.push({ id: a.id, before: b, after: a, fields });
  }

  const sites: SiteChange[] = [];
  for (const domain of [...new Set([...Object.keys(before.sites.enabled), ...Object.keys(after.sites.enabled)])].sort()) {
    const from = before.sites.enabled[domain];
    const to = after.sites.enabled[domain];
    if (from !== to) sites.push({ domain, from, to });
  }
  const domainsAdded = after.sites.customDomains.filter((d) => !before.sites.customDomains.includes(d));
  const domainsRemoved = before.sites.customDomains.filter((d) => !after.sites.customDomains.includes(d));

  const name = before.name !== after.name ? { from: before.name, to: after.name } : undefined;
  const count =
    levels.length + phrases.length + customAdded.length + customRemoved.length + customChanged.length + sites.length + domainsAdded.length + domainsRemoved.length + (name ? 1 : 0);
  return { ...(name ? { name } : {}), levels, phrases, customAdded, customRemoved, customChanged, sites, domainsAdded, domainsRemoved, count };
}

/** Things in valid settings that do nothing in this version: unknown rules or lists, removals that match nothing. */
export function settingsWarnings(settings: Settings, rules: readonly Rule[]): string[] {
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const out: string[] = [];
  for (const [id, own] of Object.entries(settings.rules ?? {})) {
    const rule = byId.get(id);
    if (!rule) {
      out.push(`rules.${id}: this version of Warmline has no rule "${id}"; its settings are kept but do nothing`);
      continue;
    }
    for (const [list, edits] of Object.entries(own.phrases ?? {})) {
      const known = rule.meta.phrases[list];
      if (!known) {
        const names = Object.keys(rule.meta.phrases);
        out.push(`rules.${id}.phrases.${list}: rule "${id}" has no phrase list "${list}"${names.length ? ` (it has: ${names.join(', ')})` : ''}; ignored`);
        continue;
      }
      const present = new Set([...known.patterns, ...(edits.add ?? [])].map(key));
      (edits.remove ?? []).forEach((p, i) => {
        if (!present.has(key(p))) out.push(`rules.${id}.phrases.${list}.remove[${i}]: "${p}" is not in the list; nothing to remove`);
      });
    }
  }
  return out;
}
