/** Strict: everything warns, plus the house wording rules. For new agents and quality reviews. */
import type { Settings } from '../schema';
import { hidingBehindPolicy, kindlyToPlease, refundTimeFrame } from './shared';

const strict: Settings = {
  version: 2,
  name: 'Strict',
  description: 'For onboarding and quality reviews: every core rule warns, and house rules flag policy talk, "kindly" and refunds without a time frame.',
  rules: {
    'missing-apology': { level: 'warning' },
    deflection: { level: 'warning' },
    'vague-promise': { level: 'warning' },
    'missing-thanks': { level: 'warning' },
  },
  customRules: [refundTimeFrame, { ...kindlyToPlease, level: 'warning' }, hidingBehindPolicy],
  sites: { enabled: {}, customDomains: [] },
};

export default strict;
