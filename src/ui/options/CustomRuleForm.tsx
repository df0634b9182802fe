/**
 * Create or edit one custom rule (phrase, substitution, required, conditional). Patterns are one per line in
 * compromise match syntax; every problem is shown beside its field (a pattern's by its line number) and
 * nothing is saved until the rule is valid.
 */
import { useState } from 'preact/hooks';
import type { CustomRule, CustomRuleType, Level } from '../../settings/schema';
import { FieldError } from './FieldError';
import type { OptionsModel } from './model';

export const TYPE_INFO: Record<CustomRuleType, { title: string; help: string }> = {
  phrase: { title: 'Phrase', help: 'Flags these words in a reply, with your message and (optionally) the wording to use instead.' },
  substitution: { title: 'Substitution', help: 'Flags these words and offers your preferred wording as a one-click replacement.' },
  required: { title: 'Required', help: 'Every reply must contain one of these phrases (for example a ticket reference).' },
  conditional: { title: 'Conditional', help: "If the customer's message mentions one of the “when” phrases, the reply must contain one of the phrases." },
};

interface Fields {
  type: CustomRuleType;
  id: string;
  message: string;
  level: Level;
  description: string;
  patterns: string;
  when: string;
  suggestion: string;
  replacement: string;
}

function toFields(rule: CustomRule | undefined, type: CustomRuleType): Fields {
  return {
    type: rule?.type ?? type,
    id: rule?.id ?? '',
    message: rule?.message ?? '',
    level: rule?.level ?? 'warning',
    description: rule?.description ?? '',
    patterns: rule?.patterns.join('\n') ?? '',
    when: rule?.type === 'conditional' ? rule.when.join('\n') : '',
    suggestion: rule && 'suggestion' in rule ? (rule.suggestion ?? '') : '',
    replacement: rule?.type === 'substitution' ? rule.replacement : '',
  };
}

/** Non-empty lines, with the line number each came from (for error messages). */
function lines(text: string): { values: string[]; lineOf: number[] } {
  const values: string[] = [];
  const lineOf: number[] = [];
  text.split('\n').forEach((l, i) => {
    if (l.trim() === '') return;
    values.push(l.trim());
    lineOf.push(i + 1);
  });
  return { values, lineOf };
}

function candidate(f: Fields) {
  const c: Record<string, unknown> = { type: f.type, id: f.id.trim(), message: f.message, level: f.level, patterns: lines(f.patterns).values };
  if (f.description.trim()) c.description = f.description;
  if (f.type === 'conditional') c.when = lines(f.when).values;
  if (f.type === 'substitution') c.replacement = f.replacement;
  if (f.type === 'required' || f.type === 'conditional' || f.suggestion.trim()) c.suggestion = f.suggestion;
  return c;
}

/** `patterns[2]: reason` → { patterns: ['Line 4: reason'] } using the line each pattern came from. */
function byField(errors: string[], f: Fields): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const lineOf = { patterns: lines(f.patterns).lineOf, when: lines(f.when).lineOf };
  for (const e of errors) {
    const m = /^([a-z]+)(?:\[(\d+)\])?(?:\.[\w.[\]]+)?: (.*)$/i.exec(e);
    const field = m?.[1] ?? 'form';
    let text = m ? m[3]! : e;
    if (m?.[2] !== undefined && (field === 'patterns' || field === 'when')) text = `Line ${lineOf[field][Number(m[2])] ?? Number(m[2]) + 1}: ${text}`;
    (out[field] ??= []).push(text);
  }
  return out;
}

