/**
 * The one schema every stored, managed or imported setting passes through. A rule pack file is a Settings
 * object, so the same file works in the options page and with the CLI's --rules.
 *
 * Version 2 (see migrations.ts for the way from 1):
 *
 *   { $schema?, version: 2, name?, description?,
 *     rules:       { <rule-id>: { level?, phrases?: { <list>: { add?: pattern[], remove?: string[] } } } },
 *     customRules: CustomRule[]   (phrase | substitution | required | conditional; see src/rules/custom/)
 *     sites:       { enabled: { <domain>: boolean }, customDomains: domain[] } }
 *
 * Patterns are compromise match syntax (never regular expressions), checked by checkTeamPattern.
 */
import * as v from 'valibot';
import { formatIssues } from './errors';
import { LIMITS } from './limits';
import { migrate } from './migrations';
import { checkTeamPattern } from './patterns';

export const SETTINGS_VERSION = 2;

/** A record that also refuses arrays (valibot's record alone reads ['a'] as { "0": 'a' }). */
function record<K extends v.GenericSchema<string, string | number | symbol>, T extends v.GenericSchema>(key: K, value: T, message: string) {
  return v.pipe(
    v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), message),
    v.record(key, value, message),
  );
}

const text = (what: string, max: number) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.check((s) => s.trim() !== '', `${what} must not be empty`),
    v.maxLength(max, (i) => `${what} is ${String(i.input).length} characters long; at most ${max} are allowed`),
  );

export const LevelSchema = v.picklist(['off', 'hint', 'warning'], (i) => `a level must be "off", "hint" or "warning", not ${JSON.stringify(i.input)}`);

export const PatternSchema = v.pipe(
  v.string('a phrase must be text'),
  v.check((p) => checkTeamPattern(p) === undefined, (issue) => checkTeamPattern(String(issue.input)) ?? 'invalid phrase'),
);

const patternList = (what: string, max: number) =>
  v.pipe(
    v.array(PatternSchema, `${what} must be a list of phrases`),
    v.minLength(1, `${what} needs at least one phrase`),
    v.maxLength(max, (i) => `${what} has ${(i.input as unknown[]).length} phrases; at most ${max} are allowed`),
  );

const PhraseEdits = v.strictObject(
  {
    add: v.optional(
      v.pipe(
        v.array(PatternSchema, 'add must be a list of phrases'),
        v.maxLength(LIMITS.phraseEditsPerList, `at most ${LIMITS.phraseEditsPerList} phrases can be added to one list`),
      ),
    ),
    remove: v.optional(
      v.pipe(
        v.array(v.pipe(v.string('a phrase must be text'), v.maxLength(200, 'a phrase is at most 200 characters')), 'remove must be a list of phrases'),
        v.maxLength(LIMITS.phraseEditsPerList * 2, `at most ${LIMITS.phraseEditsPerList * 2} phrases can be removed from one list`),
      ),
    ),
  },
  'phrase edits must be an object { add?: [...], remove?: [...] }',
);

export const RuleSettingsSchema = v.strictObject(
  {
    level: v.optional(LevelSchema),
    phrases: v.optional(record(v.string(), PhraseEdits, 'phrases must be an object of list name → { add, remove }')),
  },
  'rule settings must be an object { level?, phrases? }',
);

const RuleId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, (i) => `${JSON.stringify(i.input)} is not a rule id (lower-case words joined by dashes)`),
  v.maxLength(LIMITS.ruleId, `a rule id is at most ${LIMITS.ruleId} characters`),
);

export const CustomRuleIdSchema = v.pipe(
  v.string('id must be text'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, (i) => `id ${JSON.stringify(i.input)} must be lower-case letters, digits and dashes, like "ticket-reference"`),
  v.maxLength(LIMITS.customRuleId, `id is at most ${LIMITS.customRuleId} characters`),
);

