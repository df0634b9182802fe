/** What the UI shows about a rule (rule-info.ts reads it from the rules' meta; the background sends it along). */
export interface RuleInfo {
  category: string;
  title: string;
  why: string;
}
