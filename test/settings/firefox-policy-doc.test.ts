import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyPolicy, parsePolicy } from '../../src/settings/managed';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

const doc = readFileSync(new URL('../../docs/FIREFOX-POLICY.md', import.meta.url), 'utf8');
const manifest = readFileSync(new URL('../../wxt.config.ts', import.meta.url), 'utf8');

describe('docs/FIREFOX-POLICY.md', () => {
  const example = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(doc)![1]!) as { policies: { '3rdparty': { Extensions: Record<string, unknown> } } };
  const [id, policy] = Object.entries(example.policies['3rdparty'].Extensions)[0]!;

  it("keys the policy by the Firefox build's gecko id", () => {
    expect(manifest).toContain(`'${id}'`);
  });

  it('gives a policy that parses with no problem and locks what it sets', () => {
    const parsed = parsePolicy(policy);
    expect(parsed?.problems).toEqual([]);
    const { settings, locks } = applyPolicy(DEFAULT_SETTINGS, parsed);
    expect(settings.rules?.deflection?.level).toBe('warning');
    expect(settings.customRules?.map((r) => r.id)).toEqual(['no-per-policy']);
    expect(locks.size).toBeGreaterThan(0);
  });
});
