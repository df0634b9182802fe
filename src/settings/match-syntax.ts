/**
 * compromise's match syntax, for validating the patterns a team lead writes (patterns.ts): the engine's own
 * check and parser. The content script's build swaps this file for match-syntax.light.ts (wxt.config.ts).
 */
import { checkPattern } from '../engine/phrases';
import { nlp } from '../engine/nlp';

export { checkPattern };
export const parseMatch = (pattern: string): unknown => nlp.parseMatch(pattern);
