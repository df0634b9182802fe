/** An excerpt of a reply with the flagged words marked (or a caret where something is missing). */
export function Flagged({ text, start, end }: { text: string; start: number; end: number }) {
  return (
    <q class="excerpt">
      {text.slice(0, start)}
      {start === end ? <span class="caret" title="missing here" aria-label="(missing here)">‸</span> : <mark>{text.slice(start, end)}</mark>}
      {text.slice(end)}
    </q>
  );
}
