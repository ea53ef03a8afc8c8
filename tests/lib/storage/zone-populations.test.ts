import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ZONE_POPULATION } from '@/lib/storage/zone-populations';

describe('the zone population table', () => {
  it('is what scripts/zone-populations.mjs makes from the installed packages (run it after updating them)', async () => {
    const script = resolve(__dirname, '../../../scripts/zone-populations.mjs');
    const { zonePopulations, tableSource } = (await import(script)) as { zonePopulations(): Record<string, number>; tableSource(p: Record<string, number>): string };
    const committed = readFileSync(resolve(__dirname, '../../../lib/storage/zone-populations.ts'), 'utf8');
    expect(committed).toBe(tableSource(zonePopulations()));
  });

  it('covers the zones people live in, with figures in the right order of size', () => {
    expect(Object.keys(ZONE_POPULATION).length).toBeGreaterThan(250);
    expect(ZONE_POPULATION['America/Toronto']!).toBeGreaterThan(ZONE_POPULATION['America/Vancouver']!);
    expect(ZONE_POPULATION['America/Vancouver']!).toBeGreaterThan(ZONE_POPULATION['America/Whitehorse']!);
    expect(ZONE_POPULATION['Asia/Kolkata']!).toBeGreaterThan(1_000_000);
  });
});
