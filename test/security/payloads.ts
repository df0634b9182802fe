/**
 * Markup that would run script or create elements if any Warmline surface rendered text as HTML. Every
 * payload sets `window.__pwned` when it runs, and every element it could create is in DANGEROUS_SELECTOR.
 */
export const PAYLOADS: readonly string[] = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  "'><img src=x onerror=window.__pwned=1>",
  '<a href="javascript:window.__pwned=1">click me</a>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '<details open ontoggle=window.__pwned=1>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '<style>*{display:none!important}</style>',
  '<object data="javascript:window.__pwned=1"></object>',
  '&lt;b&gt;entities stay text&lt;/b&gt;',
  "{{constructor.constructor('window.__pwned=1')()}}",
];

/** Elements none of Warmline's text may ever create. */
export const DANGEROUS_SELECTOR = 'img, script, svg, iframe, object, embed, math, details[open]:not(.examples), style:not([data-warmline-own]), a[href^="javascript:" i], [onerror], [onload], [ontoggle]';

/** The payloads joined, for a field that takes one piece of text (and its length limit). */
export function payloadText(max = 300): string {
  return PAYLOADS.join(' ').slice(0, max);
}

/** A payload that is also short enough for a 100-character field. */
export const SHORT_PAYLOAD = '"><img src=x onerror=window.__pwned=1><script>window.__pwned=1</script>';
