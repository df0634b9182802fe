/**
 * The generic reply-editor detector: which editable elements deserve coaching when no site adapter knows
 * the page. Reply editors are multi-line textareas, large text inputs and contenteditable roots (TinyMCE's
 * iframe body included); search boxes, e-mail, password and other typed inputs, read-only fields, hidden
 * fields and tiny single-line fields are not. `spellcheck="false"` does not matter (PEER-LESSONS).
 */

const SEARCHY = /\b(search|query|filter|lookup)\b/i;
/** Single-line fields that are not prose. */
const HEADER_FIELD = /\b(to|cc|bcc|recipients?|tags?)\b/i;
const NOT_PROSE_AUTOCOMPLETE = /\b(email|username|current-password|new-password|one-time-code|tel|url|name|given-name|family-name|address|postal-code|cc-|bday|organization)/i;
/** The UI host: never coach our own elements. */
export const UI_TAG = 'WARMLINE-UI';

/** The editable root for a node: the textarea/input itself, or the outermost contenteditable element. */
export function editableRoot(node: Node | null | undefined): HTMLElement | null {
  if (!node) return null;
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return null;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return el as HTMLElement;
  if (!(el as HTMLElement).isContentEditable) return null;
  while (el.parentElement && (el.parentElement as HTMLElement).isContentEditable) el = el.parentElement;
  return el as HTMLElement;
}

function ownUi(el: Element): boolean {
  for (let n: Node | null = el; n; ) {
    if (n.nodeType === 1 && (n as Element).tagName === UI_TAG) return true;
    const parent: Node | null = n.parentNode;
    n = parent && parent.nodeType === 11 ? (parent as ShadowRoot).host : parent;
  }
  return false;
}

function hiddenByStyle(el: HTMLElement): boolean {
  if (el.hidden) return true;
  const cs = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !!cs && (cs.display === 'none' || cs.visibility === 'hidden');
}

function labelText(el: HTMLElement): string {
  return ['name', 'id', 'placeholder', 'aria-label', 'title'].map((a) => el.getAttribute(a) ?? '').join(' ');
}

function searchLike(el: HTMLElement): boolean {
  const role = el.getAttribute('role');
  if (role === 'searchbox' || role === 'combobox') return true;
  if (el.closest('[role="search"]')) return true;
  return SEARCHY.test(labelText(el).replace(/[_-]+/g, ' '));
}

/** The element's box, or undefined when the page has no layout for it (detached, or a DOM without layout). */
function measured(el: HTMLElement): DOMRect | undefined {
  const r = el.getBoundingClientRect();
  return r.width > 0 || r.height > 0 ? r : undefined;
}

/** Whether `el` (an editable root) is a reply editor by the generic rules. */
export function isReplyEditor(el: HTMLElement): boolean {
  if (!el.isConnected || ownUi(el)) return false;
  if (el.getAttribute('aria-readonly') === 'true' || el.getAttribute('aria-disabled') === 'true') return false;
  if (el.hasAttribute('data-warmline-reply')) return !hiddenByStyle(el);
  if (hiddenByStyle(el)) return false;
  const box = measured(el);
  if (el.tagName === 'TEXTAREA') {
    const ta = el as HTMLTextAreaElement;
    if (ta.readOnly || ta.disabled || searchLike(ta)) return false;
    return ta.rows > 1 || (box !== undefined && box.height >= 40);
  }
  if (el.tagName === 'INPUT') {
    const input = el as HTMLInputElement;
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    if (type !== 'text' || input.readOnly || input.disabled || searchLike(input)) return false;
    if (HEADER_FIELD.test(labelText(input).replace(/[_-]+/g, ' '))) return false;
    if (NOT_PROSE_AUTOCOMPLETE.test(input.autocomplete ?? '')) return false;
    // A single-line input is a reply box only when it is wide (a chat composer), never a tiny form field.
    return box !== undefined && box.width >= 300;
  }
  if (!el.isContentEditable) return false;
  if (el.parentElement?.isContentEditable) return false; // only roots
  if (searchLike(el)) return false;
  if (el.getAttribute('aria-multiline') === 'false' && !(box && box.width >= 300)) return false;
  if (box && (box.width < 120 || box.height < 16)) return false;
  return true;
}

/** Candidate editable roots under `root` (a document, a shadow root or an element). */
export function candidates(root: ParentNode): HTMLElement[] {
  const out: HTMLElement[] = [];
  const seen = new Set<HTMLElement>();
  const add = (el: HTMLElement | null) => {
    if (el && !seen.has(el)) seen.add(el), out.push(el);
  };
  if (root.nodeType === 1) add(editableRoot(root as Element));
  root.querySelectorAll<HTMLElement>('textarea, input, [contenteditable], [role="textbox"]').forEach((el) => add(editableRoot(el)));
  // A document in design mode or with an editable body (TinyMCE's iframe) has its body as the root.
  const doc = root.nodeType === 9 ? (root as Document) : null;
  if (doc?.body?.isContentEditable) add(doc.body);
  return out;
}

/** The generic detector: every reply editor under `root`. */
export function findReplyEditors(root: ParentNode): HTMLElement[] {
  return candidates(root).filter(isReplyEditor);
}
