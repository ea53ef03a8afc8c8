import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipEntries, zipManifest } from './read-zip';

const ROOT = join(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const chromeZip = join(ROOT, `.output/handoff-${version}-chrome.zip`);
const firefoxZip = join(ROOT, `.output/handoff-${version}-firefox.zip`);

describe('the Chrome Web Store zip (npm run zip)', () => {
  const manifest = zipManifest(chromeZip);

  it('has no manifest key: the store refuses one and assigns the id itself', () => {
    expect(manifest).not.toHaveProperty('key');
  });

  it('declares the oldest Chrome it runs in: 105, for the CSS Custom Highlight API', () => {
    expect(manifest.minimum_chrome_version).toBe('105');
  });

  it('is the package version, MV3, and holds every file the manifest names', () => {
    expect(manifest.version).toBe(version);
    expect(manifest.manifest_version).toBe(3);
    const names = zipEntries(chromeZip);
    const named = [
      manifest.background.service_worker,
      manifest.action.default_popup,
      ...Object.values(manifest.icons as Record<string, string>),
      ...manifest.content_scripts.flatMap((script: { js: string[] }) => script.js),
    ];
    for (const file of named) expect(names.has(file), file).toBe(true);
  });
});

describe('the Firefox add-on zip (npm run zip:firefox)', () => {
  const manifest = zipManifest(firefoxZip);
  const gecko = manifest.browser_specific_settings?.gecko;

  it('declares that it collects no data, as addons.mozilla.org requires of new add-ons', () => {
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('has a fixed add-on id and a minimum Firefox that supports what it declares', () => {
    expect(gecko.id).toBe('handoff@handoff.local');
    expect(gecko.strict_min_version).toBe('140.0');
    expect(manifest.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
  });

  it('carries no Chrome-only keys', () => {
    expect(manifest).not.toHaveProperty('key');
    expect(manifest).not.toHaveProperty('minimum_chrome_version');
  });
});
