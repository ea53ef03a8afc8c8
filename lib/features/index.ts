/**
 * The one list of composer features, each declaring when it runs (in the manner of refined-github's
 * feature registration): on which hosts, on which kinds of composer, whether on the playground, and
 * which settings it follows. The host layer (lib/hosts) knows none of this: it hands every composer
 * it mounts to `composerFeatures`, and each entry here decides from its declaration whether to run.
 *
 * Add a feature with one entry. It receives the Composer, draws inside `composer.shadow` and cleans
 * up when `composer.signal` aborts.
 */
import type { HostId } from '@/lib/analysis/types';
import type { Composer, ComposerFeature, Surface } from '@/lib/hosts/types';
import { hints } from './hints/content';
import { recordSentMessages } from './weekly/content';
import { insertIntoComposer } from './weekly/content-insert';
import { offerFocusLine } from './focus/content';

/** The composers a user sends messages from (a document body is written in place). */
export const MESSAGE_SURFACES: readonly Surface[] = ['compose', 'reply', 'channel', 'thread', 'comment'];

export interface FeatureDeclaration {
  /** Names the feature in logs and tests. */
  id: string;
  /** The hosts it runs on; every host when omitted. */
  hosts?: readonly HostId[];
  /** The kinds of composer it runs on; every kind when omitted. */
  surfaces?: readonly Surface[];
  /**
   * False: not on the playground (an extension page whose text is not the user's real work).
   * True when omitted.
   */
  playground?: boolean;
  /** The settings (paths in lib/storage/settings.ts) it follows while it runs; documentation for readers. */
  settings?: readonly string[];
  run: ComposerFeature;
}

export const features: readonly FeatureDeclaration[] = [
  {
    id: 'hints',
    settings: ['disabledRules', 'sites'],
    run: hints,
  },
  {
    id: 'record-sent',
    surfaces: MESSAGE_SURFACES,
    playground: false,
    settings: ['sites', 'homeZone'],
    run: recordSentMessages,
  },
  {
    id: 'insert-weekly-update',
    surfaces: MESSAGE_SURFACES,
    playground: false,
    run: insertIntoComposer,
  },
  {
    id: 'focus-line',
    surfaces: MESSAGE_SURFACES,
    settings: ['focus.offerFocusLine', 'sites', 'homeZone', 'hourCycle'],
    run: offerFocusLine,
  },
];

/** Whether a declaration lets its feature run on this composer (`onPlayground`: in an extension page). */
export function declaredToRun(
  declaration: Omit<FeatureDeclaration, 'run' | 'id'>,
  composer: Pick<Composer, 'host' | 'surface'>,
  onPlayground: boolean,
): boolean {
  if (declaration.hosts && !declaration.hosts.includes(composer.host)) return false;
  if (declaration.surfaces && !declaration.surfaces.includes(composer.surface)) return false;
  if (declaration.playground === false && onPlayground) return false;
  return true;
}

function onPlayground(): boolean {
  return typeof location !== 'undefined' && location.protocol === 'chrome-extension:';
}

/** A declaration as the ComposerFeature the host lifecycle calls: it runs only where declared. */
export function asComposerFeature(declaration: FeatureDeclaration): ComposerFeature {
  const feature: ComposerFeature = (composer) => {
    if (declaredToRun(declaration, composer, onPlayground())) declaration.run(composer);
  };
  Object.defineProperty(feature, 'name', { value: declaration.id });
  return feature;
}

/** Every composer feature, in order, for lib/hosts' runHost. */
export const composerFeatures: ComposerFeature[] = features.map(asComposerFeature);
