/** Options page wiring: the rule registry, the helpdesk domains from the manifest, the browser's permission prompt, the import worker. */
import { render } from 'preact';
import ImportWorkerScript from '../../src/ui/options/import-worker?worker';
import { browser } from 'wxt/browser';
import { originsFor } from '../../src/background/custom-sites';
import { rules } from '../../src/rules';
import { knownDomains } from '../../src/ui/options/domains';
import { createImportModel, type ImportWorker } from '../../src/ui/options/import-model';
import { createOptionsModel } from '../../src/ui/options/model';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import '../../src/ui/options/options.css';

const manifest = browser.runtime.getManifest();
const model = createOptionsModel({
  rules,
  knownDomains: knownDomains(manifest.content_scripts?.flatMap((c) => c.matches ?? []) ?? []),
  // Ask for a custom domain only when the manifest allows optional host access (wired by the sites issue).
  requestDomain: async (domain) => {
    const optional = (manifest as { optional_host_permissions?: string[] }).optional_host_permissions ?? [];
    if (optional.length === 0) return false;
    // https and http, each inside one optional pattern (Chrome refuses `*://host/*`: no single optional pattern covers it).
    return browser.permissions.request({ origins: originsFor(domain) });
  },
});
// One worker per import; Vite bundles the worker file on its own (`?worker`).
const imports = createImportModel(() => new ImportWorkerScript() as unknown as ImportWorker);
render(<OptionsApp model={model} imports={imports} />, document.getElementById('app')!);
