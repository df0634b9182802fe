/** Chat: short turns in a live conversation. Thanks and apologies need not be in every message. */
import type { Settings } from '../schema';

const chat: Settings = {
  version: 2,
  name: 'Chat',
  description: 'For live chat: short turns, so a missing thanks or apology is only a hint; deflections and vague promises still warn.',
  rules: {
    'missing-apology': { level: 'hint' },
    deflection: { level: 'warning' },
    'vague-promise': { level: 'warning' },
    'missing-thanks': { level: 'hint' },
  },
  customRules: [],
  sites: { enabled: {}, customDomains: [] },
};

export default chat;
