/**
 * The UI host: exactly one <warmline-ui> element with an OPEN shadow root in the top-level document (the
 * real-browser tests reach into it). It holds the stylesheet, a layer for textarea overlays, and the Preact
 * app. Its `data-findings` attribute lists the current findings' rule ids (DESIGN.md contract 4).
 */
import { render } from 'preact';
import { App } from './App';
import type { UiActions, UiModel } from './model';
import { UI_CSS } from './styles';

export const HOST_TAG = 'warmline-ui';

export interface UiHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The element textarea overlays go into (below the chip and cards). */
  layer: HTMLElement;
  /** Sets `data-findings` to the sorted unique rule ids. */
  setFindings(ruleIds: readonly string[]): void;
  /** Puts the host back if the page removed it (some apps rewrite the whole document). */
  reattach(): void;
  dispose(): void;
}

export function mountUi(doc: Document, model: UiModel, actions: UiActions): UiHost {
  // A page reload of the extension leaves the old host behind only if teardown failed: never keep two.
  doc.querySelectorAll(HOST_TAG).forEach((old) => old.remove());
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-findings', '');
  for (const [k, v] of Object.entries({ position: 'fixed', left: '0', top: '0', width: '0', height: '0', 'z-index': '2147483647', display: 'block', margin: '0', padding: '0', border: '0' })) {
    host.style.setProperty(k, v, 'important');
  }
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = UI_CSS;
  const layer = doc.createElement('div');
  layer.setAttribute('data-wl', 'layer');
  layer.className = 'wl-root';
  const app = doc.createElement('div');
  shadow.append(style, layer, app);
  doc.documentElement.appendChild(host);
  render(<App model={model} actions={actions} />, app);

  return {
    host,
    shadow,
    layer,
    setFindings(ids) {
      const value = [...new Set(ids)].sort().join(',');
      if (host.getAttribute('data-findings') !== value) host.setAttribute('data-findings', value);
    },
    reattach() {
      if (!host.isConnected) doc.documentElement.appendChild(host);
    },
    dispose() {
      render(null, app);
      host.remove();
    },
  };
}
