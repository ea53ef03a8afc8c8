import { describe, expect, it } from 'vitest';
import { asComposerFeature, composerFeatures, declaredToRun, features, MESSAGE_SURFACES } from '@/lib/features';
import type { Composer, Surface } from '@/lib/hosts/types';

const ALL_SURFACES: Surface[] = ['compose', 'reply', 'channel', 'thread', 'comment', 'body'];

describe('the composer-feature registry', () => {
  it('lists every feature once, by id, in the order runHost calls them', () => {
    const ids = features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(composerFeatures.map((f) => f.name)).toEqual(ids);
    expect(ids).toEqual(['hints', 'record-sent', 'insert-weekly-update', 'focus-line']);
  });

  it('runs the hints on every surface, the message features on message composers only', () => {
    const byId = new Map(features.map((f) => [f.id, f]));
    for (const surface of ALL_SURFACES) {
      expect(declaredToRun(byId.get('hints')!, { host: 'docs', surface }, false)).toBe(true);
      for (const id of ['record-sent', 'insert-weekly-update', 'focus-line']) {
        expect(declaredToRun(byId.get(id)!, { host: 'docs', surface }, false)).toBe(surface !== 'body');
      }
    }
    expect(MESSAGE_SURFACES).not.toContain('body');
  });

  it('keeps what is typed on the playground out of the weekly records', () => {
    const byId = new Map(features.map((f) => [f.id, f]));
    const composer = { host: 'playground' as const, surface: 'compose' as const };
    expect(declaredToRun(byId.get('record-sent')!, composer, true)).toBe(false);
    expect(declaredToRun(byId.get('insert-weekly-update')!, composer, true)).toBe(false);
    expect(declaredToRun(byId.get('hints')!, composer, true)).toBe(true);
    expect(declaredToRun(byId.get('focus-line')!, composer, true)).toBe(true);
  });

  it('calls a feature only where its declaration lets it run', () => {
    const seen: string[] = [];
    const feature = asComposerFeature({ id: 'probe', hosts: ['slack'], surfaces: ['thread'], run: (c) => seen.push(`${c.host}/${c.surface}`) });
    for (const host of ['gmail', 'slack'] as const) {
      for (const surface of ['thread', 'channel'] as const) feature({ host, surface } as Composer);
    }
    expect(seen).toEqual(['slack/thread']);
    expect(feature.name).toBe('probe');
  });
});
