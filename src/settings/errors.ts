/** Turns valibot issues into lines a team lead can act on: `path: reason`, with paths like `customRules[2].patterns[0]`. */
import type { BaseIssue } from 'valibot';

type Issue = BaseIssue<unknown>;

/** `customRules[2].patterns[0]`, `rules.missing-thanks.level`, `sites.enabled["zendesk.com"]`. */
export function formatPath(keys: readonly unknown[]): string {
  let out = '';
  for (const k of keys) {
    if (typeof k === 'number') out += `[${k}]`;
    else if (typeof k === 'string' && /^[A-Za-z_$][\w$-]*$/.test(k)) out += out === '' ? k : `.${k}`;
    else out += `[${JSON.stringify(String(k))}]`;
  }
  return out;
}

function reason(issue: Issue): string {
  if (issue.type === 'strict_object' || issue.type === 'object') {
    // Valibot reports an unknown key with the key as input and "never" expected, a missing key with undefined.
    if (issue.expected === 'never') return `unknown key ${JSON.stringify(issue.input)}`;
    if (issue.received === 'undefined' && issue.path?.length) return 'is missing';
  }
  return issue.message;
}

export function formatIssues(issues: readonly Issue[]): string[] {
  const lines = issues.map((i) => {
    const path = formatPath((i.path ?? []).map((p) => p.key));
    const why = reason(i);
    return path ? `${path}: ${why}` : why;
  });
  return [...new Set(lines)];
}
