/**
 * The peers measured beside Warmline in the same run, each doing what it does per keystroke: harper.js
 * (`LocalLinter` on the slim WebAssembly binary, plaintext), write-good, and compromise re-parsing the whole
 * draft (what a naive compromise-based checker does).
 */
import nlp from 'compromise';
import writeGood from 'write-good';
import { LocalLinter } from 'harper.js';
import { slimBinary } from 'harper.js/slimBinary';

export interface Peer {
  name: string;
  /** One keystroke's work on the whole new draft. */
  check(text: string): unknown;
}

export async function loadPeers(): Promise<Peer[]> {
  const harper = new LocalLinter({ binary: slimBinary });
  await harper.setup();
  await harper.lint('Warm up.', { language: 'plaintext' });
  return [
    { name: 'harper.js', check: (text) => harper.lint(text, { language: 'plaintext' }) },
    { name: 'write-good', check: (text) => writeGood(text) },
    { name: 'compromise re-parse', check: (text) => nlp(text) },
  ];
}
