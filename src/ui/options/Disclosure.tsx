/** A button that shows or hides a region (aria-expanded); the region is rendered only while open, keeping long pages light. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export function Disclosure({ id, label, children, initiallyOpen = false }: { id: string; label: string; children: ComponentChildren; initiallyOpen?: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <div class="disclosure">
      <button type="button" class="disclosure-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {label}
      </button>
      {open && (
        <div id={id} class="disclosure-body">
          {children}
        </div>
      )}
    </div>
  );
}
