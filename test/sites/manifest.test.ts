/** The manifest asks for exactly the built-in helpdesks; custom domains stay optional, asked for at run time. */
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { HELPDESK_MATCHES } from '../../src/content/hosts';
import { SITES } from '../../src/sites';

type Manifest = { permissions?: string[]; host_permissions?: string[]; optional_host_permissions?: string[] };
/** The manifest WXT writes for `browser` (the config gives it per browser). */
const manifestFor = (browser: string): Manifest =>
  (typeof config.manifest === 'function' ? (config.manifest as unknown as (env: { browser: string }) => Manifest)({ browser }) : config.manifest) as Manifest;

describe('manifest permissions', () => {
  const manifest = manifestFor('chrome');

  it('lists exactly the helpdesks the adapters cover as host permissions, nothing broader', () => {
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...SITES.flatMap((s) => s.hostMatches)].sort());
    expect(manifest.host_permissions).toEqual(HELPDESK_MATCHES);
    for (const p of manifest.host_permissions ?? []) expect(p).not.toMatch(/^[^:]+:\/\/\*\/|<all_urls>/);
  });

  it('keeps any other site an optional permission, and can register scripts for granted ones', () => {
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.permissions).toContain('scripting');
  });

  it("asks for offscreen (the engine's document) in Chrome only: Firefox's background page hosts the engine", () => {
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'offscreen']);
    expect(manifestFor('firefox').permissions).toEqual(['storage', 'scripting']);
  });
});
