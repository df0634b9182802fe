/**
 * The rule tester: valid/invalid tables of replies, like ESLint's RuleTester. It fails on duplicate
 * cases, on unknown message ids, on offsets that do not point at the flagged words, and on a suggestion
 * whose result differs from the expected text.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/engine/analyzer';
import type { Rule } from '../../src/engine/rule';
import type { Channel, Finding } from '../../src/engine/types';

export interface Case {
  text: string;
  customer?: string;
  channel?: Channel;
  customerName?: string;
}

export interface ExpectedFinding {
  messageId?: string;
  /** The words the finding covers: text.slice(start, end). '' for an insertion point. */
  flagged: string;
  /** For an insertion point: the offset it must be at. */
  at?: number;
  /** The whole text after applying the first suggestion. */
  output?: string;
}

export interface InvalidCase extends Case {
  findings: ExpectedFinding[];
}

export function applySuggestion(text: string, s: { start: number; end: number; text: string }): string {
  return text.slice(0, s.start) + s.text + text.slice(s.end);
}

export function runRuleTests(rule: Rule, tables: { valid: Case[]; invalid: InvalidCase[] }): void {
  const id = rule.meta.id;
  const analyzer = createAnalyzer({ version: 1, rules: { [id]: { level: 'warning' } } }, [rule]);
  const run = (c: Case): Finding[] =>
    analyzer.analyze(c.text, { customer: c.customer, channel: c.channel, customerName: c.customerName }).filter((f) => f.rule === id);
  const label = (c: Case) => JSON.stringify(c.text.length > 70 ? c.text.slice(0, 70) + '…' : c.text);

  describe(id, () => {
    it('has no duplicate cases', () => {
      const seen = new Set<string>();
      for (const c of [...tables.valid, ...tables.invalid]) {
        const key = JSON.stringify([c.text, c.customer ?? '', c.channel ?? '', c.customerName ?? '']);
        expect(seen.has(key), `duplicate case ${label(c)}`).toBe(false);
        seen.add(key);
      }
    });

    describe('valid', () => {
      for (const c of tables.valid) {
        it(label(c), () => {
          expect(run(c).map((f) => `${f.message} @ "${c.text.slice(f.start, f.end)}"`)).toEqual([]);
        });
      }
    });

    describe('invalid', () => {
      for (const c of tables.invalid) {
        it(label(c), () => {
          const found = run(c);
          expect(found.length, `findings: ${JSON.stringify(found.map((f) => c.text.slice(f.start, f.end)))}`).toBe(c.findings.length);
          c.findings.forEach((want, i) => {
            const got = found[i]!;
            expect(Object.keys(rule.meta.messages)).toContain(got.messageId);
            if (want.messageId !== undefined) expect(got.messageId).toBe(want.messageId);
            expect(c.text.slice(got.start, got.end)).toBe(want.flagged);
            if (want.at !== undefined) expect(got.start).toBe(want.at);
            expect(got.message.length).toBeGreaterThan(10);
            expect(got.suggestions.length).toBeGreaterThan(0);
            for (const s of got.suggestions) expect(s.text.trim().length + s.label.trim().length).toBeGreaterThan(0);
            if (want.output !== undefined) expect(applySuggestion(c.text, got.suggestions[0]!)).toBe(want.output);
          });
        });
      }
    });
  });
}
