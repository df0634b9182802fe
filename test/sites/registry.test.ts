/**
 * Conventions of src/sites/ kept by a test, not a comment: the registry is sorted by id, every adapter is
 * registered under its file name, has a fixture page and a unit test, and its hosts are in the manifest's
 * content-script matches (and nothing in the matches belongs to no adapter).
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HELPDESK_MATCHES } from '../../src/content/hosts';
import { genericSite, pickSite } from '../../src/content/site';
import { SITES } from '../../src/sites';
import { ROWS } from '../e2e/sites/rows';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const siteFiles = readdirSync(at('../../src/sites/'))
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'define.ts', 'coaching.ts'].includes(f)) // the rest of src/sites/ is one adapter per file
  .map((f) => f.replace(/\.ts$/, ''));

describe('site registry', () => {
  it('is sorted by id, without duplicates', () => {
    const ids = SITES.map((s) => s.id);
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  it('registers every adapter file under its file name', () => {
    expect(SITES.map((s) => s.id)).toEqual(siteFiles.sort());
  });

  it.each(siteFiles)('%s has a fixture page, a unit test and a real-browser row', (id) => {
    expect(existsSync(at(`../fixtures/sites/${id}.html`)), `test/fixtures/sites/${id}.html`).toBe(true);
    expect(existsSync(at(`./${id}.test.ts`)), `test/sites/${id}.test.ts`).toBe(true);
    expect(existsSync(at(`../fixtures/sites/src/${id}.ts`)), `test/fixtures/sites/src/${id}.ts (the page's script)`).toBe(true);
    expect(ROWS.map((r) => r.id), 'a row in test/e2e/sites/rows.ts').toContain(id);
  });

  it("serves each real-browser row under a host its adapter matches", () => {
    for (const row of ROWS) {
      const site = SITES.find((s) => s.id === row.id);
      expect(site?.matches({ hostname: row.host } as Location, {} as Document), row.id).toBe(true);
    }
  });

  it("lists each adapter's hosts in the manifest's matches, and every match has an adapter", () => {
    const hosts = SITES.flatMap((s) => s.hostMatches);
    for (const m of hosts) expect(HELPDESK_MATCHES).toContain(m);
    expect([...HELPDESK_MATCHES].sort()).toEqual([...hosts].sort());
  });

  it('picks the adapter by host, and the generic one elsewhere', () => {
    const at = (hostname: string) => pickSite(SITES, { hostname } as Location, {} as Document).id;
    expect(at('acme.zendesk.com')).toBe('zendesk');
    expect(at('mail.google.com')).toBe('gmail');
    expect(at('desk.zoho.eu')).toBe('zoho-desk');
    expect(at('acme.lightning.force.com')).toBe('salesforce');
    expect(pickSite(SITES, { hostname: 'support.example.com' } as Location, {} as Document)).toBe(genericSite);
  });
});