export function CustomRuleForm({ model, rule, type, onDone }: { model: OptionsModel; rule?: CustomRule; type: CustomRuleType; onDone: () => void }) {
  const [f, setF] = useState<Fields>(() => toFields(rule, type));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const base = `custom-${rule?.id ?? 'new'}`;
  const set = (k: keyof Fields) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    setF((old) => ({ ...old, [k]: value }));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    // Read the controls themselves: a submit can come before the last keystroke's re-render.
    const form = e.currentTarget as HTMLFormElement;
    const now = { ...f };
    for (const k of Object.keys(now) as (keyof Fields)[]) {
      const el = form.elements.namedItem(k) as HTMLInputElement | null;
      if (el && typeof el.value === 'string') (now as Record<string, string>)[k] = el.value;
    }
    setF(now);
    const r = await model.saveCustomRule(candidate(now), rule?.id);
    if (r.ok) onDone();
    else setErrors(byField(r.errors, now));
  };

  const field = (name: keyof Fields, label: string, input: preact.JSX.Element, help?: string) => (
    <div class="field" data-field={name}>
      <label for={`${base}-${name}`}>{label}</label>
      {help && (
        <p class="help muted" id={`${base}-${name}-help`}>
          {help}
        </p>
      )}
      {input}
      <FieldError id={`${base}-${name}-error`} errors={errors[name]} />
    </div>
  );
  const aria = (name: string) => ({
    id: `${base}-${name}`,
    name,
    'aria-invalid': Boolean(errors[name]?.length),
    'aria-describedby': errors[name]?.length ? `${base}-${name}-error` : undefined,
  });

  return (
    <form class="card custom-rule-form" data-form={rule ? `edit-${rule.id}` : 'new'} onSubmit={submit} aria-label={rule ? `Edit custom rule ${rule.id}` : 'New custom rule'}>
      {field(
        'type',
        'Type',
        <select {...aria('type')} value={f.type} onChange={set('type')}>
          {(Object.keys(TYPE_INFO) as CustomRuleType[]).map((t) => (
            <option key={t} value={t}>
              {TYPE_INFO[t].title}
            </option>
          ))}
        </select>,
        TYPE_INFO[f.type].help,
      )}
      {field('id', 'Id', <input {...aria('id')} type="text" value={f.id} maxLength={60} placeholder="ticket-reference" onInput={set('id')} />, 'Lower-case words joined by dashes; findings show it as custom:<id>.')}
      {field(
        'message',
        'Message shown to the agent',
        <textarea {...aria('message')} rows={2} value={f.message} onInput={set('message')} />,
        f.type === 'substitution' ? 'You can write {{match}} and {{replacement}}.' : f.type === 'conditional' ? 'You can write {{trigger}} (the customer’s words).' : f.type === 'phrase' ? 'You can write {{match}}.' : undefined,
      )}
      {field(
        'level',
        'Level',
        <select {...aria('level')} value={f.level} onChange={set('level')}>
          <option value="off">Off</option>
          <option value="hint">Hint</option>
          <option value="warning">Warning</option>
        </select>,
      )}
      {f.type === 'conditional' &&
        field('when', "When the customer's message mentions (one phrase per line)", <textarea {...aria('when')} rows={3} value={f.when} onInput={set('when')} />, 'e.g. (refund|money back)')}
      {field(
        'patterns',
        f.type === 'required' || f.type === 'conditional' ? 'The reply must contain one of (one phrase per line)' : 'Phrases to flag (one per line)',
        <textarea {...aria('patterns')} rows={4} value={f.patterns} onInput={set('patterns')} />,
        'compromise match syntax: words, (a|b) choices, optional words with ?, #Tags like #Value or #WeekDay. No regular expressions.',
      )}
      {f.type === 'substitution' && field('replacement', 'Replace with', <input {...aria('replacement')} type="text" value={f.replacement} onInput={set('replacement')} />)}
      {f.type !== 'substitution' &&
        field(
          'suggestion',
          f.type === 'phrase' ? 'Use instead (optional; without it the fix removes the words)' : 'Sentence the fix adds at the end of the reply',
          <input {...aria('suggestion')} type="text" value={f.suggestion} onInput={set('suggestion')} />,
        )}
      {field('description', 'Description (optional)', <textarea {...aria('description')} rows={2} value={f.description} onInput={set('description')} />)}
      <FieldError id={`${base}-form-error`} errors={errors.form} />
      <div class="actions">
        <button type="submit" class="primary">
          {rule ? 'Save rule' : 'Create rule'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
