/**
 * "No leaking drafts into storage": the history keeps counts, never text. A draft (and a customer message)
 * carrying a unique marker goes through everything that writes storage on the way from a draft to the
 * toolbar: the engine, the record message, the history recorder, the badge, a site toggle and a pause.
 * Then every storage area (sync, local, session, managed) is dumped: the marker appears nowhere.
 */
import { fakeBrowser } from '../background/use-fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listenForBadge } from '../../src/background/badge';
import { createHistoryRecorder } from '../../src/background/history';
import { createAnalyzer } from '../../src/engine';
import { recordMessage } from '../../src/history/messages';
import { parseSettings } from '../../src/settings/schema';
import { pauseFor, setSiteEnabled } from '../../src/settings/site-toggle';
import { saveSettings } from '../../src/settings/store';

const MARKER = 'zqxmarker7731';

async function everyArea(): Promise<string> {
  const areas = fakeBrowser.storage as unknown as Record<string, { get(k: null): Promise<unknown> } | undefined>;
  const dump: Record<string, unknown> = {};
  for (const name of ['sync', 'local', 'session', 'managed']) dump[name] = await areas[name]?.get(null).catch(() => undefined);
  return JSON.stringify(dump);
}

beforeEach(() => fakeBrowser.reset());

describe('no draft text in any storage area', () => {
  it('coaching a draft with a marker (a custom rule flags words beside it) stores counts only', async () => {
    const settings = parseSettings({ version: 2, customRules: [{ id: 'marker', type: 'phrase', message: 'Flagged.', patterns: ['bank'] }] });
    if (!settings.ok) throw new Error(settings.errors.join('; '));
    await saveSettings(settings.settings);
    const before = await everyArea();
    const draft = `Hi ${MARKER},\n\nYou'll need to contact your bank about ${MARKER}. We'll get back to you soon.`;
    const findings = createAnalyzer(settings.settings).analyze(draft, { customer: `My ${MARKER} order is late.` });
    expect(findings.length).toBeGreaterThan(2);
    // What the content script sends: rule-id counts (custom ids are left out, as the content script does).
    const recorder = createHistoryRecorder({ extensionId: () => undefined });
    const record = recordMessage(findings.filter((f) => !f.rule.startsWith('custom:')));
    expect(JSON.stringify(record)).not.toContain(MARKER);
    await recorder.handle(record, { tab: { id: 1 }, frameId: 0 });
    // A hostile or buggy sender that slips text into the message: rejected or stripped, never stored.
    const sneaky = [
      { ...record, text: draft },
      { ...record, counts: { ...record.counts, [MARKER]: 1 } },
      { ...record, counts: { ...record.counts, [`custom:${MARKER}`]: 1 } },
      { ...record, day: `${record.day} ${MARKER}` },
      { ...record, score: MARKER },
      { type: 'warmline:record', day: record.day, counts: { deflection: 1, flagged: draft }, score: 50 },
    ];
    for (const m of sneaky) await recorder.handle(m, { tab: { id: 2 }, frameId: 0 });
    await recorder.idle();
    // The badge listener stores nothing, even when handed text.
    const setBadgeText = vi.fn();
    let badgeListener: ((m: unknown, s: { tab?: { id?: number } }) => undefined) | undefined;
    listenForBadge({ onMessage: { addListener: (cb) => void (badgeListener = cb) } }, { setBadgeText });
    badgeListener!({ type: 'warmline:findings', count: findings.length, text: draft }, { tab: { id: 1 } });
    await setSiteEnabled('acme.zendesk.com', false);
    await pauseFor(1000, 0);

    const after = await everyArea();
    expect(after).not.toBe(before); // the history and the toggles were written…
    expect(after).toContain('"history"');
    expect(after).not.toContain(MARKER); // …but never the draft, the customer message or flagged words
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 1, text: String(findings.length) });
  });
});

describe('the history stores built-in rule ids only', () => {
  it('HISTORY_RULE_IDS is exactly the registry (src/rules/index.ts)', async () => {
    const { rules } = await import('../../src/rules');
    const { HISTORY_RULE_IDS } = await import('../../src/history/rule-ids');
    expect([...HISTORY_RULE_IDS].sort()).toEqual(rules.map((r) => r.meta.id).sort());
  });
});
