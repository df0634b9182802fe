/**
 * match-syntax.ts for the content script's build (wxt.config.ts swaps it in). The page never runs a phrase
 * pattern: the engine does, in the background, and checks every pattern there with compromise's own parser
 * before it uses one. The content script reads the settings only for the per-site switch and the
 * internal-note gate, so here a pattern's shape is checked without compromise (whose tokenizer alone was
 * ~88 KB of the content script and most of its start-up): not empty, not too long, brackets balanced, no
 * /regular expression/, and its terms and (a|b) alternatives counted for the limits. A pattern compromise
 * would refuse can pass here; the background still refuses it, and the page has no use for it either way.
 */
import { termsOf, validatePattern } from '../engine/pattern-syntax';

interface ShapeTerm {
  regex?: true;
  choices?: string[];
}

/** The pattern's terms (termsOf), "(a|b)" counted as its alternatives. */
export const parseMatch = (pattern: string): unknown =>
  termsOf(pattern).map((term): ShapeTerm => {
    const inner = /^[([](.*)[)\]][?*+]?$/.exec(term)?.[1];
    return { ...(term.startsWith('/') ? { regex: true as const } : {}), ...(inner !== undefined && inner.includes('|') ? { choices: inner.split('|') } : {}) };
  });

export const checkPattern = (pattern: string): string | undefined => validatePattern(pattern.trim(), parseMatch).error;