const common = {
  id: CustomRuleIdSchema,
  message: text('message', LIMITS.message),
  level: v.optional(LevelSchema, 'warning'),
  description: v.optional(text('description', LIMITS.description)),
};

const objectMessage = (type: string) => `a ${type} rule must be an object`;

/** These words → a message, and optionally the wording to use instead (otherwise: remove them). */
export const PhraseRuleSchema = v.strictObject(
  { type: v.literal('phrase'), ...common, patterns: patternList('patterns', LIMITS.patternsPerRule), suggestion: v.optional(text('suggestion', LIMITS.suggestion)) },
  objectMessage('phrase'),
);

/** This → prefer that: every match is replaced by `replacement` in one click. */
export const SubstitutionRuleSchema = v.strictObject(
  { type: v.literal('substitution'), ...common, patterns: patternList('patterns', LIMITS.patternsPerRule), replacement: text('replacement', LIMITS.suggestion) },
  objectMessage('substitution'),
);

/** Every reply must contain one of `patterns`; `suggestion` is the sentence offered to close the reply. */
export const RequiredRuleSchema = v.strictObject(
  { type: v.literal('required'), ...common, patterns: patternList('patterns', LIMITS.patternsPerRule), suggestion: text('suggestion', LIMITS.suggestion) },
  objectMessage('required'),
);

/** When the customer's message matches one of `when`, the reply must contain one of `patterns`. */
export const ConditionalRuleSchema = v.strictObject(
  {
    type: v.literal('conditional'),
    ...common,
    when: patternList('when', LIMITS.patternsPerRule),
    patterns: patternList('patterns', LIMITS.patternsPerRule),
    suggestion: text('suggestion', LIMITS.suggestion),
  },
  objectMessage('conditional'),
);

export const CUSTOM_RULE_TYPES = ['phrase', 'substitution', 'required', 'conditional'] as const;

export const CustomRuleSchema = v.variant(
  'type',
  [PhraseRuleSchema, SubstitutionRuleSchema, RequiredRuleSchema, ConditionalRuleSchema],
  (i) =>
    i.input === undefined
      ? `type is missing; it must be one of ${CUSTOM_RULE_TYPES.map((t) => `"${t}"`).join(', ')}`
      : `type must be one of ${CUSTOM_RULE_TYPES.map((t) => `"${t}"`).join(', ')}, not ${JSON.stringify(i.input)}`,
);

const DOMAIN = /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::\d{1,5})?$/;

export const DomainSchema = v.pipe(
  v.string('a domain must be text'),
  v.maxLength(LIMITS.domainLength, 'a domain is at most 253 characters'),
  v.regex(DOMAIN, (i) => `${JSON.stringify(i.input)} is not a domain; write it like "support.example.com" (lower case, no https:// or path)`),
);

export const SitesSchema = v.strictObject(
  {
    /** Per domain: false turns Warmline off there, true turns it on. Domains not listed keep the default (on). */
    enabled: v.optional(record(DomainSchema, v.boolean('on/off must be true or false'), 'enabled must be an object of domain → true/false'), {}),
    /** The team's own helpdesk domains (self-hosted or custom), on top of the built-in helpdesks. */
    customDomains: v.optional(
      v.pipe(v.array(DomainSchema, 'customDomains must be a list of domains'), v.maxLength(LIMITS.customDomains, `at most ${LIMITS.customDomains} custom domains are allowed`)),
      [],
    ),
  },
  'sites must be an object { enabled?, customDomains? }',
);

