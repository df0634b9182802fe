/**
 * The checks every helpdesk adapter passes against its saved fixture page (test/fixtures/sites/<id>.html),
 * under happy-dom: the public reply is found and coached, the internal note is not (unless the setting is on),
 * the customer's latest message and the names are read, and off the app's structure the generic detector coaches.
 * Each test/sites/<id>.test.ts calls `checkSite` with what its page holds.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { coachesEditor, siteContext } from '../../src/content/site';
import type { Channel } from '../../src/engine/types';
import type { Site } from '../../src/sites';

export const FIXTURES = fileURLToPath(new NodeURL('../fixtures/sites/', import.meta.url));

/** What every fixture page's thread says last (the customer's complaint) and the people on it. */
export const COMPLAINT = 'My order arrived broken and nobody has answered my emails for a week. This is really frustrating.';
export const CUSTOMER_FIRST_NAME = 'Dana';
export const AGENT_FIRST_NAME = 'Sam';

/** Puts the fixture page's markup (no scripts: no editor library runs under happy-dom) into the document. */
export function loadFixture(id: string): void {
  const html = readFileSync(`${FIXTURES}${id}.html`, 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
  document.title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
  document.body.innerHTML = body.replace(/<script[\s\S]*?<\/script>/gi, '');
}

export const byFixture = (name: 'reply' | 'note') => document.querySelector<HTMLElement>(`[data-fixture-editor="${name}"]`);

export interface SiteCase {
  site: Site;
  /** A real host name of the app (the manifest's pattern must match it). */
  host: string;
  /** The public reply editor on the loaded page (the fixture's `data-fixture-editor="reply"` by default). */
  reply?(): HTMLElement;
  /**
   * Switches the loaded page to writing an internal note, as the app's switch does; returns the note's editor.
   * Absent for an app without internal notes (Gmail).
   */
  toNote?(): HTMLElement;
  channel?: Channel;
  /** Runs after the page is loaded (e.g. writes an iframe's document). */
  prepare?(): void;
  /** Documents of the page's same-origin iframes (the scanner hands each to the adapter as well). */
  frames?(): Document[];
}

export function checkSite(c: SiteCase): void {
  const { site, host } = c;
  const reply = () => c.reply?.() ?? byFixture('reply')!;
  const load = () => {
    loadFixture(site.id);
    c.prepare?.();
  };
  const found = () => [document, ...(c.frames?.() ?? [])].flatMap((root) => site.findReplyEditors(root));
  const coached = (settings?: { coachInternalNotes?: boolean }) => found().filter((el) => coachesEditor(site, el, settings));

  afterEach(() => {
    document.body.innerHTML = '';
  });

  describe(`${site.id} adapter`, () => {
    it(`matches ${host} and no other helpdesk's host`, () => {
      expect(site.matches({ hostname: host } as Location, document)).toBe(true);
      expect(site.matches({ hostname: 'support.example.com' } as Location, document)).toBe(false);
      expect(site.matches({ hostname: `${host}.evil.example` } as Location, document)).toBe(false);
    });

    it('recognises its fixture page', () => {
      load();
      expect(site.recognises(document)).toBe(true);
    });

    it('finds the public reply editor and coaches it', () => {
      load();
      const el = reply();
      expect(el).toBeTruthy();
      expect(coached()).toEqual([el]);
      expect(site.isReplyEditor(el)).toBe(true);
      expect(site.isInternalNote?.(el) ?? false).toBe(false);
    });

    const toNote = c.toNote;
    if (toNote) {
      it('does not coach the internal note by default', () => {
        load();
        const note = toNote();
        expect(found()).toContain(note);
        expect(site.isInternalNote?.(note)).toBe(true);
        expect(coachesEditor(site, note, {})).toBe(false);
        expect(coached()).not.toContain(note);
      });

      it('coaches the internal note when coachInternalNotes is on', () => {
        load();
        const note = toNote();
        expect(coachesEditor(site, note, { coachInternalNotes: true })).toBe(true);
        expect(coached({ coachInternalNotes: true })).toContain(note);
      });
    } else {
      it('has no internal notes: every composer is a public reply', () => {
        load();
        for (const el of found()) expect(coachesEditor(site, el, {})).toBe(true);
      });
    }

    it("ignores the page's other editable fields", () => {
      load();
      const other = document.createElement('textarea');
      other.rows = 6;
      other.id = 'macro-search';
      document.body.append(other);
      expect(site.findReplyEditors(document)).not.toContain(other);
      expect(site.isReplyEditor(other)).toBe(false);
    });

    it("reads the customer's latest message, not an earlier one, an agent's or a note", () => {
      load();
      expect(site.customerMessage(document)).toBe(COMPLAINT);
    });

    it("reads the customer's first name and the agent's name", () => {
      load();
      expect(site.customerName?.(document)).toBe(CUSTOMER_FIRST_NAME);
      expect(site.agentName?.(document)).toBe(AGENT_FIRST_NAME);
    });

    it('gives the engine its context', () => {
      load();
      expect(siteContext(site, document)).toEqual({
        customer: COMPLAINT,
        customerName: CUSTOMER_FIRST_NAME,
        agentName: AGENT_FIRST_NAME,
        ...(c.channel ? { channel: c.channel } : {}),
      });
    });

    it("lets the generic detector coach a page on the host whose structure it doesn't know", () => {
      document.body.innerHTML = '<main><textarea id="x" rows="6"></textarea><input type="search" id="q"></main>';
      expect(site.recognises(document)).toBe(false);
      const x = document.getElementById('x')!;
      expect(site.findReplyEditors(document)).toEqual([x]);
      expect(site.isReplyEditor(x)).toBe(true);
      expect(site.customerMessage(document)).toBeUndefined();
      // The generic adapter's customer marker (as on the demo page) is read there.
      document.body.insertAdjacentHTML('afterbegin', `<blockquote data-warmline-customer>${COMPLAINT}</blockquote>`);
      expect(site.customerMessage(document)).toBe(COMPLAINT);
      expect(site.customerName?.(document)).toBeUndefined();
      expect(site.isInternalNote?.(x) ?? false).toBe(false);
    });
  });
}

