/**
 * The one schema every stored or imported setting passes through. A rule pack file is a Settings object,
 * so the same file works in the options page and with the CLI's --rules.
 */
import * as v from 'valibot';
import { checkPattern } from '../engine/phrases';

export const SETTINGS_VERSION = 1;

const Level = v.picklist(['off', 'hint', 'warning'], 'a level must be "off", "hint" or "warning"');

const Pattern = v.pipe(
  v.string('a phrase must be text'),
  v.check((p) => checkPattern(p) === undefined, (issue) => checkPattern(String(issue.input)) ?? 'invalid phrase'),
);

const PhraseEdits = v.strictObject({
  add: v.optional(v.array(Pattern)),
  remove: v.optional(v.array(v.string())),
});

const RuleSettings = v.strictObject({
  level: v.optional(Level),
  phrases: v.optional(v.record(v.string(), PhraseEdits)),
});

export const SettingsSchema = v.strictObject({
  $schema: v.optional(v.string()),
  version: v.literal(SETTINGS_VERSION, `version must be ${SETTINGS_VERSION}`),
  name: v.optional(v.string()),
  rules: v.optional(v.record(v.string(), RuleSettings), {}),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type RuleSettings = v.InferOutput<typeof RuleSettings>;

export type ParseResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** Validates untrusted input; errors name the path, e.g. `rules.deflection.level: a level must be …`. */
export function parseSettings(input: unknown): ParseResult {
  const r = v.safeParse(SettingsSchema, input);
  if (r.success) return { ok: true, settings: r.output };
  return {
    ok: false,
    errors: r.issues.map((i) => {
      const path = v.getDotPath(i);
      return path ? `${path}: ${i.message}` : i.message;
    }),
  };
}

export const DEFAULT_SETTINGS: Settings = { version: SETTINGS_VERSION, rules: {} };
