import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT has no Preact module: the Vite preset gives JSX and signals.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Warmline',
    description: 'A private writing coach for support agents: warmer replies, checked on your own machine.',
    permissions: ['storage'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    browser_specific_settings: {
      gecko: {
        id: 'warmline@warmline.example',
        // Firefox asks extensions to declare what they collect: nothing. (Not in WXT's types yet.)
        ...{ data_collection_permissions: { required: ['none'] } },
      },
    },
  },
});
