import { describe, expect, it } from 'vitest';
import { salvageSettings } from '../../src/settings/salvage';

describe('salvageSettings', () => {
  it('keeps every valid piece of a value with bad pieces, and names the bad ones', () => {
    const raw = {
      version: 2,
      name: 'Acme',
      rules: { deflection: { level: 'loud' }, 'missing-thanks': { level: 'hint', phrases: { thanks: { add: ['cheers mate'] }, notThanks: { add: ['(x'] } } }, 'vague-promise': { level: 'off' } },
      customRules: [
        { id: 'a', type: 'phrase', message: 'A', patterns: ['kindly'] },
        { id: 'b', type: 'phrase', message: '', patterns: ['x'] },
        { id: 'a', type: 'phrase', message: 'dup', patterns: ['y'] },
      ],
      sites: { enabled: { 'zendesk.com': false, 'Bad Domain': true }, customDomains: ['help.acme.example', 'http://x'] },
      extra: true,
    };
    const s = salvageSettings(raw);
    expect(s.settings).toEqual({
      version: 2,
      name: 'Acme',
      rules: { 'missing-thanks': { level: 'hint', phrases: { thanks: { add: ['cheers mate'] } } }, 'vague-promise': { level: 'off' } },
      customRules: [{ id: 'a', type: 'phrase', level: 'warning', message: 'A', patterns: ['kindly'] }],
      sites: { enabled: { 'zendesk.com': false }, customDomains: ['help.acme.example'] },
    });
    const problems = s.problems.join('\n');
    expect(problems).toContain('rules.deflection.level');
    expect(problems).toContain('customRules[1].message');
    expect(problems).toContain('extra: unknown key');
  });

  it('migrates an old value before salvaging it', () => {
    const s = salvageSettings({ version: 1, rules: { deflection: { level: 'hint' }, blame: { level: 7 } } });
    expect(s.migratedFrom).toBe(1);
    expect(s.settings.rules).toEqual({ deflection: { level: 'hint' } });
  });

  it('falls back to defaults for values it cannot read at all', () => {
    for (const raw of ['garbage', 42, null, [], { version: 99 }]) {
      const s = salvageSettings(raw);
      expect(s.settings.rules).toEqual({});
      expect(s.problems.length).toBeGreaterThan(0);
    }
  });
});
