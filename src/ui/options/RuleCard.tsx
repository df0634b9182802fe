/** One built-in rule: on/off, level, what it checks and why, examples, and its editable phrase lists. */
import type { Rule } from '../../engine/rule';
import type { Level } from '../../engine/types';
import { effectiveRule } from '../../settings/diff';
import { lockKey } from '../../settings/managed';
import { Disclosure } from './Disclosure';
import { Example } from './Example';
import { LockNote } from './LockNote';
import type { OptionsModel } from './model';
import { PhraseListEditor } from './PhraseListEditor';

export function RuleCard({ model, rule }: { model: OptionsModel; rule: Rule }) {
  const { meta } = rule;
  const level = effectiveRule(rule, model.effective.value).level;
  const locked = model.isLocked(lockKey.level(meta.id));
  const on = level !== 'off';
  const base = `rule-${meta.id}`;
  const lists = Object.entries(meta.phrases);
  return (
    <article class="card rule-card" data-rule={meta.id} aria-labelledby={`${base}-title`}>
      <header class="card-head">
        <h3 id={`${base}-title`}>
          <code>{meta.id}</code>
        </h3>
        <div class="controls">
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              checked={on}
              disabled={locked}
              onChange={(e) => void model.setLevel(meta.id, (e.currentTarget as HTMLInputElement).checked ? (meta.defaultLevel === 'off' ? 'warning' : meta.defaultLevel) : 'off')}
            />
            <span>On</span>
          </label>
          <label for={`${base}-level`} class="visually-hidden">
            Level of {meta.id}
          </label>
          <select id={`${base}-level`} value={level} disabled={locked} onChange={(e) => void model.setLevel(meta.id, (e.currentTarget as HTMLSelectElement).value as Level)}>
            <option value="off">Off</option>
            <option value="hint">Hint</option>
            <option value="warning">Warning</option>
          </select>
        </div>
      </header>
      {locked && <LockNote what="This rule's level" />}
      <p class="description">{meta.docs.description}</p>
      <p class="why">
        <strong>Why: </strong>
        {meta.docs.why}
      </p>
      <details class="examples">
        <summary>Examples</summary>
        <div class="example-columns">
          <div>
            <h4>Flagged</h4>
            {meta.docs.incorrect.map((e, i) => (
              <Example key={i} example={e} kind="incorrect" />
            ))}
          </div>
          <div>
            <h4>Warmer</h4>
            {meta.docs.correct.map((e, i) => (
              <Example key={i} example={e} kind="correct" />
            ))}
          </div>
        </div>
      </details>
      {lists.length > 0 && (
        <Disclosure id={`${base}-lists`} label={`Phrase lists (${lists.length})`}>
          {lists.map(([name, list]) => (
            <PhraseListEditor key={name} model={model} ruleId={meta.id} name={name} list={list} />
          ))}
        </Disclosure>
      )}
    </article>
  );
}
