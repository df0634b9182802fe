/**
 * compromise parses a match string every time one is used: its own clauses() runs about twenty of them per
 * sentence, and a CPU profile of the trouble reader put parsing them at a seventh of its time. The parse
 * depends only on the string (and options), so each string is parsed once. compromise sets `start` / `end`
 * on the first or last token of a parsed match it is handed (growLeft, growRight, join): each caller gets
 * its own copy of the tokens, so no caller sees another's marks.
 */
type Tokens = object[];
type ParseMatch = (input: unknown, opts?: object, world?: unknown) => Tokens;

/** Strings kept; past this the cache starts again (team leads' patterns are compiled once elsewhere). */
const KEPT = 5000;

export function parseMatchOnce(parse: ParseMatch): ParseMatch {
  const parsed = new Map<string, Tokens>();
  return (input, opts, world) => {
    if (typeof input !== 'string' || (opts !== undefined && Object.keys(opts).length > 0)) return parse(input, opts, world);
    let tokens = parsed.get(input);
    if (!tokens) {
      if (parsed.size >= KEPT) parsed.clear();
      tokens = parse(input, opts, world);
      parsed.set(input, tokens);
    }
    return tokens.map((t) => ({ ...t }));
  };
}
