import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Public half of the signing key only: it pins the extension id (lehdphenlccmhcmkcohilpkmpcakikia)
// in `npm run dev`, `npm run build`, `npm start` and the end-to-end tests. The private key is never
// committed. Store zips (`npm run zip`) leave it out: the Chrome Web Store refuses a manifest with a
// `key` and assigns the id itself (see the `zip:extension:start` hook below).
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmZsdRGTFmtD6SxnkqLzx3sMQr4nx5zjTDeM4SA3bjmzDKxVvyAdX3/wZWl/f3g6zEucRTq+lBG4lXEPv3b6fQpExQhtV5ySNUzpzWKMS20OmH1qDIJKh+oIHIpGumAsFcBnX0gEDIE0IXH9y04UoQMIeDvDbKD30ziQj6U2T9xOMI9H0kuRJ/Wzd7R8cgfeMz09Xr4nVSbFkVcZUjIUg+W/8koe3w0GjAFXetvi/y5gXMOS3IuIVrbJH4R3gCGuZ0cy0gjGn56LID+Tx91otZfJtwYoLwfAzlTQsLlEQKcb16LAMiTQhacmr5QSPLVNAHNJMmfWfBpeouHM+eUky/wIDAQAB';

/**
 * Oldest Chrome the extension runs in: the CSS Custom Highlight API (`CSS.highlights`, `Highlight`)
 * that marks vague spans shipped in Chrome 105; main-world scripts registered at runtime
 * (`scripting.registerContentScripts` with `world: 'MAIN'`, the Docs body hook) in Chrome 102. The
 * manifest `content_scripts[].world` key (Chrome 111) is not used: that script is registered at run
 * time. Sources: MDN browser-compat-data (api.Highlight, webextensions.api.scripting.ExecutionWorld).
 */
const MINIMUM_CHROME_VERSION = '105';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // `wxt zip` builds, then zips the output folder: drop the key first, so the folder and the zip
    // are both the store build. `npm run build` writes it back.
    'zip:extension:start': (wxt) => {
      const manifestPath = resolve(wxt.config.outDir, 'manifest.json');
      const { key: _key, ...manifest } = JSON.parse(readFileSync(manifestPath, 'utf8'));
      writeFileSync(manifestPath, JSON.stringify(manifest));
    },
  },
  manifest: ({ browser }) => ({
    name: 'Handoff',
    description:
      'Clearer async messages: hints while you type, rewrites with a real ask, deadlines in the reader’s time zone. Nothing leaves your machine.',
    // scripting: registers the Docs body hook only while its setting is on.
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'Handoff' },
    commands: {
      'toggle-focus': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Start or stop a focus session',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'handoff@handoff.local',
              // 140 (the oldest supported ESR) is the first Firefox with both the CSS Custom
              // Highlight API and data_collection_permissions; Firefox for Android got the latter in 142.
              strict_min_version: '140.0',
              // Handoff sends nothing anywhere, so it declares that it collects no data
              // (required of new add-ons on addons.mozilla.org).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { key: CHROME_PUBLIC_KEY, minimum_chrome_version: MINIMUM_CHROME_VERSION }),
  }),
});
