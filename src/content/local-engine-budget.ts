/** Work one analysis may spend before the engine drops to safe mode (src/engine/analyzer.ts). */
export const ANALYSIS_BUDGET_MS = 50;
