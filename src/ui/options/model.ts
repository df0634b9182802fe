/**
 * The options page's state and actions (no DOM): the settings state from the store as a signal, and every
 * edit a team lead makes, validated before anything is written. Saves are queued one after another, so
 * quick clicks never interleave, and each returns what went wrong in words (nothing is written then).
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import * as v from 'valibot';
import type { Rule } from '../../engine/rule';
import type { Level } from '../../engine/types';
import { effectiveRule } from '../../settings/diff';
import { formatIssues } from '../../settings/errors';
import { LIMITS } from '../../settings/limits';
import { applyPolicy, lockKey } from '../../settings/managed';
import { checkTeamPattern } from '../../settings/patterns';
import { CustomRuleSchema, DomainSchema, normalize, parseSettings, type CustomRule, type RuleSettings, type Settings } from '../../settings/schema';
import { loadSettingsState, saveSettings, SettingsSaveError, watchSettingsState, type SettingsState, type StorageInfo } from '../../settings/store';

export type Result = { ok: true } | { ok: false; errors: string[] };

export interface OptionsDeps {
  /** The built-in rules to show, from the registry (src/rules/index.ts). */
  rules: readonly Rule[];
  /** Helpdesk domains Warmline knows (from the manifest's content script matches). */
  knownDomains: readonly string[];
  /** Asks the browser for access to a custom domain; resolves false when refused or not possible. */
  requestDomain?: (domain: string) => Promise<boolean>;
}

export interface OptionsModel {
  deps: OptionsDeps;
  state: ReadonlySignal<SettingsState | undefined>;
  /** The user's own settings (what is edited and exported). */
  user: ReadonlySignal<Settings>;
  /** The settings in force (policy over user). */
  effective: ReadonlySignal<Settings>;
  /** The last save's storage info (quota notes), or the one read from storage. */
  storage: ReadonlySignal<StorageInfo | undefined>;
  /** What the last save or load said, for the status line (aria-live). */
  status: ReadonlySignal<string>;
  saveErrors: ReadonlySignal<string[]>;
  isLocked(key: string): boolean;
  load(): Promise<void>;
  /** Starts following storage changes (other tabs, sync, policy); returns the stop function. */
  watch(): () => void;
  save(next: Settings, done?: string): Promise<Result>;
  setLevel(rule: string, level: Level): Promise<Result>;
  /** Adds a phrase to a rule's list; resolves to the reason when it cannot be added. */
  addPhrase(rule: string, list: string, phrase: string): Promise<Result>;
  removePhrase(rule: string, list: string, phrase: string): Promise<Result>;
  /** Validates a custom rule as it would be saved; errors are `field: reason` (paths relative to the rule). */
  checkCustomRule(candidate: unknown, originalId?: string): { ok: true; rule: CustomRule } | { ok: false; errors: string[] };
  saveCustomRule(candidate: unknown, originalId?: string): Promise<Result>;
  deleteCustomRule(id: string): Promise<Result>;
  setSite(domain: string, on: boolean | undefined): Promise<Result>;
  addDomain(domain: string): Promise<Result>;
  removeDomain(domain: string): Promise<Result>;
}

const key = (p: string) => p.trim().toLowerCase();

