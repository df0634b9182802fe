/** "Show me the improvement": the local history as a chart with a table beside it, and a way to clear it. */
import type { PopupModel } from './model';
import { HistoryChart } from './HistoryChart';
import { HistoryTable } from './HistoryTable';

export function HistorySection({ model: m }: { model: PopupModel }) {
  const history = m.history.value;
  return (
    <section class="wl-section" aria-labelledby="wl-history-h" aria-busy={history === undefined}>
      <h2 id="wl-history-h">Your improvement</h2>
      {history === undefined ? (
        <p class="wl-muted">Loading…</p>
      ) : history.days.length === 0 ? (
        <p class="wl-muted" data-state="history-empty">
          No history yet. As you write, Warmline keeps a daily count of what it flagged and your warmth score, and
          shows your progress here.
        </p>
      ) : (
        <>
          <HistoryChart days={history.days} />
          <details class="wl-details">
            <summary>Show as a table</summary>
            <HistoryTable days={history.days} />
          </details>
          <button type="button" class="wl-secondary" onClick={() => void m.clear()}>
            Clear history
          </button>
        </>
      )}
      <p class="wl-fineprint">Counts and scores only, never your words. Kept in this browser for 90 days.</p>
    </section>
  );
}
