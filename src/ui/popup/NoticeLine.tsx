/** The result of the last action, announced to screen readers (a polite live region that is always there). */
import type { Notice } from './model';

export function NoticeLine({ notice }: { notice: Notice | undefined }) {
  return (
    <p class={`wl-notice${notice ? ` wl-notice-${notice.kind}` : ''}`} role="status" aria-live="polite">
      {notice?.text ?? ''}
    </p>
  );
}
