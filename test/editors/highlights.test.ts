// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlightPainter } from '../../src/editors/highlights';

/** The Highlight API as far as the painter uses it: a set of ranges, registered by name. */
class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

let registry: Map<string, FakeHighlight>;
beforeEach(() => {
  registry = new Map();
  Object.assign(window, { CSS: { highlights: registry }, Highlight: FakeHighlight });
});
afterEach(() => {
  delete (window as unknown as { CSS?: unknown }).CSS;
  delete (window as unknown as { Highlight?: unknown }).Highlight;
  document.body.innerHTML = '';
});

/** Owners are objects (one per editor adapter). */
const ONE = {};
const TWO = {};

describe('createHighlightPainter', () => {
  const ranges = (n: number) =>
    Array.from({ length: n }, () => {
      const r = document.createRange();
      r.selectNodeContents(document.body);
      return r;
    });

  it('registers one highlight per category with the owners’ ranges merged', () => {
    const painter = createHighlightPainter('');
    const [a, b, c] = ranges(3) as [Range, Range, Range];
    painter.set(ONE, document, document, [{ category: 'ownership', range: a }, { category: 'thanks', range: b }]);
    painter.set(TWO, document, document, [{ category: 'ownership', range: c }]);
    expect([...registry.keys()].sort()).toEqual(['wl-ownership', 'wl-thanks']);
    expect([...registry.get('wl-ownership')!]).toEqual([a, c]);
    expect([...registry.get('wl-thanks')!]).toEqual([b]);
  });

  it('does nothing when an owner paints the same ranges again; updates its highlight in place when they change', () => {
    const painter = createHighlightPainter('');
    const [a, b, c] = ranges(3) as [Range, Range, Range];
    painter.set(ONE, document, document, [{ category: 'ownership', range: a }, { category: 'ownership', range: b }]);
    const h = registry.get('wl-ownership')!;
    const setSpy = vi.spyOn(registry, 'set');
    const addSpy = vi.spyOn(h, 'add');
    painter.set(ONE, document, document, [{ category: 'ownership', range: a }, { category: 'ownership', range: b }]);
    expect(setSpy).not.toHaveBeenCalled();
    expect(addSpy).not.toHaveBeenCalled();
    painter.set(ONE, document, document, [{ category: 'ownership', range: a }, { category: 'ownership', range: c }]);
    expect(setSpy).not.toHaveBeenCalled();
    expect(registry.get('wl-ownership')).toBe(h);
    expect([...h].sort((x, y) => (x === a ? -1 : y === a ? 1 : 0))).toEqual([a, c]);
  });

  it('registers again when the page cleared the registry, and removes a category that is gone', () => {
    const painter = createHighlightPainter('');
    const [a, b] = ranges(2) as [Range, Range];
    const marks = [{ category: 'ownership', range: a }];
    painter.set(ONE, document, document, marks);
    registry.clear();
    painter.set(ONE, document, document, marks);
    expect([...registry.get('wl-ownership')!]).toEqual([a]);
    painter.set(ONE, document, document, [{ category: 'thanks', range: b }]);
    expect([...registry.keys()]).toEqual(['wl-thanks']);
    painter.set(ONE, document, document, []);
    expect(registry.size).toBe(0);
  });

  it('dispose removes every highlight it registered', () => {
    const painter = createHighlightPainter('');
    painter.set(ONE, document, document, [{ category: 'ownership', range: ranges(1)[0]! }]);
    painter.dispose();
    expect(registry.size).toBe(0);
  });
});