/** Normalises what a team lead types as a domain: no scheme, path, port-less trailing dot, lower case. */
export function cleanDomain(input: string): string {
  let d = input.trim().toLowerCase();
  d = d.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  d = d.replace(/[/?#].*$/, '').replace(/\.$/, '');
  return d;
}

export function createOptionsModel(deps: OptionsDeps): OptionsModel {
  const state = signal<SettingsState | undefined>(undefined);
  const storage = signal<StorageInfo | undefined>(undefined);
  const status = signal('');
  const saveErrors = signal<string[]>([]);
  const user = computed(() => normalize(state.value?.user ?? { version: 2, rules: {} }));
  const effective = computed(() => state.value?.effective ?? user.value);
  let queue: Promise<unknown> = Promise.resolve();

  const setState = (s: SettingsState) => {
    state.value = s;
    storage.value = s.storage;
  };

  const save = (next: Settings, done = 'Saved.'): Promise<Result> => {
    const run = async (): Promise<Result> => {
      const parsed = parseSettings(next);
      if (!parsed.ok) {
        saveErrors.value = parsed.errors;
        status.value = 'Not saved: see the errors above.';
        return { ok: false, errors: parsed.errors };
      }
      try {
        const info = await saveSettings(parsed.settings);
        const current = state.value;
        const settings = normalize(parsed.settings);
        const merged = applyPolicy(settings, current?.policy);
        state.value = {
          ...(current ?? { policy: undefined, problems: [], complete: true }),
          user: settings,
          effective: merged.settings,
          locks: merged.locks,
          storage: info,
        } as SettingsState;
        storage.value = info;
        saveErrors.value = [];
        status.value = info.note ? `${done} ${info.note}` : done;
        return { ok: true };
      } catch (e) {
        const errors = e instanceof SettingsSaveError ? e.errors : [`Could not save: ${(e as Error).message}`];
        saveErrors.value = errors;
        status.value = 'Not saved.';
        return { ok: false, errors };
      }
    };
    const p = queue.then(run, run);
    queue = p;
    return p;
  };

  const withRule = (id: string, change: (own: RuleSettings) => RuleSettings): Settings => {
    const u = user.value;
    const own = change(structuredClone(u.rules?.[id] ?? {}));
    const rules = { ...u.rules };
    if (own.level === undefined && (!own.phrases || Object.keys(own.phrases).length === 0)) delete rules[id];
    else rules[id] = own;
    return { ...u, rules };
  };

  const isLocked = (k: string) => state.value?.locks.has(k) ?? false;
  const ruleById = (id: string) => deps.rules.find((r) => r.meta.id === id);
  const fail = (error: string): Result => ({ ok: false, errors: [error] });

  const checkCustomRule: OptionsModel['checkCustomRule'] = (candidate, originalId) => {
    const r = v.safeParse(CustomRuleSchema, candidate);
    if (!r.success) return { ok: false, errors: formatIssues(r.issues) };
    const others = (effective.value.customRules ?? []).filter((c) => c.id !== originalId);
    if (others.some((c) => c.id === r.output.id)) return { ok: false, errors: [`id: another custom rule already has the id "${r.output.id}"`] };
    if (originalId === undefined && others.length >= LIMITS.customRules) return { ok: false, errors: [`At most ${LIMITS.customRules} custom rules are allowed.`] };
    return { ok: true, rule: r.output };
  };

  return {
    deps,
    state,
    user,
    effective,
    storage,
    status,
    saveErrors,
    isLocked,

    async load() {
      setState(await loadSettingsState());
    },

    watch() {
      return watchSettingsState(setState);
    },

    save,

    setLevel(rule, level) {
      if (isLocked(lockKey.level(rule))) return Promise.resolve(fail(`The level of "${rule}" is set by your organisation's policy.`));
      const def = ruleById(rule)?.meta.defaultLevel;
      return save(
        withRule(rule, (own) => {
          if (level === def) delete own.level;
          else own.level = level;
          return own;
        }),
        `${rule}: ${level === 'off' ? 'off' : `on (${level})`}.`,
      );
    },

    addPhrase(ruleId, list, phrase) {
      const rule = ruleById(ruleId);
      if (!rule?.meta.phrases[list]) return Promise.resolve(fail(`Rule "${ruleId}" has no phrase list "${list}".`));
      if (isLocked(lockKey.phrases(ruleId, list))) return Promise.resolve(fail("This list is set by your organisation's policy."));
      const p = phrase.trim().replace(/\s+/g, ' ');
      const why = checkTeamPattern(p);
      if (why) return Promise.resolve(fail(why));
      const own = user.value.rules?.[ruleId]?.phrases?.[list];
      const removedDefault = (own?.remove ?? []).some((r) => key(r) === key(p));
      if (!removedDefault && effectiveRule(rule, user.value).lists[list]!.some((x) => key(x) === key(p))) return Promise.resolve(fail(`"${p}" is already in the list.`));
      if (!removedDefault && (own?.add?.length ?? 0) >= LIMITS.phraseEditsPerList) return Promise.resolve(fail(`At most ${LIMITS.phraseEditsPerList} phrases can be added to one list.`));
      return save(
        withRule(ruleId, (o) => {
          const edits = { ...o.phrases?.[list] };
          if (removedDefault) edits.remove = (edits.remove ?? []).filter((r) => key(r) !== key(p));
          // A default phrase that was removed comes back by undoing the removal; anything else is added.
          if (!removedDefault || !rule.meta.phrases[list]!.patterns.some((d) => key(d) === key(p))) edits.add = [...(edits.add ?? []), p];
          if (edits.remove?.length === 0) delete edits.remove;
          o.phrases = { ...o.phrases, [list]: edits };
          return o;
        }),
        `Added “${p}” to ${ruleId} › ${list}.`,
      );
    },

    removePhrase(ruleId, list, phrase) {
      const rule = ruleById(ruleId);
      if (!rule?.meta.phrases[list]) return Promise.resolve(fail(`Rule "${ruleId}" has no phrase list "${list}".`));
      if (isLocked(lockKey.phrases(ruleId, list))) return Promise.resolve(fail("This list is set by your organisation's policy."));
      const isDefault = rule.meta.phrases[list]!.patterns.some((d) => key(d) === key(phrase));
      return save(
        withRule(ruleId, (o) => {
          const edits = { ...o.phrases?.[list] };
          edits.add = (edits.add ?? []).filter((a) => key(a) !== key(phrase));
          if (isDefault && !(edits.remove ?? []).some((r) => key(r) === key(phrase))) edits.remove = [...(edits.remove ?? []), phrase];
          if (edits.add.length === 0) delete edits.add;
          const phrases = { ...o.phrases, [list]: edits };
          if (!edits.add && !edits.remove) delete phrases[list];
          o.phrases = phrases;
          if (Object.keys(phrases).length === 0) delete o.phrases;
          return o;
        }),
        `Removed “${phrase}” from ${ruleId} › ${list}.`,
      );
    },

    checkCustomRule,

    saveCustomRule(candidate, originalId) {
      if (originalId !== undefined && isLocked(lockKey.customRule(originalId))) return Promise.resolve(fail("This rule is set by your organisation's policy."));
      const checked = checkCustomRule(candidate, originalId);
      if (!checked.ok) return Promise.resolve(checked);
      const u = user.value;
      const list = [...(u.customRules ?? [])];
      const at = originalId === undefined ? -1 : list.findIndex((c) => c.id === originalId);
      if (at >= 0) list[at] = checked.rule;
      else list.push(checked.rule);
      return save({ ...u, customRules: list }, `Custom rule “${checked.rule.id}” saved.`);
    },

    deleteCustomRule(id) {
      if (isLocked(lockKey.customRule(id))) return Promise.resolve(fail("This rule is set by your organisation's policy."));
      const u = user.value;
      return save({ ...u, customRules: (u.customRules ?? []).filter((c) => c.id !== id) }, `Custom rule “${id}” deleted.`);
    },

    setSite(domain, on) {
      if (isLocked(lockKey.site(domain))) return Promise.resolve(fail("This site is set by your organisation's policy."));
      const u = normalize(user.value);
      const enabled = { ...u.sites.enabled };
      if (on === undefined) delete enabled[domain];
      else enabled[domain] = on;
      return save({ ...u, sites: { ...u.sites, enabled } }, `${domain}: ${on === false ? 'off' : 'on'}.`);
    },

    async addDomain(input) {
      const domain = cleanDomain(input);
      if (domain === '') return fail('Type a domain, like support.example.com.');
      const r = v.safeParse(DomainSchema, domain);
      if (!r.success) return fail(r.issues[0]!.message);
      const u = normalize(user.value);
      const all = normalize(effective.value).sites.customDomains;
      if (all.includes(domain) || deps.knownDomains.includes(domain)) return fail(`${domain} is already in the list.`);
      if (u.sites.customDomains.length >= LIMITS.customDomains) return fail(`At most ${LIMITS.customDomains} custom domains are allowed.`);
      const granted = deps.requestDomain ? await deps.requestDomain(domain).catch(() => false) : true;
      const result = await save({ ...u, sites: { ...u.sites, customDomains: [...u.sites.customDomains, domain] } }, `Added ${domain}.`);
      if (result.ok && !granted) status.value = `Added ${domain}. Warmline has no access to it yet: it will ask again when site support is switched on.`;
      return result;
    },

    removeDomain(domain) {
      if (isLocked(lockKey.customDomain(domain))) return Promise.resolve(fail("This domain is set by your organisation's policy."));
      const u = normalize(user.value);
      const enabled = { ...u.sites.enabled };
      delete enabled[domain];
      return save({ ...u, sites: { enabled, customDomains: u.sites.customDomains.filter((d) => d !== domain) } }, `Removed ${domain}.`);
    },
  };
}
