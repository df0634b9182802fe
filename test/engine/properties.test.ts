/** Engine properties, part 1 of 2 (see properties.shared.ts): half the bulk, moved sentences, apply chains. */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/engine';
import { bulkProperty, checkFindings, count, draft, params, replyLike, reportCount, RUNS, SHARDS, TIMEOUT } from './properties.shared';
import fc from 'fast-check';

reportCount('properties.test.ts');

describe('engine properties', () => {
  bulkProperty(Math.ceil(RUNS / SHARDS));

  it('gives the same findings from a shared analyzer as from a fresh one when sentences move between drafts', () => {
    const shared = createAnalyzer();
    fc.assert(
      fc.property(replyLike, replyLike, (x, y) => {
        count('moved');
        for (const text of [y, `${x}\n\n${y}`, y, `${y} ${x}`]) expect(shared.analyze(text)).toEqual(createAnalyzer().analyze(text));
      }),
      params(Math.max(50, Math.floor(RUNS / 500))),
    );
  }, TIMEOUT);

  it('applying the first suggestion of a finding, re-analysing, six times over, keeps every edit valid', () => {
    const analyzer = createAnalyzer();
    fc.assert(
      fc.property(draft, (text) => {
        count('apply-chain');
        let current = text;
        for (let step = 0; step < 6; step++) {
          const findings = analyzer.analyze(current);
          checkFindings(current, findings);
          const f = findings.find((x) => x.suggestions.length > 0);
          if (!f) break;
          const s = f.suggestions[0]!;
          current = current.slice(0, s.start) + s.text + current.slice(s.end);
        }
      }),
      params(Math.max(100, Math.floor(RUNS / 50))),
    );
  }, TIMEOUT);
});
