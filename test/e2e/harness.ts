/** The real-browser harness: one import for the e2e tests. Each piece lives in ./support/, one job per file. */
export { launchWithExtension, FIXTURE_HOST, type ExtensionBrowser } from './support/browser';
export { startFixtureServer, type FixtureServer } from './support/server';
export { openFixture, fixtureUrl, FixtureEditorHandle, typeLikeAPerson } from './support/pages';
export { EDITORS, type EditorRow } from './support/editors';
export { DRAFT, ONE_LINE_DRAFT, normalize, findingsFor, hookValue, applyTo } from './support/text';
export {
  readFindings,
  countHosts,
  chipVisible,
  countHighlights,
  applySuggestion,
  getState,
  type HighlightCount,
  type StateResponse,
} from './support/warmline';

export { setUp } from './support/setup';
export { useEnvironment, type Environment } from './support/environment';
