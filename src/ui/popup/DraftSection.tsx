/** What Warmline sees in the active tab's draft: a kind word when there is nothing to show, else score and findings. */
import type { PopupModel } from './model';
import { clockTime } from './labels';
import { FindingList } from './FindingList';
import { WarmthScore } from './WarmthScore';

export function DraftSection({ model: m }: { model: PopupModel }) {
  return (
    <section class="wl-section" aria-labelledby="wl-draft-h" aria-busy={m.draft.value.kind === 'loading'}>
      <h2 id="wl-draft-h" tabIndex={-1}>
        This draft
      </h2>
      <DraftBody model={m} />
    </section>
  );
}

function DraftBody({ model: m }: { model: PopupModel }) {
  const draft = m.draft.value;
  const host = m.tab.value?.host;
  if (draft.kind === 'loading') return <p class="wl-muted">Looking at this tab…</p>;
  if (host && !m.siteEnabled.value)
    return (
      <p class="wl-state" data-state="site-off">
        Coaching is off on {host}. Turn it back on below whenever you like.
      </p>
    );
  if (m.pausedUntil.value > 0)
    return (
      <p class="wl-state" data-state="paused">
        Coaching is paused until {clockTime(m.pausedUntil.value)}. Take your time.
      </p>
    );
  if (draft.kind === 'no-script')
    return (
      <p class="wl-state" data-state="no-script">
        Warmline isn't coaching on this page: it doesn't look like a helpdesk reply. Open a ticket in your helpdesk and
        Warmline will be right there with you.
      </p>
    );
  if (draft.kind === 'no-editor')
    return (
      <p class="wl-state" data-state="no-editor">
        Click into the reply box and Warmline will look at your draft as you write.
      </p>
    );
  if (draft.findings.length === 0)
    return (
      <div data-state="clean">
        <p class="wl-state wl-clean">Warm reply — nothing to fix</p>
        <WarmthScore score={m.score.value ?? 100} raises={[]} />
      </div>
    );
  return (
    <div data-state="findings">
      <WarmthScore score={m.score.value ?? 0} raises={m.raises.value} />
      <FindingList findings={draft.findings} busy={m.busy.value} onApply={(f, i) => void m.apply(f, i).then(keepFocus)} />
    </div>
  );
}

/** After a fix the clicked button is usually gone: keep keyboard users in the draft section, not at the top. */
function keepFocus(): void {
  setTimeout(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) document.getElementById('wl-draft-h')?.focus();
  }, 0);
}
