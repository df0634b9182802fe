/** Words the popup shows for rule ids and times. Kept apart from the engine so the popup stays small. */

/** `missing-apology` → `Missing apology`. */
export function ruleLabel(rule: string): string {
  const words = rule.split('-').filter(Boolean).join(' ');
  return words ? words[0]!.toUpperCase() + words.slice(1) : rule;
}

/** `14:05` in the agent's locale. */
export function clockTime(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** `2026-11-23` → `23 Nov` in the agent's locale (the day is a local calendar day). */
export function shortDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toLocaleDateString([], { day: 'numeric', month: 'short' });
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
