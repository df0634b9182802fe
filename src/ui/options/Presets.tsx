/** Start from a preset (email, chat, strict, gentle): preview what it changes, then apply. */
import { useState } from 'preact/hooks';
import { previewPreset, type PackPreview } from '../../settings/pack';
import { presets, type Preset } from '../../settings/presets';
import { ChangePreview } from './ChangePreview';
import type { OptionsModel } from './model';

export function Presets({ model, list = presets }: { model: OptionsModel; list?: readonly Preset[] }) {
  const [open, setOpen] = useState<{ preset: Preset; preview: PackPreview } | undefined>(undefined);
  return (
    <section id="presets" class="section" aria-labelledby="presets-title">
      <h2 id="presets-title">Presets</h2>
      <p class="muted">A preset sets every rule's level and phrases and adds its custom rules. Your other custom rules and sites stay.</p>
      <ul class="preset-list">
        {list.map((p) => (
          <li key={p.id} class="card preset" data-preset={p.id}>
            <h3>{p.settings.name ?? p.id}</h3>
            <p>{p.settings.description}</p>
            <button type="button" onClick={() => setOpen({ preset: p, preview: previewPreset(model.user.value, p.settings, model.deps.rules) })} aria-label={`Preview the ${p.settings.name ?? p.id} preset`}>
              Preview
            </button>
          </li>
        ))}
      </ul>
      {open && (
        <ChangePreview
          title={`Apply the ${open.preset.settings.name ?? open.preset.id} preset`}
          preview={open.preview}
          onCancel={() => setOpen(undefined)}
          onApply={async () => {
            const r = await model.save(open.preview.settings, `Preset “${open.preset.settings.name ?? open.preset.id}” applied.`);
            if (r.ok) setOpen(undefined);
          }}
        />
      )}
    </section>
  );
}
