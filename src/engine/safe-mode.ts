/** What the UI says when the engine left checks out to keep typing smooth (analyzer.ts). No engine import: the page's UI uses it. */
export const SAFE_MODE_MESSAGE = 'Warmline paused some checks to keep typing smooth.';
