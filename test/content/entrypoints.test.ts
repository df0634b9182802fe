/**
 * Which script the manifest declares and which the background injects (two-stage loading, docs/DESIGN-NOTES.md):
 * the entrypoints' own options, read without a build (the built manifest is checked in test/e2e/privacy.e2e.ts).
 */
import '../background/use-fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { HELPDESK_MATCHES } from '../../src/content/hosts';
import { COACH_FILE, DETECTOR_FILE } from '../../src/background/coach-loader';

type Options = { matches?: string[]; registration?: string; runAt?: string; allFrames?: boolean };

// WXT's auto-imported global: the definition is what WXT reads at build time.
vi.stubGlobal('defineContentScript', (definition: Options) => definition);

describe('content-script entrypoints', () => {
  it('the detector is the manifest content script on the helpdesks, at document_idle, top frame', async () => {
    const detector = (await import('../../entrypoints/detector.content')).default as Options;
    expect({ registration: detector.registration, matches: detector.matches, runAt: detector.runAt, allFrames: detector.allFrames }).toEqual({
      registration: undefined,
      matches: HELPDESK_MATCHES,
      runAt: 'document_idle',
      allFrames: undefined,
    });
  });

  it('the coach is not in the manifest: registered at run time, injected by the background', async () => {
    const coach = (await import('../../entrypoints/content/index')).default as Options;
    expect(coach.registration).toBe('runtime');
    // Its matches stay the helpdesks' so WXT keeps them in host_permissions, which executeScript needs.
    expect(coach.matches).toEqual(HELPDESK_MATCHES);
  });

  it('the files the background injects are the ones WXT builds from these entrypoints', () => {
    expect([DETECTOR_FILE, COACH_FILE]).toEqual(['content-scripts/detector.js', 'content-scripts/content.js']);
  });
});
