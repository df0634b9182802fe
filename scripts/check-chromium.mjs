// The real-browser tests never skip: without Chromium they fail and say how to get it. On a fresh Debian
// machine where we are root (CI, containers) we install Debian's Chromium ourselves, saying so.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.CHROMIUM_PATH;
  if (canInstall) {
    console.log("Real-browser tests need Chromium: installing Debian's chromium package (apt-get install -y chromium)…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null', { stdio: 'inherit', shell: '/bin/bash' });
  }
  if (!existsSync(path)) {
    console.error(`Real-browser tests need Debian's Chromium at ${path} (or set CHROMIUM_PATH to another Chromium).
Install it with:  sudo apt-get update && sudo apt-get install -y chromium`);
    process.exit(1);
  }
}
