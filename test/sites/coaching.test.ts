// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { SiteAdapter } from '../../src/content/site';
import { gateInternalNotes } from '../../src/sites/coaching';

describe('gateInternalNotes', () => {
  const reply = document.createElement('div');
  const note = document.createElement('div');
  const site = { isInternalNote: (el: HTMLElement) => el === note } as SiteAdapter;
  const coach = () => ({ found: vi.fn(), lost: vi.fn(), focused: vi.fn() });

  it('hands replies to the coach and keeps notes from it', () => {
    const c = coach();
    const g = gateInternalNotes(site, () => ({}), c);
    g.found(reply);
    g.found(note);
    g.focused(reply);
    g.focused(note);
    expect(c.found.mock.calls).toEqual([[reply]]);
    expect(c.focused.mock.calls).toEqual([[reply]]);
    // An editor focused in note mode is dropped (its session and underlines go).
    expect(c.lost.mock.calls).toEqual([[note]]);
  });

  it('coaches notes when the setting is on, read at each report', () => {
    const c = coach();
    let settings = { coachInternalNotes: false };
    const g = gateInternalNotes(site, () => settings, c);
    g.focused(note);
    settings = { coachInternalNotes: true };
    g.focused(note);
    expect(c.focused.mock.calls).toEqual([[note]]);
  });
});
