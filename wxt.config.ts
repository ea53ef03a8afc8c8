import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Public half of the signing key only: it pins the extension id (lehdphenlccmhcmkcohilpkmpcakikia)
// in development, tests and production. The private key is never committed.
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmZsdRGTFmtD6SxnkqLzx3sMQr4nx5zjTDeM4SA3bjmzDKxVvyAdX3/wZWl/f3g6zEucRTq+lBG4lXEPv3b6fQpExQhtV5ySNUzpzWKMS20OmH1qDIJKh+oIHIpGumAsFcBnX0gEDIE0IXH9y04UoQMIeDvDbKD30ziQj6U2T9xOMI9H0kuRJ/Wzd7R8cgfeMz09Xr4nVSbFkVcZUjIUg+W/8koe3w0GjAFXetvi/y5gXMOS3IuIVrbJH4R3gCGuZ0cy0gjGn56LID+Tx91otZfJtwYoLwfAzlTQsLlEQKcb16LAMiTQhacmr5QSPLVNAHNJMmfWfBpeouHM+eUky/wIDAQAB';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
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
      ? { browser_specific_settings: { gecko: { id: 'handoff@handoff.local', strict_min_version: '128.0' } } }
      : { key: CHROME_PUBLIC_KEY }),
  }),
});
