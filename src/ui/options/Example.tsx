/** One documented example reply (with the customer's message when the rule depends on it), shown as text. */
import type { Example as ExampleData } from '../../engine/rule';

export function Example({ example, kind }: { example: ExampleData; kind: 'incorrect' | 'correct' }) {
  const e = typeof example === 'string' ? { text: example } : example;
  return (
    <figure class={`example example-${kind}`}>
      {e.customer && (
        <blockquote class="example-customer">
          <span class="example-label">Customer: </span>
          {e.customer}
        </blockquote>
      )}
      <pre class="example-text">{e.text}</pre>
    </figure>
  );
}
