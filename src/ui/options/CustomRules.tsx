/** The team's own rules: list (with the policy's, locked), create, edit and delete. */
import { useState } from 'preact/hooks';
import { lockKey } from '../../settings/managed';
import type { CustomRule, CustomRuleType } from '../../settings/schema';
import { CustomRuleForm, TYPE_INFO } from './CustomRuleForm';
import { LockNote } from './LockNote';
import type { OptionsModel } from './model';

type Editing = { kind: 'new'; type: CustomRuleType } | { kind: 'edit'; id: string } | undefined;

function Summary({ rule }: { rule: CustomRule }) {
  return (
    <dl class="summary">
      <dt>Message</dt>
      <dd>{rule.message}</dd>
      {rule.type === 'conditional' && (
        <>
          <dt>When the customer mentions</dt>
          <dd>{rule.when.join(' · ')}</dd>
        </>
      )}
      <dt>{rule.type === 'required' || rule.type === 'conditional' ? 'Reply must contain' : 'Flags'}</dt>
      <dd>{rule.patterns.join(' · ')}</dd>
      {rule.type === 'substitution' && (
        <>
          <dt>Replace with</dt>
          <dd>{rule.replacement}</dd>
        </>
      )}
      {'suggestion' in rule && rule.suggestion !== undefined && (
        <>
          <dt>Fix</dt>
          <dd>{rule.suggestion}</dd>
        </>
      )}
    </dl>
  );
}

export function CustomRules({ model }: { model: OptionsModel }) {
  const [editing, setEditing] = useState<Editing>(undefined);
  const [newType, setNewType] = useState<CustomRuleType>('phrase');
  const rules = model.effective.value.customRules ?? [];
  const done = () => setEditing(undefined);
  return (
    <section id="custom" class="section" aria-labelledby="custom-title">
      <h2 id="custom-title">Custom rules</h2>
      <p class="muted">Your team's own checks. Four kinds: {Object.values(TYPE_INFO).map((t) => t.title).join(', ')}.</p>
      {rules.length === 0 && <p class="empty muted">No custom rules yet.</p>}
      <ul class="custom-list">
        {rules.map((r) => {
          const locked = model.isLocked(lockKey.customRule(r.id));
          if (editing?.kind === 'edit' && editing.id === r.id) {
            return (
              <li key={r.id}>
                <CustomRuleForm model={model} rule={r} type={r.type} onDone={done} />
              </li>
            );
          }
          return (
            <li key={r.id} class="card custom-rule" data-custom-rule={r.id}>
              <header class="card-head">
                <h3>
                  <code>custom:{r.id}</code> <span class="badge">{TYPE_INFO[r.type].title}</span> <span class={`badge level-${r.level}`}>{r.level}</span>
                </h3>
                {!locked && (
                  <div class="controls">
                    <button type="button" onClick={() => setEditing({ kind: 'edit', id: r.id })} aria-label={`Edit custom rule ${r.id}`}>
                      Edit
                    </button>
                    <button
                      type="button"
                      class="danger"
                      aria-label={`Delete custom rule ${r.id}`}
                      onClick={() => {
                        if (globalThis.confirm?.(`Delete the custom rule “${r.id}”?`) === false) return;
                        void model.deleteCustomRule(r.id);
                      }}
                    >
                      Delete
                    </button>
                  </div>
                )}
              </header>
              {locked && <LockNote what="This rule" />}
              <Summary rule={r} />
            </li>
          );
        })}
      </ul>
      {editing?.kind === 'new' ? (
        <CustomRuleForm model={model} type={editing.type} onDone={done} />
      ) : (
        <div class="new-rule">
          <label for="new-rule-type">New rule of type</label>
          <select id="new-rule-type" value={newType} onChange={(e) => setNewType((e.currentTarget as HTMLSelectElement).value as CustomRuleType)}>
            {(Object.keys(TYPE_INFO) as CustomRuleType[]).map((t) => (
              <option key={t} value={t}>
                {TYPE_INFO[t].title}
              </option>
            ))}
          </select>
          <button type="button" class="primary" onClick={() => setEditing({ kind: 'new', type: newType })}>
            New rule
          </button>
        </div>
      )}
    </section>
  );
}
