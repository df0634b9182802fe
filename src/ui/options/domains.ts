/** The helpdesk domains Warmline knows, read from match patterns (the manifest's content scripts): no list to keep in sync. */
export function knownDomains(matches: readonly string[]): string[] {
  const out = new Set<string>();
  for (const m of matches) {
    const host = /^[^:]+:\/\/([^/]+)\//.exec(m)?.[1];
    if (!host || host === '*' || host.includes('<')) continue;
    out.add(host.replace(/^\*\./, '').toLowerCase());
  }
  return [...out].sort();
}
