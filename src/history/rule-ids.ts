/**
 * The built-in rule ids, the only keys the local history stores. A record's counts are keyed by rule id, and a
 * rule id looks like a lower-case word: without this list, a word of a draft sent as a "rule id" would be
 * stored. Kept equal to src/rules/index.ts by test/security/no-draft-in-storage.test.ts (this list is here so
 * the background need not load the rules and compromise).
 */
export const HISTORY_RULE_IDS: ReadonlySet<string> = new Set([
  'blame',
  'condescension',
  'deflection',
  'missing-apology',
  'missing-greeting',
  'missing-personal-touch',
  'missing-thanks',
  'negative-phrasing',
  'no-next-step',
  'non-apology',
  'policy-hiding',
  'robotic-phrasing',
  'shouting',
  'vague-promise',
]);
