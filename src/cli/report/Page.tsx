/** The report's document: what was read, then rates, warmth, weeks, agents, examples and the compared pack's changes. */
import type { Tally } from '../../batch/tally';
import { Changes } from './Changes';
import { Examples } from './Examples';
import { Agents, Weeks } from './Groups';
import { num } from './labels';
import { RuleRates } from './RuleRates';
import { Warmth } from './Warmth';

export interface ReportMeta {
  sources: string[];
  pack: string;
  compared?: string;
  skipped: number;
  generated: string;
}

export function Page({ tally, meta }: { tally: Tally; meta: ReportMeta }) {
  return (
    <main>
      <header>
        <h1>Warmline report</h1>
        <p>
          <strong data-replies={tally.replies}>{num(tally.replies)}</strong> replies from {meta.sources.join(', ')}, coached with {meta.pack}
          {meta.compared && <>, compared with {meta.compared}</>}.
          {meta.skipped > 0 && ` ${num(meta.skipped)} rows could not be read and were skipped (the command listed them).`}
        </p>
        <p class="muted">
          Made by <code>warmline report</code> on {meta.generated}, on this computer: nothing in it was sent anywhere, and it loads nothing.
        </p>
        <nav aria-label="Sections">
          <a href="#rules">Rules</a> · <a href="#warmth">Warmth</a>
          {Object.keys(tally.weeks).length > 0 && <> · <a href="#weeks">By week</a></>}
          {Object.keys(tally.agents).length > 0 && <> · <a href="#agents">By agent</a></>}
          {' · '}<a href="#examples">Examples</a>
          {tally.compare && <> · <a href="#changes">Changes</a></>}
        </nav>
      </header>
      <RuleRates tally={tally} />
      <Changes tally={tally} />
      <Warmth tally={tally} />
      <Weeks tally={tally} />
      <Agents tally={tally} />
      <Examples tally={tally} />
    </main>
  );
}
