/** The engine's entry (a contract: see DESIGN.md). Pure TypeScript: no DOM, no browser API. */
import { createAnalyzer, type Analyzer } from './analyzer';
import type { Context, Finding } from './types';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';

export type { Context, Finding, Suggestion, Level, Channel } from './types';
export type { Analyzer } from './analyzer';
export { createAnalyzer } from './analyzer';

// One cached analyzer per settings object, so repeated analyze() calls stay incremental.
const analyzers = new WeakMap<Settings, Analyzer>();

export function analyze(text: string, context?: Context, settings: Settings = DEFAULT_SETTINGS): Finding[] {
  let analyzer = analyzers.get(settings);
  if (!analyzer) {
    analyzer = createAnalyzer(settings);
    analyzers.set(settings, analyzer);
  }
  return analyzer.analyze(text, context);
}
