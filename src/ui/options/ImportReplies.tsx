/**
 * "Your replies": a team lead imports an export of their team's replies (CSV or JSON lines) and sees, per rule,
 * how many it fires on; after editing a rule or loading a pack on this page, the same replies' counts with the
 * change appear beside them. Read and coached in a worker; nothing is uploaded or saved.
 */
import { useSignal, useSignalEffect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { ImportProgress } from '../../batch/import-session';
import { firedRules, share, type Tally } from '../../batch/tally';
import { Flagged } from '../Flagged';
import type { ImportModel } from './import-model';
import { forgetKept, keepCounts, loadKept, type KeptCounts } from './kept-counts';
import type { OptionsModel } from './model';

const num = (n: number) => n.toLocaleString('en');
const pct = (n: number, of: number) => `${share(n, of).toLocaleString('en', { maximumFractionDigits: 1 })} %`;

function Status({ p }: { p: ImportProgress }) {
  if (p.phase === 'failed') return <p role="alert" class="notice notice-problem" data-import-failed="">{p.message}</p>;
  const rows = p.rows + p.bad;
  if (p.phase === 'reading') {
    return (
      <p>
        Reading {p.name}: {num(rows)} rows
        <progress max={p.total || 1} value={p.bytes} aria-label="Reading the file" />
      </p>
    );
  }
  return (
    <p>
      {p.phase === 'done' ? `Coached all ${num(p.rows)} replies of ${p.name}.` : `Coached ${num(p.checked)} of ${num(p.rows)} replies of ${p.name}, in shuffled order, so the rates so far are a fair sample.`}
      {p.phase === 'checking' && <progress max={p.rows} value={p.checked} aria-label="Coaching the replies" />}
    </p>
  );
}

function Rates({ p, kept }: { p: ImportProgress; kept?: KeptCounts }) {
  const t = p.tally;
  const after = p.comparing ? t.compare : undefined;
  const list = firedRules(t);
  if (t.replies === 0) return null;
  return (
    <table class="import-rates" data-import-rates="">
      <caption class="muted">
        {after ? 'Before: the rules as they were when you imported. After: the rules as they are now.' : 'Edit a rule above or load a pack: what your change does to these replies appears beside these counts.'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col">{after ? 'Before' : 'Replies'}</th>
          {after && <th scope="col">After</th>}
          {after && <th scope="col">Change</th>}
          {kept && <th scope="col">Kept ({kept.name})</th>}
        </tr>
      </thead>
      <tbody>
        {list.map((rule) => {
          const b = t.fired[rule] ?? 0;
          const a = after?.fired[rule] ?? 0;
          return (
            <tr key={rule} data-rule={rule} data-before={b} data-after={after ? a : undefined}>
              <th scope="row">
                <code>{rule}</code>
              </th>
              <td>
                {num(b)} ({pct(b, t.replies)})
              </td>
              {after && (
                <td>
                  {num(a)} ({pct(a, t.replies)})
                </td>
              )}
              {after && <td>{a === b ? '—' : `${a > b ? '+' : '−'}${num(Math.abs(a - b))}`}</td>}
              {kept && <td data-kept-share="">{pct(kept.fired[rule] ?? 0, kept.replies)}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Examples({ t }: { t: Tally }) {
  const list = firedRules(t).filter((r) => t.examples[r]?.length);
  if (list.length === 0) return null;
  return (
    <details class="import-examples">
      <summary>Examples per rule</summary>
      {list.map((rule) => (
        <div key={rule} data-examples={rule}>
          <h4>
            <code>{rule}</code>
          </h4>
          {t.examples[rule]!.map((e) => (
            <div key={e.id} class="import-example">
              <div class="muted">
                {e.id} · {e.message}
              </div>
              <Flagged text={e.excerpt} start={e.start} end={e.end} />
            </div>
          ))}
        </div>
      ))}
    </details>
  );
}

function Changes({ p }: { p: ImportProgress }) {
  const c = p.comparing ? p.tally.compare : undefined;
  if (!c) return null;
  return (
    <details class="import-changes" data-changed={c.changed}>
      <summary>
        {c.changed === 0 ? 'No reply is coached differently.' : `${num(c.changed)} of ${num(p.tally.replies)} replies are coached differently`}
      </summary>
      {c.changes.slice(0, 10).map((ch) => (
        <div key={ch.id} class="import-example">
          <div class="muted">
            {ch.id}
            {ch.removed.length > 0 && ` · no longer: ${ch.removed.join(', ')}`}
            {ch.added.length > 0 && ` · now: ${ch.added.join(', ')}`} · warmth {ch.before} → {ch.after}
          </div>
          <Flagged text={ch.excerpt} start={ch.start} end={ch.end} />
        </div>
      ))}
    </details>
  );
}

function Kept({ kept, onForget }: { kept: KeptCounts; onForget: () => void }) {
  return (
    <p data-kept="">
      Kept from {kept.name} ({kept.date}): {num(kept.replies)} replies; they show beside a new import.{' '}
      <button type="button" onClick={onForget}>
        Forget kept counts
      </button>
    </p>
  );
}

export function ImportReplies({ model, imports }: { model: OptionsModel; imports: ImportModel }) {
  useSignalEffect(() => imports.settingsChanged(model.effective.value));
  const kept = useSignal<KeptCounts | undefined>(undefined);
  const note = useSignal('');
  useEffect(() => {
    void loadKept().then((k) => (kept.value = k));
  }, []);
  const p = imports.progress.value;
  const keep = async (t: Tally, name: string) => {
    const counts: KeptCounts = { name, date: new Date().toISOString().slice(0, 10), replies: t.replies, fired: { ...t.fired } };
    const r = await keepCounts(counts);
    note.value = r.message;
    if (r.ok) kept.value = counts;
  };
  const forget = async () => {
    await forgetKept();
    kept.value = undefined;
    note.value = 'Forgot the kept counts.';
  };
  const pick = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) imports.choose(file, model.effective.value);
    input.value = '';
  };
  return (
    <section id="replies" class="section" aria-labelledby="replies-title">
      <h2 id="replies-title">Your replies</h2>
      <p class="muted">
        See what the rules, and any change you make to them, do to the replies your team actually sends. Import an export from your helpdesk (CSV with a header row,
        or JSON lines): it is read in this page only. Nothing is uploaded, and nothing is saved unless you choose to keep the counts (never
        the replies): closing the page forgets the rest.
      </p>
      {kept.value && <Kept kept={kept.value} onForget={() => void forget()} />}
      <div class="field">
        <label for="replies-file">Import an export (.csv, .jsonl)</label>
        <input id="replies-file" type="file" accept=".csv,.jsonl,.ndjson,.json,.txt,text/csv" onChange={pick} />
      </div>
      <p class="status" role="status">
        {note.value}
      </p>
      {p && (
        <div class="card" data-import={p.phase} aria-busy={p.phase === 'reading' || p.phase === 'checking'}>
          <div role="status" aria-live="polite">
            <Status p={p} />
          </div>
          {p.bad > 0 && (
            <details class="import-problems">
              <summary>
                {num(p.bad)} row{p.bad === 1 ? '' : 's'} could not be read and {p.bad === 1 ? 'was' : 'were'} skipped
              </summary>
              <ul>
                {p.problems.map((m) => (
                  <li key={m}>{m}</li>
                ))}
                {p.bad > p.problems.length && <li>… and {num(p.bad - p.problems.length)} more</li>}
              </ul>
            </details>
          )}
          <Rates p={p} kept={kept.value} />
          <Changes p={p} />
          <Examples t={p.tally} />
          <div class="controls">
            {p.comparing && (
              <button type="button" onClick={() => imports.rebase()}>
                Make the rules now the new “before”
              </button>
            )}
            {p.phase === 'done' && p.tally.replies > 0 && (
              <button type="button" onClick={() => void keep(p.tally, p.name)}>
                Keep these counts in this browser
              </button>
            )}
            <button type="button" onClick={() => imports.forget()}>
              Forget this import
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
