/** Gentle: every core rule is a quiet hint. For experienced teams who want a nudge, not a grade. */
import type { Settings } from '../schema';

const gentle: Settings = {
  version: 2,
  name: 'Gentle',
  description: 'For experienced teams: every core rule is a quiet hint instead of a warning.',
  rules: {
    'missing-apology': { level: 'hint' },
    deflection: { level: 'hint' },
    'vague-promise': { level: 'hint' },
    'missing-thanks': { level: 'hint' },
  },
  customRules: [],
  sites: { enabled: {}, customDomains: [] },
};

export default gentle;
