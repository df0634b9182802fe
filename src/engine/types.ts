/** How loudly a rule speaks. `off` rules do not run. */
export type Level = 'off' | 'hint' | 'warning';

export type Channel = 'email' | 'chat';

/** What the page knows around the draft. Every field is optional: rules stay quiet when unsure. */
export interface Context {
  /** The customer's latest message, the one this draft answers. */
  customer?: string;
  channel?: Channel;
  /** The customer's first name, when the helpdesk shows it. */
  customerName?: string;
  /** The agent's name, when the helpdesk shows it. */
  agentName?: string;
}

/** One edit the agent can apply: replace `text.slice(start, end)` with `text`. start == end inserts. */
export interface Suggestion {
  /** What the button says, e.g. "Add an apology". */
  label: string;
  /** The replacement text. */
  text: string;
  /** UTF-16 offset into the analysed text. */
  start: number;
  /** UTF-16 offset into the analysed text, end exclusive. */
  end: number;
}

/** One thing a customer would feel as cold, where it is, and how to warm it. */
export interface Finding {
  /** The rule id, e.g. `deflection`. */
  rule: string;
  /** Which of the rule's messages this is (a key of its meta.messages). */
  messageId: string;
  /** Human message, already filled in. */
  message: string;
  /** UTF-16 offset of the flagged words; for a missing-X finding, where the fix would go (start == end allowed). */
  start: number;
  end: number;
  /** The rule's level in the settings in force. */
  level: Exclude<Level, 'off'>;
  /** Warmer wording, best first; at least one. */
  suggestions: Suggestion[];
}
