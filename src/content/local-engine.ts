/**
 * The engine in this page (tests; any page that already holds the engine): one analyzer for all editors,
 * rebuilt when the settings change, each call bounded by the time budget (safe mode, src/engine/analyzer.ts).
 */
import { createAnalyzer, type Analyzer } from '../engine/analyzer';
import type { Settings } from '../settings/schema';
import type { CoachEngine } from './engine';
import { ruleInfo } from './rule-info';

import { ANALYSIS_BUDGET_MS } from './local-engine-budget';

export function localEngine(initial: Settings, budgetMs = ANALYSIS_BUDGET_MS): CoachEngine {
  let settings = initial;
  /** Built on first use (compiling the phrase lists takes a moment): never at page load. */
  let analyzer: Analyzer | undefined;
  return {
    analyze(_editor, text, context) {
      const a = (analyzer ??= createAnalyzer(settings, undefined, { budgetMs }));
      const findings = a.analyze(text, context);
      const { safeMode, incomplete } = a.status();
      return { findings, status: { safeMode, incomplete } };
    },
    release: () => undefined,
    setSettings(next) {
      settings = next;
      analyzer = undefined;
    },
    ruleInfo,
  };
}
