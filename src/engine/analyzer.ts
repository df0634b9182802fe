/**
 * Runs the rules over a draft. One analyzer per settings: it keeps parsed sentences and per-sentence rule
 * results by sentence text, so a keystroke re-parses only the sentence it changed.
 */
import { buildDraft, type SentenceCache } from './draft';
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
}

interface ActiveRule {
  rule: Rule;
  level: Exclude<Level, 'off'>;
  phrases: Map<string, PhraseMatcher>;
}

function activate(rule: Rule, settings: Settings): ActiveRule | undefined {
  const own = settings.rules?.[rule.meta.id];
  const level = own?.level ?? rule.meta.defaultLevel;
  if (level === 'off') return undefined;
  const phrases = new Map<string, PhraseMatcher>();
  for (const [name, list] of Object.entries(rule.meta.phrases)) {
    const edits = own?.phrases?.[name];
    const removed = new Set((edits?.remove ?? []).map((p) => p.trim().toLowerCase()));
    const patterns = [...list.patterns, ...(edits?.add ?? [])].filter((p) => !removed.has(p.trim().toLowerCase()));
    phrases.set(name, compilePhrases(`${rule.meta.id}:${name}`, patterns));
  }
  return { rule, level, phrases };
}

function fill(template: string, data: Record<string, string> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => data?.[k] ?? '');
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

export function createAnalyzer(settings: Settings = DEFAULT_SETTINGS, ruleList: readonly Rule[] = builtinRules): Analyzer {
  // The team's custom rules (settings.customRules) run after the given rules, as `custom:<id>`.
  const all = [...ruleList, ...compileCustomRules(settings.customRules)];
  const active = all.map((r) => activate(r, settings)).filter((r): r is ActiveRule => r !== undefined);
  const cache: SentenceCache = new Map();
  let generation = 0;
  let parsed = 0;
  const onParse = () => void parsed++;
  let customerKey: string | undefined;
  let customerDraft: ReturnType<typeof buildDraft> | undefined;

  const evict = (keep: number) => {
    if (cache.size <= keep * 2 + 64) return;
    for (const [k, e] of cache) if (e.usedAt < generation - 1) cache.delete(k);
  };

  return {
    stats: () => ({ parsed, cached: cache.size }),
    analyze(text, context = {}) {
      generation++;
      const draft = buildDraft(text, cache, generation, onParse);
      if (context.customer !== customerKey) {
        customerKey = context.customer;
        customerDraft = context.customer ? buildDraft(context.customer, cache, generation, onParse) : undefined;
      } else if (customerDraft) {
        for (const s of customerDraft.sentences) cache.get(s.text)!.usedAt = generation;
      }
      const findings: Finding[] = [];
      for (const a of active) {
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
          const f = toFinding(a, report, text.length);
          if (f) findings.push(f);
        }
      }
      evict(draft.sentences.length);
      findings.sort((x, y) => x.start - y.start || x.end - y.end || x.rule.localeCompare(y.rule));
      // One underline per place (merge.ts), then one rewrite per sentence where edits combine (combine.ts).
      return combineInSentences(mergeOverlapping(findings), text, draft.sentences);
    },
  };
}
