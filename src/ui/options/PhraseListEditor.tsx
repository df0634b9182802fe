/**
 * One of a rule's phrase lists: the team's additions, the built-in phrases (each removable), and a field to
 * add a compromise match pattern with inline validation.
 */
import { useRef, useState } from 'preact/hooks';
import type { PhraseList } from '../../engine/rule';
import { effectiveRule } from '../../settings/diff';
import { lockKey } from '../../settings/managed';
import { Disclosure } from './Disclosure';
import { FieldError } from './FieldError';
import { LockNote } from './LockNote';
import type { OptionsModel } from './model';

const key = (p: string) => p.trim().toLowerCase();

export function PhraseListEditor({ model, ruleId, name, list }: { model: OptionsModel; ruleId: string; name: string; list: PhraseList }) {
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const rule = model.deps.rules.find((r) => r.meta.id === ruleId)!;
  const locked = model.isLocked(lockKey.phrases(ruleId, name));
  const phrases = effectiveRule(rule, model.effective.value).lists[name] ?? [];
  const defaults = new Set(list.patterns.map(key));
  const added = phrases.filter((p) => !defaults.has(key(p)));
  const builtIn = phrases.filter((p) => defaults.has(key(p)));
  const removed = model.effective.value.rules?.[ruleId]?.phrases?.[name]?.remove ?? [];
  const base = `phrases-${ruleId}-${name}`;

  const add = async (e: Event) => {
    e.preventDefault();
    // Read the field itself: a submit can come before the last keystroke's re-render.
    const r = await model.addPhrase(ruleId, name, input.current?.value ?? draft);
    if (r.ok) {
      setDraft('');
      setErrors([]);
    } else setErrors(r.errors);
  };

  const item = (p: string) => (
    <li key={p} class="phrase">
      <code>{p}</code>
      {!locked && (
        <button type="button" class="icon-button" aria-label={`Remove “${p}” from ${name}`} onClick={() => void model.removePhrase(ruleId, name, p)}>
          ×
        </button>
      )}
    </li>
  );

  return (
    <section class="phrase-list" data-list={name} aria-labelledby={`${base}-title`}>
      <h4 id={`${base}-title`}>
        <code>{name}</code> <span class="muted">— {list.description}</span>
      </h4>
      {locked && <LockNote what="This phrase list" />}
      <p class="muted">
        Your team's phrases ({added.length}):
      </p>
      {added.length > 0 ? <ul class="phrases phrases-added">{added.map(item)}</ul> : <p class="muted empty">None yet.</p>}
      <Disclosure id={`${base}-builtin`} label={`Built-in phrases (${builtIn.length}${removed.length > 0 ? `, ${removed.length} removed` : ''})`}>
        <ul class="phrases phrases-builtin">{builtIn.map(item)}</ul>
      </Disclosure>
      {!locked && (
        <form class="phrase-add" onSubmit={add}>
          <label for={`${base}-input`}>Add a phrase to {name}</label>
          <input
            id={`${base}-input`}
            ref={input}
            type="text"
            value={draft}
            maxLength={200}
            placeholder="e.g. reach out to (your|the) bank"
            aria-invalid={errors.length > 0}
            aria-describedby={errors.length ? `${base}-error` : undefined}
            onInput={(e) => {
              setDraft((e.currentTarget as HTMLInputElement).value);
              if (errors.length) setErrors([]);
            }}
          />
          <button type="submit">Add</button>
          <FieldError id={`${base}-error`} errors={errors} />
        </form>
      )}
    </section>
  );
}
