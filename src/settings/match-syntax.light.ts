/**
 * match-syntax.ts for the content script's build (wxt.config.ts swaps it in): the same checks on
 * `compromise/one`'s parser (the tokenizer and matcher, ~29 KB gzip, no lexicon to unpack), so reading the
 * settings on a helpdesk page never loads compromise's lexicon. The content script uses the settings only for
 * the per-site switch and the internal-note gate; the engine (in the background) validates with the full
 * library. One difference: `{root}` patterns are not expanded to their inflections here, so the limit on
 * alternatives (LIMITS.patternChoices) may accept such a pattern here that the full check refuses.
 */
import nlp from 'compromise/one';
import { validatePattern } from '../engine/pattern-syntax';

export const parseMatch = (pattern: string): unknown => nlp.parseMatch(pattern);
export const checkPattern = (pattern: string): string | undefined => validatePattern(pattern.trim(), parseMatch).error;
