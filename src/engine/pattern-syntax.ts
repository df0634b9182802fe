/**
 * Whether a compromise match pattern is usable, given compromise's match-syntax parser. No compromise import
 * here: the engine passes the full library's parser (phrases.ts); the content script's settings validation
 * passes a shape-only parser (src/settings/match-syntax.light.ts), which keeps compromise off the page.
 */
export type ParseMatch = (pattern: string) => unknown;

export function validatePattern(p: string, parseMatch: ParseMatch): { compiled?: unknown[]; error?: string } {
  if (p === '') return { error: 'The phrase is empty.' };
  if (p.length > 200) return { error: 'The phrase is longer than 200 characters.' };
  let depth = 0;
  for (const ch of p) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (depth < 0) return { error: `Unbalanced brackets in "${p}".` };
  }
  if (depth !== 0) return { error: `Unbalanced brackets in "${p}".` };
  const silent = afterWildcard(p);
  if (silent) return { error: silent };
  try {
    const compiled = parseMatch(p);
    if (!Array.isArray(compiled) || compiled.length === 0) return { error: `"${p}" matches nothing.` };
    return { compiled };
  } catch (e) {
    return { error: `"${p}" is not a valid phrase: ${(e as Error).message}` };
  }
}

/**
 * compromise (14.x) matches a (…|…) group right after a wildcard (".{0,3}", ".*") only when every choice is a single
 * plain word: "(a few|several)", "(weeks|#Value)" or "(four|/^[0-9]+$/)" there never match, and say nothing. Such a
 * phrase gets a message instead of silence.
 */
function afterWildcard(p: string): string | undefined {
  const terms = termsOf(p);
  for (let i = 0; i + 1 < terms.length; i++) {
    if (!/^\.(?:\*|\{\d*,?\d*\})$/.test(terms[i]!)) continue;
    const group = /^!?\((.*)\)[?+*]?$/.exec(terms[i + 1]!)?.[1];
    if (group !== undefined && group.split('|').some((choice) => !/^[\w'’-]+$/.test(choice.trim()))) {
      return `"${p}": after a wildcard such as "${terms[i]}", a (…|…) group can only hold single words (no #Tags, /regex/ or several words); write the other choices as phrases of their own.`;
    }
  }
  return undefined;
}

/** A pattern's top-level terms: runs of non-space outside brackets ("(a|b c)" and "[x y]" stay one term). */
export function termsOf(pattern: string): string[] {
  // Read by code unit with slices: a fresh engine reads every built-in pattern once (lightNeeds), before the JIT
  // has warmed up, and a regular expression and a new string per character made that ~40 ms of its start.
  const text = pattern.trim();
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91) depth++; // ( [
    else if (c === 41 || c === 93) depth--; // ) ]
    else if (depth === 0 && isSpace(c, text, i)) {
      if (i > from) out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  if (text.length > from) out.push(text.slice(from));
  return out;
}

/** What `/\s/` matches, decided without it for the common code units. */
function isSpace(c: number, text: string, i: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c >= 0xa0 && /\s/.test(text[i]!);
}
