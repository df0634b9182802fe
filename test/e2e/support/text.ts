/** The engine as the oracle, and text comparisons that forgive only what editors render differently. */
import { createAnalyzer, type Finding, type Suggestion } from '../../../src/engine';

/** What a person types into the multi-line editors: a deflection, a vague promise, no thanks. */
export const DRAFT = "Hi Sam,\n\nYou'll need to contact your bank about that charge. We'll get back to you soon.";
/** The same problems on one line, for <input type=text>. */
export const ONE_LINE_DRAFT = "You'll need to contact your bank about that charge. We'll get back to you soon.";

/** Editors render a typed space as U+00A0 where HTML would collapse it, and keep zero-width caret holders. */
export function normalize(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, '').replace(/\r\n?/g, '\n');
}

/**
 * The engine's findings for `text` with the default settings (what the content script should report for that
 * draft). A fresh analyzer each time: the oracle must not depend on what else it was asked before.
 */
export function findingsFor(text: string): Finding[] {
  return createAnalyzer().analyze(normalize(text));
}

/** `data-findings` as the contract writes it: the findings' rule ids, unique, sorted, comma-separated. */
export function hookValue(findings: readonly { rule: string }[]): string {
  return [...new Set(findings.map((f) => f.rule))].sort().join(',');
}

/** `text` with `suggestion` applied. */
export function applyTo(text: string, suggestion: Suggestion): string {
  return text.slice(0, suggestion.start) + suggestion.text + text.slice(suggestion.end);
}
