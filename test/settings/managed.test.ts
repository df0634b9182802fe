import { describe, expect, it } from 'vitest';
import { applyPolicy, lockKey, parsePolicy } from '../../src/settings/managed';
import type { Settings } from '../../src/settings/schema';

const user: Settings = {
  version: 2,
  rules: { deflection: { level: 'hint', phrases: { contact: { add: ['ring the bank'] } } }, 'missing-thanks': { level: 'off' } },
  customRules: [
    { id: 'kindly', type: 'substitution', level: 'hint', message: 'mine', patterns: ['kindly'], replacement: 'please' },
    { id: 'mine', type: 'phrase', level: 'hint', message: 'mine', patterns: ['whatever'] },
  ],
  sites: { enabled: { 'zendesk.com': false }, customDomains: ['a.example'] },
};

describe('parsePolicy', () => {
  it('is undefined when there is no policy', () => {
    expect(parsePolicy({})).toBeUndefined();
    expect(parsePolicy(undefined)).toBeUndefined();
  });

  it('keeps the valid parts of a policy and names the rest', () => {
    const p = parsePolicy({ rules: { deflection: { level: 'warning' }, blame: { level: 'shout' } }, colour: 'red' });
    expect(p?.settings.rules).toEqual({ deflection: { level: 'warning' } });
    expect(p?.problems.join('\n')).toContain('colour: unknown policy key');
    expect(p?.problems.join('\n')).toContain('rules.blame.level');
  });
});

describe('applyPolicy', () => {
  it('puts the policy over the user settings and locks exactly what it sets', () => {
    const policy = parsePolicy({
      rules: { deflection: { level: 'warning' }, 'vague-promise': { phrases: { vague: { add: ['soonish'] } } } },
      customRules: [{ id: 'kindly', type: 'substitution', level: 'warning', message: 'policy', patterns: ['kindly'], replacement: 'please' }],
      sites: { enabled: { 'zendesk.com': true }, customDomains: ['help.corp.example'] },
    });
    const { settings, locks } = applyPolicy(user, policy);
    expect(settings.rules!.deflection).toEqual({ level: 'warning', phrases: { contact: { add: ['ring the bank'] } } });
    expect(settings.rules!['missing-thanks']).toEqual({ level: 'off' });
    expect(settings.rules!['vague-promise']).toEqual({ phrases: { vague: { add: ['soonish'] } } });
    expect(settings.customRules!.map((r) => [r.id, r.message])).toEqual([
      ['kindly', 'policy'],
      ['mine', 'mine'],
    ]);
    expect(settings.sites).toEqual({ enabled: { 'zendesk.com': true }, customDomains: ['a.example', 'help.corp.example'] });
    expect([...locks].sort()).toEqual(
      [lockKey.level('deflection'), lockKey.phrases('vague-promise', 'vague'), lockKey.customRule('kindly'), lockKey.site('zendesk.com'), lockKey.customDomain('help.corp.example')].sort(),
    );
  });

  it('changes nothing without a policy', () => {
    const { settings, locks } = applyPolicy(user, undefined);
    expect(settings).toEqual(user);
    expect(locks.size).toBe(0);
  });
});
