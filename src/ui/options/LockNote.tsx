/** Says why a control is disabled: the organisation's policy (storage.managed) sets it. */
export function LockNote({ what }: { what: string }) {
  return (
    <p class="lock-note" data-locked="">
      <span aria-hidden="true">🔒 </span>
      {what} is set by your organisation's policy, so it can't be changed here. Ask your administrator to change it.
    </p>
  );
}
