/**
 * Category colours, for the underlines (CSS Custom Highlights `wl-<category>` in the page, overlay marks in
 * the shadow root) and the card's accent. Each pair is [light, dark].
 */
export const CATEGORY_COLORS: Record<string, readonly [string, string]> = {
  apology: ['#d9480f', '#ff922b'],
  ownership: ['#c2255c', '#f783ac'],
  promise: ['#7048e8', '#b197fc'],
  thanks: ['#1971c2', '#74c0fc'],
  tone: ['#e67700', '#ffd43b'],
  structure: ['#2b8a3e', '#8ce99a'],
  custom: ['#0b7285', '#66d9e8'],
};

const rule = (name: string, color: string) =>
  `::highlight(wl-${name}){text-decoration:underline wavy ${color};text-decoration-thickness:1.5px;text-underline-offset:3px;text-decoration-skip-ink:none;background-color:color-mix(in srgb, ${color} 10%, transparent)}`;

/** The `::highlight(wl-…)` rules adopted into each document or shadow root that holds a coached editor. */
export function highlightCss(): string {
  const light = Object.entries(CATEGORY_COLORS).map(([n, [l]]) => rule(n, l)).join('\n');
  const dark = Object.entries(CATEGORY_COLORS).map(([n, [, d]]) => rule(n, d)).join('\n');
  return `${light}\n@media (prefers-color-scheme: dark){\n${dark}\n}`;
}
