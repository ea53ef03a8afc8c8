/**
 * The features attached to every composer on every host, in order. A feature receives the
 * Composer, draws inside `composer.shadow` and cleans up when `composer.signal` aborts.
 * Add yours here with one line.
 */
import type { ComposerFeature } from './types';

export const composerFeatures: ComposerFeature[] = [];
