/** The toolbar popup: the draft in the active tab, where coaching is on, and the agent's improvement. */
import { useEffect, useMemo } from 'preact/hooks';
import { createPopupModel, type PopupModel } from './model';
import { DraftSection } from './DraftSection';
import { SiteControls } from './SiteControls';
import { HistorySection } from './HistorySection';
import { NoticeLine } from './NoticeLine';

export function Popup({ model }: { model?: PopupModel }) {
  const m = useMemo(() => model ?? createPopupModel(), [model]);
  useEffect(() => m.start(), [m]);
  return (
    <main class="wl-popup" aria-labelledby="wl-title">
      <header class="wl-header">
        <h1 id="wl-title">Warmline</h1>
        <button type="button" class="wl-link" onClick={() => void m.openOptions()}>
          Options
        </button>
      </header>
      <NoticeLine notice={m.notice.value} />
      <DraftSection model={m} />
      <SiteControls model={m} />
      <HistorySection model={m} />
    </main>
  );
}
