// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchDomChanges } from '../../src/editors/dom-changes';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('watchDomChanges', () => {
  const root = () => {
    document.body.innerHTML = '<div id="ed"><p>Hi <b>Sam</b></p></div>';
    return document.getElementById('ed')!;
  };

  it('is dirty until seen, then clean until the subtree changes', () => {
    const watch = watchDomChanges(root());
    expect(watch.dirty()).toBe(true);
    watch.seen();
    expect(watch.dirty()).toBe(false);
    expect(watch.dirty()).toBe(false);
  });

  it('sees text, node and attribute changes in the same task, before the observer callback ran', () => {
    const el = root();
    const watch = watchDomChanges(el);
    const changes: (() => void)[] = [
      () => ((el.querySelector('b')!.firstChild as Text).data = 'Samantha'),
      () => el.querySelector('p')!.append(document.createElement('br')),
      () => el.querySelector('b')!.setAttribute('hidden', ''),
      () => el.querySelector('b')!.remove(),
    ];
    for (const change of changes) {
      watch.seen();
      change();
      expect(watch.dirty()).toBe(true);
      watch.seen();
      expect(watch.dirty()).toBe(false);
    }
  });

  it('does not see changes outside the subtree, and nothing after dispose', async () => {
    const el = root();
    const watch = watchDomChanges(el);
    watch.seen();
    document.body.append(document.createElement('p'));
    expect(watch.dirty()).toBe(false);
    watch.dispose();
    el.append('more');
    await new Promise((r) => setTimeout(r, 0));
    expect(watch.dirty()).toBe(false);
  });
});
