/** Where a missing sentence naturally goes, and how to join it to the text around it. */
import type { Draft } from '../../engine/draft';
import type { Suggestion } from '../../engine/types';

/** An insertion that opens the reply: right after the greeting, before the first body sentence. */
export function insertOpening(draft: Draft, sentence: string, label: string): Suggestion {
  const at = draft.segments.bodyStart;
  const { text } = draft;
  const hasBody = draft.segments.bodyEnd > at;
  // Greeting and body on one line ("Hi Sam, we've …"): the new sentence goes between them.
  const sameLine = draft.segments.greeting && text.lastIndexOf('\n', at - 1) < draft.segments.greeting.start;
  if (!hasBody) {
    const sep = at > 0 && !/\s$/.test(text.slice(0, at)) ? (sameLine ? ' ' : '\n\n') : '';
    return { label, text: sep + sentence, start: at, end: at };
  }
  // "Hi, can you…" becomes "Hi, I'm sorry… Can you…": the old first word now starts a sentence ("iPhone" stays).
  if (/^[a-z](?![A-Z])/.test(text.slice(at, at + 2))) return { label, text: `${sentence} ${text[at]!.toUpperCase()}`, start: at, end: at + 1 };
  return { label, text: `${sentence} `, start: at, end: at };
}

/** An insertion that closes the reply: after the last body sentence, before the sign-off. */
export function insertClosing(draft: Draft, sentence: string, label: string): Suggestion {
  const at = draft.segments.bodyEnd;
  const before = draft.text.slice(0, at);
  const sep = at === 0 ? '' : /[.!?…)]["'”’]?$/.test(before.trimEnd()) ? ' ' : '. ';
  return { label, text: sep + sentence, start: at, end: at };
}
