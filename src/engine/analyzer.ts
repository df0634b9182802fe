/**
 * Runs the rules over a draft. One analyzer per settings: it keeps parsed sentences and per-sentence rule
 * results by sentence text, so a keystroke re-parses only the sentence it changed.
 */
import { buildDraft, isKnown, type Draft, type DraftCaches, type SentenceCacheEntry } from './draft';
import { compilePhrases, type PhraseMatcher } from './phrases';
import type { Report, Rule, RuleContext } from './rule';
import type { Context, Finding, Level } from './types';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { rules as builtinRules } from '../rules';
import { compileCustomRules } from '../rules/custom';
import { combineInSentences } from './combine';
import { mergeOverlapping } from './merge';

export interface Analyzer {
  analyze(text: string, context?: Context): Finding[];
  /** How much work the cache saved: sentences parsed so far, and sentences held now. */
  stats(): { parsed: number; cached: number };
  /** What the last analyze() call left out to keep typing smooth (safe mode), for the UI to say so. */
  status(): AnalysisStatus;
}

/**
 * Safe mode. Team-lead patterns and pasted drafts must never hang the page, so one analysis is bounded:
 *   - always (deterministic): a sentence longer than ENGINE_LIMITS.sentenceChars is not checked (compromise's
 *     parse grows faster than its length), and only the first ENGINE_LIMITS.sentences own sentences are;
 *   - with `budgetMs` (the background sets it): sentences the rules have not read yet are parsed in order until
 *     the call has spent half the budget, leaving the rest for the rules (parses are cached, so the next call
 *     goes on where this one stopped: `incomplete`); once the rules
 *     have spent it, the remaining custom rules and non-core rules are skipped for this call; a custom or
 *     non-core rule that alone took the whole budget is skipped for the rest of this draft (until the text
 *     shrinks to less than half the length it had then, or the settings change). The core rules always run.
 */
export interface AnalysisStatus {
  /** Some checks were left out of the last call: the UI says SAFE_MODE_MESSAGE. */
  safeMode: boolean;
  /** Rule ids skipped in the last call (sorted). */
  skippedRules: string[];
  /** Own sentences not checked in the last call (too long, too many, or past the time budget). */
  skippedSentences: number;
  /** Calling again on the same text would check more (sentence parsing stopped at the budget). */
  incomplete: boolean;
}

export interface AnalyzerOptions {
  /** Milliseconds of work one analyze() call may spend before it drops to safe mode; unlimited when absent. */
  budgetMs?: number;
  /** The clock (tests); performance.now by default. */
  now?: () => number;
}

export const ENGINE_LIMITS = { sentenceChars: 1000, sentences: 5000 } as const;
/**
 * Parses kept per analyzer: past this, the oldest parses are dropped once the rules have read them (what the
 * rules took from a sentence stays cached by its text; a parse needed again is made again). A parse is about
 * 9 KB, so a 50,000-word paste would otherwise hold ~40 MB per editor in the background.
 */
export const PARSES_KEPT = 500;
export { SAFE_MODE_MESSAGE } from './safe-mode';
const CUSTOM = 'custom:';
const CORE_IDS: ReadonlySet<string> = new Set(['missing-apology', 'deflection', 'vague-promise', 'missing-thanks']);

interface ActiveRule {
  rule: Rule;
  level: Exclude<Level, 'off'>;
  phrases: Map<string, PhraseMatcher>;
  /**
   * The finding made of each report, with the furthest offset it holds: a rule hands back the same report
   * object while its sentence stands still (sentencesReports), and then the finding is the same too.
   */
  findings: WeakMap<Report, { finding: Finding; reach: number }>;
}

