// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenForInteractions, type InteractionHandlers } from '../../src/content/interactions';

let controller: AbortController;
afterEach(() => {
  controller.abort();
  document.body.innerHTML = '';
});

function setup(overrides: Partial<InteractionHandlers> = {}) {
  controller = new AbortController();
  const h: InteractionHandlers = { pointer: vi.fn(), click: vi.fn(), shortcut: vi.fn(() => true), escape: vi.fn(() => false), moved: vi.fn(), ...overrides };
  listenForInteractions(document, controller.signal, h);
  document.body.innerHTML = '<textarea id="t"></textarea>';
  return { h, t: document.getElementById('t')! };
}

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });

describe('interactions', () => {
  it('reports Alt+Shift+W in an editor and swallows it when acted on', () => {
    const { h, t } = setup();
    const e = key({ key: 'W', code: 'KeyW', altKey: true, shiftKey: true });
    t.dispatchEvent(e);
    expect(h.shortcut).toHaveBeenCalledWith(t);
    expect(e.defaultPrevented).toBe(true);
    const plain = key({ key: 'w', code: 'KeyW' });
    t.dispatchEvent(plain);
    expect(h.shortcut).toHaveBeenCalledTimes(1);
    expect(plain.defaultPrevented).toBe(false);
  });

  it('lets Escape through unless something was closed', () => {
    const { t } = setup();
    const e = key({ key: 'Escape' });
    t.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
    controller.abort();
    setup({ escape: () => true });
    const e2 = key({ key: 'Escape' });
    document.getElementById('t')!.dispatchEvent(e2);
    expect(e2.defaultPrevented).toBe(true);
  });

  it('reports pointer moves and clicks with their target, not inside its own UI', () => {
    const { h, t } = setup();
    t.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: 5, clientY: 6 }));
    expect(h.pointer).toHaveBeenCalledWith(5, 6, t);
    const host = document.createElement('warmline-ui');
    document.body.append(host);
    const button = document.createElement('button');
    host.attachShadow({ mode: 'open' }).append(button);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(h.click).not.toHaveBeenCalled();
  });

  it('stops listening when its signal aborts', () => {
    const { h, t } = setup();
    controller.abort();
    t.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
    expect(h.pointer).not.toHaveBeenCalled();
  });
});
