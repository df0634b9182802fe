/**
 * Validation of the compromise match patterns a team lead writes: what the engine accepts (checkPattern),
 * no raw regular expressions, and size limits. Returns the reason as text, or undefined when fine.
 */
import { checkPattern, parseMatch } from './match-syntax';
import { LIMITS } from './limits';

interface ParsedTerm {
  regex?: unknown;
  fastOr?: Set<string>;
  choices?: unknown[];
}

export function checkTeamPattern(pattern: string): string | undefined {
  const base = checkPattern(pattern);
  if (base !== undefined) return base;
  const p = pattern.trim();
  if (p.length > LIMITS.patternLength) return `The phrase is longer than ${LIMITS.patternLength} characters.`;
  // compromise reads /…/ as a regular expression; packs use match syntax only (no ReDoS, readable packs).
  if (/(^|[\s(|[])\//.test(p)) return `"${p}" uses a regular expression (/…/); write words, (a|b) choices and #Tags instead.`;
  const terms = parseMatch(p) as ParsedTerm[];
  if (terms.some((t) => t.regex !== undefined)) return `"${p}" uses a regular expression (/…/); write words, (a|b) choices and #Tags instead.`;
  if (terms.length > LIMITS.patternTerms) return `"${p}" has ${terms.length} terms; at most ${LIMITS.patternTerms} are allowed.`;
  const choices = terms.reduce((n, t) => n + (t.fastOr?.size ?? 0) + (t.choices?.length ?? 0), 0);
  if (choices > LIMITS.patternChoices) return `"${p}" has ${choices} alternatives; at most ${LIMITS.patternChoices} are allowed.`;
  return undefined;
}
