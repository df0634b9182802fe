/** The draft's findings, in the order the content script reports them. */
import type { FindingWithFlagged } from '../../content/messages';
import { FindingCard } from './FindingCard';
import { plural } from './labels';

export interface FindingListProps {
  findings: readonly FindingWithFlagged[];
  busy: boolean;
  onApply: (finding: FindingWithFlagged, index: number) => void;
}

export function FindingList({ findings, busy, onApply }: FindingListProps) {
  return (
    <>
      <h3 class="wl-h3">{plural(findings.length, 'thing', 'things')} to warm up</h3>
      <ul class="wl-findings">
        {findings.map((f) => (
          <FindingCard key={`${f.rule}:${f.messageId}:${f.start}:${f.end}`} finding={f} busy={busy} onApply={onApply} />
        ))}
      </ul>
    </>
  );
}
