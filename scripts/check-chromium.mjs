// The real-browser tests never skip: without Chromium they fail and say how to get it.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(`Real-browser tests need Debian's Chromium at ${path} (or set CHROMIUM_PATH).
Install it with:  sudo apt-get update && sudo apt-get install -y chromium`);
  process.exit(1);
}
