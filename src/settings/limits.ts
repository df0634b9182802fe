/**
 * Size limits for everything a team lead or a rule pack provides. They keep packs readable, keep matching
 * fast while the agent types, and keep the settings inside storage.sync's quota.
 */
export const LIMITS = {
  /** Characters in one compromise match pattern (checkPattern also stops at 200). */
  patternLength: 120,
  /** Terms (words, tags, groups) in one pattern. */
  patternTerms: 12,
  /** Alternatives summed over a pattern's (a|b|c) groups. */
  patternChoices: 40,
  /** Patterns in one custom rule's list. */
  patternsPerRule: 50,
  /** Phrases a team lead adds to, or removes from, one built-in list. */
  phraseEditsPerList: 100,
  customRules: 100,
  customRuleId: 40,
  message: 300,
  description: 500,
  /** A suggestion or replacement the agent applies with one click. */
  suggestion: 300,
  name: 100,
  ruleId: 60,
  customDomains: 50,
  domainLength: 253,
  /** A rule pack file or pasted text, in characters. */
  packText: 1_000_000,
} as const;
