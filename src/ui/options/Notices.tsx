/** Page-level notes: problems with stored data or the policy, where settings are stored, migrations, the save status. */
import type { OptionsModel } from './model';

export function Notices({ model }: { model: OptionsModel }) {
  const state = model.state.value;
  const storage = model.storage.value;
  return (
    <div class="notices">
      {state?.problems.map((p) => (
        <p key={p} class="notice notice-problem" role="alert" data-notice="problem">
          {p}
        </p>
      ))}
      {storage?.note && (
        <p class="notice notice-quota" data-notice="quota">
          <strong>Storage: </strong>
          {storage.note}
        </p>
      )}
      {state?.migratedFrom !== undefined && (
        <p class="notice" data-notice="migrated">
          Your settings were written by an older Warmline (version {state.migratedFrom}) and were brought up to date. Nothing was lost; they are saved in the new
          format with your next change.
        </p>
      )}
      {state?.policy && (
        <p class="notice" data-notice="policy">
          <span aria-hidden="true">🔒 </span>Your organisation manages some of these settings. They are shown but can't be changed here.
        </p>
      )}
      {model.saveErrors.value.length > 0 && (
        <div class="notice notice-problem" role="alert" data-notice="save-error">
          <p>Not saved:</p>
          <ul>
            {model.saveErrors.value.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="status" role="status" aria-live="polite" data-status="">
        {model.status.value}
      </p>
    </div>
  );
}
