/** What applying a pack or preset would change, before anything is stored; Apply and Cancel. */
import type { PackPreview } from '../../settings/pack';

export function ChangePreview({ preview, title, onApply, onCancel }: { preview: PackPreview; title: string; onApply: () => void; onCancel: () => void }) {
  const d = preview.diff;
  return (
    <div class="card preview" data-preview="" role="region" aria-label={title}>
      <h3>{title}</h3>
      {preview.migratedFrom !== undefined && <p class="muted">This pack was written for version {preview.migratedFrom}; it is brought up to date as it is applied.</p>}
      {d.count === 0 ? (
        <p data-diff="none">Nothing would change.</p>
      ) : (
        <ul class="diff">
          {d.name && (
            <li data-diff="name">
              Pack name: {d.name.from ?? '(none)'} → {d.name.to ?? '(none)'}
            </li>
          )}
          {d.levels.map((c) => (
            <li key={`l-${c.rule}`} data-diff="level">
              <code>{c.rule}</code>: {c.from} → {c.to}
            </li>
          ))}
          {d.phrases.map((c) => (
            <li key={`p-${c.rule}-${c.list}`} data-diff="phrases">
              <code>
                {c.rule} › {c.list}
              </code>
              {c.added.length > 0 && <span class="added"> + {c.added.join(', ')}</span>}
              {c.removed.length > 0 && <span class="removed"> − {c.removed.join(', ')}</span>}
            </li>
          ))}
          {d.customAdded.map((r) => (
            <li key={`a-${r.id}`} data-diff="custom-added" class="added">
              New custom rule <code>{r.id}</code> ({r.type})
            </li>
          ))}
          {d.customChanged.map((c) => (
            <li key={`c-${c.id}`} data-diff="custom-changed">
              Custom rule <code>{c.id}</code> changes: {c.fields.join(', ')}
            </li>
          ))}
          {d.customRemoved.map((r) => (
            <li key={`r-${r.id}`} data-diff="custom-removed" class="removed">
              Custom rule <code>{r.id}</code> is removed
            </li>
          ))}
          {d.sites.map((s) => (
            <li key={`s-${s.domain}`} data-diff="site">
              {s.domain}: {s.from === undefined ? 'default' : s.from ? 'on' : 'off'} → {s.to === undefined ? 'default' : s.to ? 'on' : 'off'}
            </li>
          ))}
          {d.domainsAdded.map((x) => (
            <li key={`da-${x}`} data-diff="domain-added" class="added">
              Custom domain {x} added
            </li>
          ))}
          {d.domainsRemoved.map((x) => (
            <li key={`dr-${x}`} data-diff="domain-removed" class="removed">
              Custom domain {x} removed
            </li>
          ))}
        </ul>
      )}
      {preview.warnings.length > 0 && (
        <div class="warnings" data-warnings="">
          <p>Notes (these parts are kept but have no effect in this version):</p>
          <ul>
            {preview.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={onApply}>
          Apply
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
