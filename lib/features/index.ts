/**
 * The features attached to every composer on every host, in order. A feature receives the
 * Composer, draws inside `composer.shadow` and cleans up when `composer.signal` aborts.
 * Add yours here with one line.
 */
import type { ComposerFeature } from './types';
import { hints } from '@/lib/hints';
import { recordSentMessages } from '@/lib/weekly/record-sent';
import { insertIntoComposer } from '@/lib/weekly/insert-feature';
import { offerFocusLine } from '@/lib/focus/content';

export const composerFeatures: ComposerFeature[] = [hints, recordSentMessages, insertIntoComposer, offerFocusLine];
