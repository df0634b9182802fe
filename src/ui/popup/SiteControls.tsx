/** Coaching on this site (per hostname), pause for an hour, resume. */
import type { PopupModel } from './model';
import { clockTime } from './labels';

export function SiteControls({ model: m }: { model: PopupModel }) {
  const host = m.tab.value?.host;
  const draft = m.draft.value;
  // The site switch only makes sense where Warmline runs, or where the agent turned it off.
  const showSite = host !== undefined && draft.kind !== 'loading' && (draft.kind !== 'no-script' || !m.siteEnabled.value);
  const paused = m.pausedUntil.value > 0;
  return (
    <section class="wl-section wl-controls" aria-label="Coaching controls">
      {showSite && (
        <label class="wl-switch">
          <input
            type="checkbox"
            role="switch"
            checked={m.siteEnabled.value}
            disabled={m.siteLocked.value}
            aria-describedby={m.siteLocked.value ? 'wl-site-locked' : undefined}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              // When saving fails the model keeps its value; put the box back to match it.
              void m.setSite(input.checked).finally(() => (input.checked = m.siteEnabled.value));
            }}
          />
          <span>Coach on {host}</span>
        </label>
      )}
      {showSite && m.siteLocked.value && (
        <p id="wl-site-locked" class="wl-muted wl-fineprint">
          Set by your organisation.
        </p>
      )}
      {paused ? (
        <button type="button" onClick={() => void m.unpause()}>
          Resume coaching (paused until {clockTime(m.pausedUntil.value)})
        </button>
      ) : (
        <button type="button" onClick={() => void m.pause()}>
          Pause for an hour
        </button>
      )}
    </section>
  );
}
