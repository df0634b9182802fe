/** The whole coaching UI inside the <warmline-ui> shadow root: chip, list, card and a live count for screen readers. */
import { Card } from './Card';
import { Chip, countLabel } from './Chip';
import { List } from './List';
import type { UiActions, UiModel } from './model';

export function App({ model, actions }: { model: UiModel; actions: UiActions }) {
  const findings = model.findings.value;
  const card = model.card.value;
  const finding = card ? findings.find((f) => f.key === card.key) : undefined;
  const active = model.editorBox.value !== null;
  return (
    <div class="wl-root">
      <Chip model={model} actions={actions} />
      {active && model.list.value && <List model={model} actions={actions} focus={model.list.value.focus} />}
      {card && finding && <Card finding={finding} state={card} actions={actions} />}
      <div class="wl-sr" role="status" aria-live="polite">
        {active ? countLabel(findings.length) : ''}
      </div>
    </div>
  );
}
