/** Rule packs for tests: a good one, and broken ones each with the message that must name what is wrong. */
import type { CustomRule, Settings } from '../../src/settings/schema';

export const goodPack: Settings = {
  version: 2,
  name: 'Acme support',
  rules: {
    'missing-thanks': { level: 'hint', phrases: { thanks: { add: ['ta very much'] } } },
    deflection: { level: 'off' },
  },
  customRules: [
    { id: 'kindly', type: 'substitution', level: 'warning', message: 'Say please.', patterns: ['kindly'], replacement: 'please' },
    { id: 'ticket-ref', type: 'required', level: 'hint', message: 'Give the ticket number.', patterns: ['ticket #Value'], suggestion: 'Your ticket is #' },
  ],
  sites: { enabled: { 'zendesk.com': false }, customDomains: ['help.acme.example'] },
};

const rule = (extra: Record<string, unknown>) => ({ id: 'r', type: 'phrase', message: 'Hi', patterns: ['refund'], ...extra });
const pack = (extra: Record<string, unknown>) => JSON.stringify({ version: 2, rules: {}, ...extra });

/** [what is broken, pack text, text the error must contain]. */
export const brokenPacks: [string, string, string][] = [
  ['not JSON', '{"version": 2, "rules": {', 'not valid JSON'],
  ['empty', '   ', 'The pack is empty'],
  ['a list, not an object', '[1, 2]', 'must be a JSON object'],
  ['missing version', JSON.stringify({ rules: {} }), 'version: is missing'],
  ['newer version', pack({ version: 3 }), 'version: 3 is newer than this Warmline understands'],
  ['version as text', pack({ version: '2' }), 'version: must be a whole number, not "2"'],
  ['unknown rule level', pack({ rules: { deflection: { level: 'loud' } } }), 'rules.deflection.level: a level must be "off", "hint" or "warning", not "loud"'],
  ['bad phrase added to a list', pack({ rules: { 'missing-thanks': { phrases: { thanks: { add: ['(cheers'] } } } } }), 'rules.missing-thanks.phrases.thanks.add[0]: Unbalanced brackets in "(cheers".'],
  ['bad custom rule pattern', pack({ customRules: [rule({}), rule({ id: 'b' }), rule({ id: 'c', patterns: ['(refund'] })] }), 'customRules[2].patterns[0]: Unbalanced brackets in "(refund".'],
  ['regular expression as pattern', pack({ customRules: [rule({ patterns: ['/ref+und/'] })] }), 'customRules[0].patterns[0]: "/ref+und/" uses a regular expression'],
  ['duplicate custom rule id', pack({ customRules: [rule({ id: 'same' }), rule({ id: 'same' })] }), 'customRules[1].id: duplicate id "same" (customRules[0] has it too)'],
  ['missing message', pack({ customRules: [{ id: 'r', type: 'phrase', patterns: ['refund'] }] }), 'customRules[0].message: is missing'],
  ['empty message', pack({ customRules: [rule({ message: '  ' })] }), 'customRules[0].message: message must not be empty'],
  ['too long pattern', pack({ customRules: [rule({ patterns: ['refund '.repeat(20)] })] }), 'customRules[0].patterns[0]: The phrase is longer than 120 characters.'],
  ['too many terms', pack({ customRules: [rule({ patterns: ['a b c d e f g h i j k l m'] })] }), 'customRules[0].patterns[0]: "a b c d e f g h i j k l m" has 13 terms; at most 12 are allowed.'],
  ['patterns not a list', pack({ customRules: [rule({ patterns: 'refund' })] }), 'customRules[0].patterns: patterns must be a list of phrases'],
  ['no patterns', pack({ customRules: [rule({ patterns: [] })] }), 'customRules[0].patterns: patterns needs at least one phrase'],
  ['unknown custom rule type', pack({ customRules: [rule({ type: 'regex' })] }), 'customRules[0].type: type must be one of "phrase", "substitution", "required", "conditional", not "regex"'],
  ['substitution without replacement', pack({ customRules: [rule({ type: 'substitution' })] }), 'customRules[0].replacement: is missing'],
  ['conditional without when', pack({ customRules: [rule({ type: 'conditional', suggestion: 'x' })] }), 'customRules[0].when: is missing'],
  ['bad custom rule id', pack({ customRules: [rule({ id: 'Ticket Ref' })] }), 'customRules[0].id: id "Ticket Ref" must be lower-case letters, digits and dashes'],
  ['unknown top-level key', pack({ colour: 'red' }), 'colour: unknown key "colour"'],
  ['unknown key in a custom rule', pack({ customRules: [rule({ regex: 'x' })] }), 'customRules[0].regex: unknown key "regex"'],
  ['wrong type for rules', pack({ rules: ['deflection'] }), 'rules: rules must be an object of rule id → settings'],
  ['wrong type for a level', pack({ rules: { deflection: { level: 2 } } }), 'rules.deflection.level: a level must be "off", "hint" or "warning", not 2'],
  ['bad custom domain', pack({ sites: { customDomains: ['https://help.acme.example/path'] } }), 'sites.customDomains[0]: "https://help.acme.example/path" is not a domain'],
  ['site toggle not a boolean', pack({ sites: { enabled: { 'zendesk.com': 'yes' } } }), 'sites.enabled["zendesk.com"]: on/off must be true or false'],
];

/** Custom rules of about 1 KB each, to fill storage.sync. */
export function bigRule(i: number): CustomRule {
  return {
    id: `rule-${i}`,
    type: 'phrase',
    level: 'hint',
    message: `Rule ${i}: ${'a warmer word would help here. '.repeat(9)}`.slice(0, 300),
    patterns: Array.from({ length: 12 }, (_, j) => `(word${i}x${j}|other${j}|third${j}) phrase number ${j}`),
  };
}

export const withRules = (n: number): Settings => ({ version: 2, rules: {}, customRules: Array.from({ length: n }, (_, i) => bigRule(i)), sites: { enabled: {}, customDomains: [] } });

