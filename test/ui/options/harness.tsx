/** Mounts the options page against WXT's fakeBrowser, with helpers to type, pick, click and wait like a user. */
import { fakeBrowser } from '../../settings/use-fake-browser';
import { render } from 'preact';
import { vi } from 'vitest';
import type { Rule } from '../../../src/engine/rule';
import { rules as registry } from '../../../src/rules';
import type { Settings } from '../../../src/settings/schema';
import { createImportModel } from '../../../src/ui/options/import-model';
import { createOptionsModel, type OptionsModel } from '../../../src/ui/options/model';
import { inThreadWorker } from './in-thread-import';
import { OptionsApp } from '../../../src/ui/options/OptionsApp';

export { fakeBrowser };

// The page renders every rule and runs the engine in its test bench: slower than a unit test.
vi.setConfig({ testTimeout: 30_000 });

export interface Mounted {
  root: HTMLElement;
  model: OptionsModel;
  downloads: { name: string; text: string }[];
  requested: string[];
  unmount(): void;
}

export async function mountOptions(opts: { rules?: readonly Rule[]; knownDomains?: string[]; grant?: boolean } = {}): Promise<Mounted> {
  const downloads: { name: string; text: string }[] = [];
  const requested: string[] = [];
  const model = createOptionsModel({
    rules: opts.rules ?? registry,
    knownDomains: opts.knownDomains ?? ['freshdesk.com', 'zendesk.com'],
    requestDomain: async (d) => {
      requested.push(d);
      return opts.grant ?? true;
    },
  });
  const root = document.createElement('div');
  document.body.append(root);
  render(<OptionsApp model={model} imports={createImportModel(inThreadWorker)} download={(name, text) => downloads.push({ name, text })} />, root);
  await waitFor(() => root.querySelector('#rules'));
  return {
    root,
    model,
    downloads,
    requested,
    unmount() {
      render(null, root);
      root.remove();
    },
  };
}

export async function waitFor<T>(find: () => T | null | undefined | false, timeout = 8000): Promise<T> {
  return vi.waitFor(
    () => {
      const v = find();
      if (!v) throw new Error('not yet');
      return v;
    },
    { timeout, interval: 5 },
  );
}

export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function $(root: ParentNode, selector: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`no element matches ${selector}`);
  return el;
}

export function type(el: Element, value: string): void {
  (el as HTMLInputElement).value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

export function pick(el: Element, value: string): void {
  (el as HTMLSelectElement).value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

export function toggle(el: Element): void {
  (el as HTMLInputElement).checked = !(el as HTMLInputElement).checked;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

export function submit(form: Element): void {
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

export function click(el: Element): void {
  (el as HTMLElement).click();
}

/** The button inside `root` whose text (or aria-label) is `label`. */
export function button(root: ParentNode, label: string | RegExp): HTMLButtonElement {
  const all = [...root.querySelectorAll('button')];
  const hit = all.find((b) => {
    const names = [text(b), b.getAttribute('aria-label') ?? ''];
    return names.some((n) => (typeof label === 'string' ? n === label : label.test(n)));
  });
  if (!hit) throw new Error(`no button ${label}; have: ${all.map((b) => text(b) || b.getAttribute('aria-label')).join(' | ')}`);
  return hit;
}

/** The form control labelled `label` (by <label for>). */
export function field(root: ParentNode, label: string | RegExp): HTMLInputElement {
  const labels = [...root.querySelectorAll('label')];
  const hit = labels.find((l) => (typeof label === 'string' ? text(l) === label : label.test(text(l))));
  if (!hit) throw new Error(`no label ${label}; have: ${labels.map((l) => text(l)).join(' | ')}`);
  const id = hit.getAttribute('for');
  const el = id ? (root as Document | Element).querySelector(`#${CSS.escape(id)}`) : hit.querySelector('input,select,textarea');
  if (!el) throw new Error(`label ${label} points at nothing`);
  return el as HTMLInputElement;
}

export async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.sync.get('settings')).settings;
}

export async function store(settings: Settings | unknown): Promise<void> {
  await fakeBrowser.storage.sync.set({ settings });
}
