import { defineRule } from '../engine/rule';
import { insertGreeting, topOf } from './missing-greeting';
import { addressOf, customerNameOf, nameWords } from './shared/wording';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default defineRule({
  meta: {
    id: 'missing-personal-touch',
    category: 'structure',
    docs: {
      description: "An email reply never uses the customer's name, though we know it.",
      why: 'Using their name shows the reply was written for this customer, not pasted from a template.',
      incorrect: [
        { text: 'Hello,\n\nYour booking is confirmed for Friday at 10am.\n\nBest,\nAna', channel: 'email', customerName: 'Priya' },
        { text: 'Dear Customer,\n\nYour booking is confirmed for Friday at 10am.\n\nBest,\nAna', channel: 'email', customerName: 'Priya' },
      ],
      correct: [
        { text: 'Hi Priya,\n\nYour booking is confirmed for Friday at 10am.\n\nBest,\nAna', channel: 'email', customerName: 'Priya' },
        { text: 'Hello,\n\nYour booking is confirmed for Friday at 10am.\n\nBest,\nAna', channel: 'email' },
      ],
    },
    messages: {
      missing: 'The reply never uses the customer’s name. Greet {{name}} by name.',
    },
    defaultLevel: 'hint',
    phrases: {
      anonymous: {
        description: 'Greetings that address nobody in particular, to be replaced by the name.',
        patterns: ['^(hi|hello|hey|dear|greetings|good (morning|afternoon|evening)) (there|all|team|everyone|customer|valued customer|sir|madam|sir or madam|friend|user|member)?'],
      },
    },
  },
  check(draft, ctx) {
    if (ctx.context.channel !== 'email') return [];
    const name = customerNameOf(ctx.context);
    if (!name || draft.sentences.length === 0) return [];
    const words = nameWords(name);
    if (words.length === 0) return [];
    const used = new RegExp(`(?<![\\p{L}])(?:${words.map(escape).join('|')})(?![\\p{L}])`, 'iu');
    // Look in the agent's own parts (a greeting line is read whole: "Hi Seo-yeon," splits at the hyphen).
    const own = draft.segments.parts.filter((p) => p.kind === 'greeting' || p.kind === 'body' || p.kind === 'signoff');
    const lineEnd = (i: number) => (draft.text.indexOf('\n', i) === -1 ? draft.text.length : draft.text.indexOf('\n', i));
    if (own.some((p) => used.test(draft.text.slice(p.start, p.kind === 'greeting' ? lineEnd(p.start) : p.end)))) return [];
    const greeting = draft.segments.greeting;
    const address = addressOf(name);
    if (greeting) {
      // "Hello," / "Dear Customer," → "Hi Priya,"
      const g = draft.text.slice(greeting.start, greeting.end);
      const m = /^(\s*)([^,!:—–-]*?)\s*([,!:—–-]?)\s*$/.exec(g)!;
      const start = greeting.start + m[1]!.length;
      const end = start + m[2]!.length;
      // Keep their greeting word ("Good morning", "Dear"), swap the nobody it addressed for the name.
      const hello = m[2]!.replace(/\s+(?:there|all|team|everyone|folks|(?:valued\s+)?(?:customer|client|user|member|guest|friend)|sir\s+or\s+madam|sir\/madam|sir|madam)$/i, '').trim() || 'Hi';
      const say = `${/^(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon|evening)$/i.test(hello) ? hello : 'Hi'} ${address}`;
      return [{ messageId: 'missing' as const, data: { name: address }, start, end, suggestions: [{ label: `Say “${say}”`, text: say, start, end }] }];
    }
    const at = topOf(draft);
    return [{ messageId: 'missing' as const, data: { name: address }, start: at, end: at, suggestions: [insertGreeting(draft, address, `Open with “Hi ${address},”`)] }];
  },
});
