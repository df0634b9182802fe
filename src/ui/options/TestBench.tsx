/** Try the rules as they are set now: a customer message and a draft; findings update as you type. */
import { useComputed, useSignal } from '@preact/signals';
import { createAnalyzer } from '../../engine/analyzer';
import type { Suggestion } from '../../engine/types';
import type { OptionsModel } from './model';

const SAMPLE_CUSTOMER = 'Hi, I was charged twice for my order and I still have no refund. Can someone help?';
const SAMPLE_DRAFT = 'Hi,\n\nYou will need to contact your bank about the charge. We will look into it.\n\nRegards,\nSupport';

export function TestBench({ model }: { model: OptionsModel }) {
  const customer = useSignal(SAMPLE_CUSTOMER);
  const draft = useSignal(SAMPLE_DRAFT);
  // One analyzer per settings: it is incremental, so typing re-checks only the sentence that changed.
  const analyzer = useComputed(() => createAnalyzer(model.effective.value, model.deps.rules));
  const findings = useComputed(() => analyzer.value.analyze(draft.value, { customer: customer.value || undefined }));
  const apply = (s: Suggestion) => {
    draft.value = draft.value.slice(0, s.start) + s.text + draft.value.slice(s.end);
  };
  return (
    <section id="bench" class="section" aria-labelledby="bench-title">
      <h2 id="bench-title">Test bench</h2>
      <p class="muted">Nothing here leaves this page. Findings follow your settings, including unsaved edits as soon as they are saved.</p>
      <div class="bench">
        <div class="field">
          <label for="bench-customer">Customer's message</label>
          <textarea id="bench-customer" rows={4} value={customer.value} onInput={(e) => (customer.value = (e.currentTarget as HTMLTextAreaElement).value)} />
        </div>
        <div class="field">
          <label for="bench-draft">Draft reply</label>
          <textarea id="bench-draft" rows={8} value={draft.value} onInput={(e) => (draft.value = (e.currentTarget as HTMLTextAreaElement).value)} />
        </div>
      </div>
      <h3 id="bench-findings-title">
        Findings <span class="count">({findings.value.length})</span>
      </h3>
      {findings.value.length === 0 ? (
        <p class="muted" data-bench-empty="">
          Nothing to warm in this draft.
        </p>
      ) : (
        <ul class="findings" aria-labelledby="bench-findings-title" aria-live="polite">
          {findings.value.map((f) => (
            <li key={`${f.rule}-${f.start}-${f.end}-${f.messageId}`} class={`finding level-${f.level}`} data-finding={f.rule}>
              <p>
                <span class={`badge level-${f.level}`}>{f.level}</span> <code>{f.rule}</code> {f.message}
              </p>
              {f.end > f.start && <q class="flagged">{draft.value.slice(f.start, f.end)}</q>}
              <div class="actions">
                {f.suggestions.slice(0, 3).map((s, i) => (
                  <button key={i} type="button" onClick={() => apply(s)}>
                    {s.label}
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
