// Writes docs/examples/team-export.csv: a helpdesk-style export (id, created_at, agent, customer, reply) of
// the bundled authored replies, spread over six agents and ten weeks, for trying `warmline report` and the
// options page's import. Deterministic: run it again and the file is the same.
import { readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';

const sources = ['test/fixtures/generalisation-set.jsonl', 'test/fixtures/playbook-set.jsonl', 'docs/examples/labelled-replies.jsonl'];
const replies = sources.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l)),
);
const agents = ['Ana Ruiz', 'Ben Okafor', 'Chloe Martin', 'Dev Patel', 'Eun-ji Park', 'Farid Haddad'];
const start = Date.UTC(2026, 8, 7, 9); // a Monday
const rows = replies.map((r, i) => ({
  id: `T-${10_000 + i}`,
  created_at: new Date(start + Math.floor((i * 70 * 24 * 3600 * 1000) / replies.length) + (i % 7) * 3_600_000).toISOString(),
  agent: agents[(i * 7) % agents.length],
  customer: r.customer ?? '',
  reply: r.text,
}));
writeFileSync('docs/examples/team-export.csv', stringify(rows, { header: true }));
console.log(`docs/examples/team-export.csv: ${rows.length} replies`);
