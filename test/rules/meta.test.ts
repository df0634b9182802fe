/** Conventions enforced by tests: every rule is registered, sorted, tested and documented, and its docs are true. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/engine/analyzer';
import type { Example } from '../../src/engine/rule';
import { rules } from '../../src/rules';

const root = join(import.meta.dirname, '..', '..');
const ruleFiles = readdirSync(join(root, 'src/rules'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));
const asCase = (e: Example) => (typeof e === 'string' ? { text: e } : e);

describe('rule registry', () => {
  it('registers every rule file, once, sorted by id', () => {
    const ids = rules.map((r) => r.meta.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...ruleFiles].sort());
  });

  it('has the four core rules', () => {
    for (const id of ['missing-apology', 'deflection', 'vague-promise', 'missing-thanks']) expect(rules.map((r) => r.meta.id)).toContain(id);
  });
});

describe.each(rules.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  it('has a table test beside its meaning that uses the rule tester', () => {
    const file = join(root, 'test/rules', `${id}.test.ts`);
    expect(existsSync(file), `missing test/rules/${id}.test.ts`).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/runRuleTests\(/);
  });

  it('is documented', () => {
    const { docs, messages, phrases } = rule.meta;
    expect(docs.description.length).toBeGreaterThan(10);
    expect(docs.why.length).toBeGreaterThan(20);
    expect(docs.incorrect.length).toBeGreaterThan(0);
    expect(docs.correct.length).toBeGreaterThan(0);
    expect(Object.keys(messages).length).toBeGreaterThan(0);
    for (const m of Object.values<string>(messages)) expect(m.length).toBeGreaterThan(10);
    for (const list of Object.values(phrases)) {
      expect(list.description.length).toBeGreaterThan(5);
      expect(list.patterns.length).toBeGreaterThan(0);
    }
  });

  it('flags its "incorrect" examples and is quiet on its "correct" ones', () => {
    const analyzer = createAnalyzer({ version: 1, rules: { [id]: { level: 'warning' } } }, [rule]);
    for (const e of rule.meta.docs.incorrect.map(asCase)) {
      expect(analyzer.analyze(e.text, e).map((f) => f.rule), e.text).toContain(id);
    }
    for (const e of rule.meta.docs.correct.map(asCase)) {
      expect(analyzer.analyze(e.text, e).map((f) => f.rule), e.text).not.toContain(id);
    }
  });
});

describe('phrase lists', () => {
  it('holds only patterns the engine accepts (a refused pattern would silently match nothing)', async () => {
    const { checkPattern } = await import('../../src/engine/phrases');
    const { troublePhrases } = await import('../../src/rules/shared/trouble');
    const lists = [...rules.flatMap((r) => Object.entries(r.meta.phrases).map(([n, l]) => [`${r.meta.id}.${n}`, l] as const)), ...Object.entries(troublePhrases).map(([n, l]) => [`trouble.${n}`, l] as const)];
    const refused = lists.flatMap(([name, l]) => l.patterns.map((p) => [name, p, checkPattern(p)] as const).filter(([, , e]) => e !== undefined));
    expect(refused).toEqual([]);
  });
});
