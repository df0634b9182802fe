// The real-browser tests never skip: without Chromium or Firefox ESR they fail and say how to get them. On a
// fresh Debian machine where we are root (CI, containers) we install Debian's packages ourselves, saying so.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const browsers = [
  { name: 'Chromium', package: 'chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', custom: Boolean(process.env.CHROMIUM_PATH), variable: 'CHROMIUM_PATH' },
  { name: 'Firefox ESR', package: 'firefox-esr', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', custom: Boolean(process.env.FIREFOX_PATH), variable: 'FIREFOX_PATH' },
];
const missing = browsers.filter((b) => !existsSync(b.path));
const installable = missing.filter((b) => !b.custom);
if (installable.length > 0 && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  const names = installable.map((b) => b.package).join(' ');
  console.log(`Real-browser tests need ${installable.map((b) => b.name).join(' and ')}: installing Debian's packages (apt-get install -y ${names})…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${names} >/dev/null`, { stdio: 'inherit', shell: '/bin/bash' });
}
const still = browsers.filter((b) => !existsSync(b.path));
for (const b of still) {
  console.error(`Real-browser tests need Debian's ${b.name} at ${b.path} (or set ${b.variable} to another build).
Install it with:  sudo apt-get update && sudo apt-get install -y ${b.package}`);
}
if (still.length > 0) process.exit(1);
