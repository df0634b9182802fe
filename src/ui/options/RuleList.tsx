/** Every built-in rule, straight from the registry (src/rules/index.ts): nothing here names a rule. */
import type { OptionsModel } from './model';
import { RuleCard } from './RuleCard';

export function RuleList({ model }: { model: OptionsModel }) {
  return (
    <section id="rules" class="section" aria-labelledby="rules-title">
      <h2 id="rules-title">Rules</h2>
      <p class="muted">Turn rules on or off, choose how loudly they speak, and teach them your team's phrases. Changes apply in open tabs right away.</p>
      <div class="rule-list">
        {model.deps.rules.map((r) => (
          <RuleCard key={r.meta.id} model={model} rule={r} />
        ))}
      </div>
    </section>
  );
}