function activate(rule: Rule, settings: Settings): ActiveRule | undefined {
  const own = settings.rules?.[rule.meta.id];
  const level = own?.level ?? rule.meta.defaultLevel;
  if (level === 'off') return undefined;
  const phrases = new Map<string, PhraseMatcher>();
  for (const [name, list] of Object.entries(rule.meta.phrases)) {
    const edits = own?.phrases?.[name];
    if (!edits?.add?.length && !edits?.remove?.length) {
      // The list as shipped: the same array for every analyzer, frozen, so its matcher is found without reading it.
      phrases.set(name, compilePhrases(Object.freeze(list.patterns)));
      continue;
    }
    const removed = new Set((edits.remove ?? []).map((p) => p.trim().toLowerCase()));
    const patterns = [...list.patterns, ...(edits.add ?? [])].filter((p) => !removed.has(p.trim().toLowerCase()));
    phrases.set(name, compilePhrases(patterns));
  }
  return { rule, level, phrases, findings: new WeakMap() };
}

function fill(template: string, data: Record<string, string> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => data?.[k] ?? '');
}

/** The finding of a report, made once per report object (findings are frozen: callers share them). */
function findingOf(active: ActiveRule, report: Report, textLength: number): Finding | undefined {
  const hit = active.findings.get(report);
  if (hit && hit.reach <= textLength) return hit.finding;
  const finding = toFinding(active, report, textLength);
  // Only a finding that kept all of its report is reusable (a report out of range now may fit a longer text).
  if (!finding || finding.suggestions.length !== report.suggestions.length) return finding;
  for (const s of finding.suggestions) Object.freeze(s);
  Object.freeze(finding.suggestions);
  Object.freeze(finding);
  active.findings.set(report, { finding, reach: Math.max(report.end, ...report.suggestions.map((s) => s.end)) });
  return finding;
}

function toFinding(active: ActiveRule, report: Report, textLength: number): Finding | undefined {
  const { meta } = active.rule;
  const template = meta.messages[report.messageId];
  if (template === undefined) throw new Error(`Rule ${meta.id} reported unknown message id "${report.messageId}"`);
  const inRange = (s: number, e: number) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= textLength;
  if (!inRange(report.start, report.end)) return undefined;
  return {
    rule: meta.id,
    messageId: report.messageId,
    message: fill(template, report.data),
    start: report.start,
    end: report.end,
    level: active.level,
    suggestions: report.suggestions.filter((s) => inRange(s.start, s.end)),
  };
}

