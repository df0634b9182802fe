/**
 * Rule packs: export the team's settings as a JSON file (the same file works with `warmline check --rules`),
 * import one from a file or pasted text. Import shows what is wrong (path: reason) or what would change, and
 * stores nothing until Apply.
 */
import { useRef, useState } from 'preact/hooks';
import { exportPack, packFileName, previewImport, type PackPreview } from '../../settings/pack';
import { ChangePreview } from './ChangePreview';
import type { OptionsModel } from './model';

export function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ImportExport({ model, download = downloadText }: { model: OptionsModel; download?: (name: string, text: string) => void }) {
  const [pasted, setPasted] = useState('');
  const pasteArea = useRef<HTMLTextAreaElement>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [source, setSource] = useState('');
  const [preview, setPreview] = useState<PackPreview | undefined>(undefined);

  const check = (text: string, from: string) => {
    setSource(from);
    const r = previewImport(text, model.user.value, model.deps.rules);
    if (r.ok) {
      setErrors([]);
      setPreview(r.preview);
    } else {
      setPreview(undefined);
      setErrors(r.errors);
    }
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      check(await file.text(), file.name);
    } catch (err) {
      setPreview(undefined);
      setErrors([`Could not read ${file.name}: ${(err as Error).message}`]);
    }
    input.value = '';
  };

  return (
    <section id="packs" class="section" aria-labelledby="packs-title">
      <h2 id="packs-title">Rule packs</h2>
      <p class="muted">
        A rule pack is this whole configuration as a JSON file. Share it with your team, or check drafts with it on the command line:{' '}
        <code>warmline check --rules pack.json FILE</code>.
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => download(packFileName(model.user.value), exportPack(model.user.value))}>
          Export rule pack
        </button>
      </div>
      <h3>Import</h3>
      <div class="field">
        <label for="import-file">Choose a rule pack file</label>
        <input id="import-file" type="file" accept=".json,application/json" onChange={onFile} />
      </div>
      <div class="field">
        <label for="import-text">Or paste a rule pack</label>
        <textarea
          id="import-text"
          ref={pasteArea}
          rows={6}
          value={pasted}
          spellcheck={false}
          aria-invalid={errors.length > 0}
          aria-describedby={errors.length ? 'import-errors' : undefined}
          onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <button type="button" onClick={() => check(pasteArea.current?.value ?? pasted, 'the pasted text')}>
          Check pasted pack
        </button>
      </div>
      {errors.length > 0 && (
        <div class="notice notice-problem" id="import-errors" role="alert" data-import-errors="">
          <p>
            {source ? `${source[0]!.toUpperCase()}${source.slice(1)}` : 'The pack'} can't be imported; your settings are unchanged. {errors.length === 1 ? 'Problem' : `${errors.length} problems`}:
          </p>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {preview && (
        <ChangePreview
          title={`Import ${source}`}
          preview={preview}
          onCancel={() => setPreview(undefined)}
          onApply={async () => {
            const r = await model.save(preview.settings, 'Rule pack imported.');
            if (r.ok) {
              setPreview(undefined);
              setPasted('');
            }
          }}
        />
      )}
    </section>
  );
}