export const SettingsSchema = v.strictObject(
  {
    $schema: v.optional(v.string('$schema must be text')),
    /** Always SETTINGS_VERSION after migration; typed as a number so older literals in tests still type-check. */
    version: v.pipe(v.number('version must be a number'), v.value(SETTINGS_VERSION, `version must be ${SETTINGS_VERSION}`)),
    name: v.optional(text('name', LIMITS.name)),
    description: v.optional(text('description', LIMITS.description)),
    rules: v.optional(record(RuleId, RuleSettingsSchema, 'rules must be an object of rule id → settings')),
    customRules: v.optional(
      v.pipe(v.array(CustomRuleSchema, 'customRules must be a list'), v.maxLength(LIMITS.customRules, `at most ${LIMITS.customRules} custom rules are allowed`)),
    ),
    sites: v.optional(SitesSchema),
    /** Coach internal notes too (off when absent): by default only public replies to the customer are coached. */
    coachInternalNotes: v.optional(v.boolean('coachInternalNotes must be true or false')),
  },
  'settings must be a JSON object',
);

/**
 * rules, customRules and sites are optional in the type (code and tests may pass `{ version }` or
 * `{ version, rules }`), but parseSettings always fills them in (see normalize).
 */
export type Settings = v.InferOutput<typeof SettingsSchema>;
export type RuleSettings = v.InferOutput<typeof RuleSettingsSchema>;
export type PhraseEdits = v.InferOutput<typeof PhraseEdits>;
export type CustomRule = v.InferOutput<typeof CustomRuleSchema>;
export type CustomRuleType = CustomRule['type'];
export type PhraseRule = v.InferOutput<typeof PhraseRuleSchema>;
export type SubstitutionRule = v.InferOutput<typeof SubstitutionRuleSchema>;
export type RequiredRule = v.InferOutput<typeof RequiredRuleSchema>;
export type ConditionalRule = v.InferOutput<typeof ConditionalRuleSchema>;
export type Sites = v.InferOutput<typeof SitesSchema>;
export type Level = v.InferOutput<typeof LevelSchema>;

export type ParseResult = { ok: true; settings: Settings; migratedFrom?: number } | { ok: false; errors: string[] };

/** Checks the schema cannot express: unique custom rule ids and custom domains. */
function crossChecks(s: Settings): string[] {
  const errors: string[] = [];
  const seen = new Map<string, number>();
  (s.customRules ?? []).forEach((r, i) => {
    const first = seen.get(r.id);
    if (first !== undefined) errors.push(`customRules[${i}].id: duplicate id "${r.id}" (customRules[${first}] has it too)`);
    else seen.set(r.id, i);
  });
  const domains = new Map<string, number>();
  (s.sites?.customDomains ?? []).forEach((d, i) => {
    const first = domains.get(d);
    if (first !== undefined) errors.push(`sites.customDomains[${i}]: duplicate domain "${d}" (sites.customDomains[${first}] has it too)`);
    else domains.set(d, i);
  });
  return errors;
}

/** Fills the optional sections so every parsed Settings has the same shape. */
export function normalize(s: Settings): Settings & { rules: Record<string, RuleSettings>; customRules: CustomRule[]; sites: Sites } {
  return { ...s, rules: s.rules ?? {}, customRules: s.customRules ?? [], sites: { enabled: s.sites?.enabled ?? {}, customDomains: s.sites?.customDomains ?? [] } };
}

/**
 * Validates untrusted input (stored, managed or imported), migrating older versions first. Errors name the
 * path and the reason, e.g. `customRules[2].patterns[0]: Unbalanced brackets in "(refund".`
 */
export function parseSettings(input: unknown): ParseResult {
  const m = migrate(input);
  if (!m.ok) return { ok: false, errors: m.errors };
  const r = v.safeParse(SettingsSchema, m.value);
  if (!r.success) return { ok: false, errors: formatIssues(r.issues) };
  const errors = crossChecks(r.output);
  if (errors.length) return { ok: false, errors };
  const settings = normalize(r.output);
  return m.from === undefined ? { ok: true, settings } : { ok: true, settings, migratedFrom: m.from };
}

export const DEFAULT_SETTINGS: Settings = { version: SETTINGS_VERSION, rules: {}, customRules: [], sites: { enabled: {}, customDomains: [] } };
