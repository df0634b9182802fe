/** The team lead's options page: notices, then rules, custom rules, presets, packs, sites, the test bench and their own replies. */
import { useEffect } from 'preact/hooks';
import { CustomRules } from './CustomRules';
import { ImportExport } from './ImportExport';
import type { ImportModel } from './import-model';
import { ImportReplies } from './ImportReplies';
import type { OptionsModel } from './model';
import { Notices } from './Notices';
import { Presets } from './Presets';
import { RuleList } from './RuleList';
import { Sites } from './Sites';
import { TestBench } from './TestBench';

const SECTIONS = [
  ['rules', 'Rules'],
  ['custom', 'Custom rules'],
  ['presets', 'Presets'],
  ['packs', 'Rule packs'],
  ['sites', 'Sites'],
  ['bench', 'Test bench'],
  ['replies', 'Your replies'],
] as const;

export function OptionsApp({ model, download, imports }: { model: OptionsModel; download?: (name: string, text: string) => void; imports: ImportModel }) {
  useEffect(() => {
    const stop = model.watch();
    void model.load();
    return stop;
  }, [model]);

  if (!model.state.value) {
    return (
      <main class="options" aria-busy="true">
        <p>Loading settings…</p>
      </main>
    );
  }
  return (
    <div class="options">
      <header class="page-head">
        <h1>Warmline settings</h1>
        {model.user.value.name && <p class="muted pack-name">Rule pack: {model.user.value.name}</p>}
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <Notices model={model} />
        <RuleList model={model} />
        <CustomRules model={model} />
        <Presets model={model} />
        <ImportExport model={model} download={download} />
        <Sites model={model} />
        <TestBench model={model} />
        <ImportReplies model={model} imports={imports} />
      </main>
    </div>
  );
}
