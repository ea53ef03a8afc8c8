/**
 * The features attached to every composer on every host, in order. A feature receives the
 * Composer, draws inside `composer.shadow` and cleans up when `composer.signal` aborts.
 * Add yours here with one line.
 */
import type { ComposerFeature } from './types';
import { hints } from '@/lib/hints';

export const composerFeatures: ComposerFeature[] = [hints];