export function createAnalyzer(settings: Settings = DEFAULT_SETTINGS, ruleList: readonly Rule[] = builtinRules, options: AnalyzerOptions = {}): Analyzer {
  const budget = options.budgetMs ?? Infinity;
  const now = options.now ?? (() => performance.now());
  /** Rules that alone spent the whole budget, benched for this draft, with the text length then. */
  const benched = new Map<string, number>();
  let status: AnalysisStatus = { safeMode: false, skippedRules: [], skippedSentences: 0, incomplete: false };
  // The team's custom rules (settings.customRules) run after the given rules, as `custom:<id>`.
  const all = [...ruleList, ...compileCustomRules(settings.customRules)];
  const active = all.map((r) => activate(r, settings)).filter((r): r is ActiveRule => r !== undefined);
  let generation = 0;
  let parsed = 0;
  /** Entries holding a parse, oldest first. */
  const parses: SentenceCacheEntry[] = [];
  const caches: DraftCaches = {
    sentences: new Map(),
    lines: new Map(),
    onParse: (entry) => {
      parsed++;
      parses.push(entry);
    },
  };
  const cache = caches.sentences;
  /** The last draft built: the next call reuses what its edit did not touch (draft.ts). */
  let last: Draft | undefined;
  /** The last complete answer, for a call with the same text and context (the engine is deterministic). */
  let answered: { text: string; context: Context; findings: Finding[] } | undefined;
  const sameContext = (a: Context, b: Context) =>
    a.customer === b.customer && a.channel === b.channel && a.customerName === b.customerName && a.agentName === b.agentName;
  let customerKey: string | undefined;
  let customerDraft: ReturnType<typeof buildDraft> | undefined;

  const evict = (keep: number) => {
    for (const c of [cache, caches.lines]) {
      if (c.size <= keep * 2 + 64) continue;
      for (const [k, e] of c) if (e.usedAt < generation - 1) c.delete(k);
    }
  };

  return {
    stats: () => ({ parsed, cached: cache.size }),
    status: () => status,
    analyze(text, context = {}) {
      if (answered && answered.text === text && sameContext(answered.context, context)) return [...answered.findings];
      generation++;
      const began = now();
      const parsedAtStart = parsed;
      // A huge paste: no Sentence objects for more than a few times what is checked.
      const full = buildDraft(text, caches, generation, ENGINE_LIMITS.sentences * 2, last);
      last = full;
      // Bounded work: too-long sentences and sentences past the cap are left out; with a budget, parsing
      // stops once it is spent (cached parses make the next call go further).
      const sentences: typeof full.sentences = [];
      let skippedSentences = full.dropped ?? 0;
      let incomplete = false;
      for (const s of full.sentences) {
        if (s.text.length > ENGINE_LIMITS.sentenceChars || sentences.length >= ENGINE_LIMITS.sentences) {
          skippedSentences++;
          continue;
        }
        if (incomplete) {
          skippedSentences++;
          continue;
        }
        // Only a sentence the rules have not read yet costs a parse (and so the clock a look).
        if (!isKnown(s)) {
          // Half the budget for parsing, so the rules can read what was parsed in the same call.
          if (budget !== Infinity && now() - began > budget / 2) {
            incomplete = true;
            skippedSentences++;
            continue;
          }
          void s.doc;
        }
        sentences.push(s);
      }
      const draft = skippedSentences ? { ...full, sentences } : full;
      for (const [id, length] of benched) if (text.length < length / 2) benched.delete(id);
      const skippedRules: string[] = [];
      if (context.customer !== customerKey) {
        customerKey = context.customer;
        const whole = context.customer ? buildDraft(context.customer, caches, generation, ENGINE_LIMITS.sentences * 2) : undefined;
        // The customer's message is bounded like the draft (a pasted log must not hang the page).
        customerDraft = whole && { ...whole, sentences: whole.sentences.filter((s) => s.text.length <= ENGINE_LIMITS.sentenceChars).slice(0, ENGINE_LIMITS.sentences) };
      } else if (customerDraft) {
        for (const s of customerDraft.sentences) cache.get(s.text)!.usedAt = generation;
      }
      const findings: Finding[] = [];
      for (const a of active) {
        const id = a.rule.meta.id;
        const core = CORE_IDS.has(id) && !id.startsWith(CUSTOM);
        if (!core && (benched.has(id) || now() - began > budget)) {
          skippedRules.push(id);
          // Skipped for lack of time while this call was parsing (not benched): the parses are cached now, so
          // the next call gets further. Without new parses another call would run out of time the same way.
          if (!benched.has(id) && parsed > parsedAtStart) incomplete = true;
          continue;
        }
        const ruleStart = now();
        const ctx: RuleContext = {
          context,
          customer: customerDraft,
          phrases: (name) => {
            const m = a.phrases.get(name);
            if (!m) throw new Error(`Rule ${a.rule.meta.id} has no phrase list "${name}"`);
            return m;
          },
        };
        for (const report of a.rule.check(draft, ctx)) {
          const f = findingOf(a, report, text.length);
          if (f) findings.push(f);
        }
        if (!core && now() - ruleStart > budget) benched.set(id, text.length);
      }
      status = { safeMode: skippedRules.length > 0 || skippedSentences > 0, skippedRules: skippedRules.sort(), skippedSentences, incomplete };
      evict(full.sentences.length);
      // Parses go only once every rule has read them (a complete call), the oldest first.
      if (!status.safeMode && parses.length > PARSES_KEPT) for (const e of parses.splice(0, parses.length - PARSES_KEPT)) e.doc = undefined;
      findings.sort((x, y) => x.start - y.start || x.end - y.end || x.rule.localeCompare(y.rule));
      // One underline per place (merge.ts), then one rewrite per sentence where edits combine (combine.ts).
      const result = combineInSentences(mergeOverlapping(findings), text, draft.sentences);
      // Only a complete answer is given again: a call in safe mode may check more the next time.
      answered = status.safeMode || status.incomplete ? undefined : { text, context: { ...context }, findings: result };
      return result;
    },
  };
}
