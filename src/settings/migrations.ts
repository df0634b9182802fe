/**
 * Ordered migrations of stored settings and rule packs. A value written by an older Warmline is migrated
 * step by step to SETTINGS_VERSION, never dropped; a value from a newer Warmline is refused with a clear
 * message (and, when it was stored, kept aside by the store).
 *
 * Add a step when the shape changes: bump SETTINGS_VERSION in schema.ts and append { from: N, to: N + 1 }.
 */

export interface Migration {
  from: number;
  to: number;
  /** What changed, for the notes shown after a migration. */
  note: string;
  up(value: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    note: 'Version 2 adds custom rules and per-site settings; rule levels and phrases are kept as they were.',
    up: (value) => ({
      ...value,
      version: 2,
      customRules: value.customRules ?? [],
      sites: value.sites ?? { enabled: {}, customDomains: [] },
    }),
  },
];

/** The version this code reads and writes (the last migration's target). Kept equal to SETTINGS_VERSION by a test. */
export const LATEST_VERSION = MIGRATIONS.reduce((n, m) => Math.max(n, m.to), 1);

export type MigrateResult = { ok: true; value: unknown; from?: number } | { ok: false; errors: string[] };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Runs the migrations a value needs; values that are not objects go through untouched for the schema to name. */
export function migrate(input: unknown): MigrateResult {
  if (!isObject(input)) return { ok: true, value: input };
  const version = input.version;
  if (version === undefined) return { ok: false, errors: [`version: is missing; a rule pack says which version it is (this Warmline writes ${LATEST_VERSION})`] };
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, errors: [`version: must be a whole number, not ${JSON.stringify(version)}`] };
  if (version > LATEST_VERSION) {
    return { ok: false, errors: [`version: ${version} is newer than this Warmline understands (it reads versions 1 to ${LATEST_VERSION}); update Warmline to use these settings`] };
  }
  if (version < 1) return { ok: false, errors: [`version: must be between 1 and ${LATEST_VERSION}, not ${version}`] };
  if (version === LATEST_VERSION) return { ok: true, value: input };
  let value = input;
  for (let at = version; at < LATEST_VERSION; ) {
    const step = MIGRATIONS.find((m) => m.from === at);
    if (!step) return { ok: false, errors: [`version: no migration from version ${at}`] };
    value = step.up(value);
    at = step.to;
  }
  return { ok: true, value, from: version };
}
