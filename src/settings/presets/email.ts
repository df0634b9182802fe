/** Email: full replies, read carefully by the customer. Every core rule warns; refunds need a time frame. */
import type { Settings } from '../schema';
import { refundTimeFrame } from './shared';

const email: Settings = {
  version: 2,
  name: 'Email',
  description: 'For email replies: the four core rules warn, and a reply about a refund must say when it arrives.',
  rules: {
    'missing-apology': { level: 'warning' },
    deflection: { level: 'warning' },
    'vague-promise': { level: 'warning' },
    'missing-thanks': { level: 'warning' },
  },
  customRules: [refundTimeFrame],
  sites: { enabled: {}, customDomains: [] },
};

export default email;
