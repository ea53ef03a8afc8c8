import { existsSync } from 'node:fs';
import { defineWebExtConfig } from 'wxt';

// `npm run dev` on a machine with no display cannot launch a browser; `npm start` says where the build is.
// As root (containers) Chromium refuses to start without --no-sandbox, as in `npm start`.
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
export default defineWebExtConfig({
  disabled: !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY,
  ...(chromium ? { binaries: { chrome: chromium } } : {}),
  chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
