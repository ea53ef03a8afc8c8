/**
 * The features attached to every composer on every host, in order. A feature receives the
 * Composer, draws inside `composer.shadow` and cleans up when `composer.signal` aborts.
 * Add yours here with one line.
 */
import type { ComposerFeature } from '@/lib/hosts/types';
import { hints } from '@/lib/features/hints/content';
import { recordSentMessages } from '@/lib/features/weekly/content';
import { insertIntoComposer } from '@/lib/features/weekly/content-insert';
import { offerFocusLine } from '@/lib/features/focus/content';

export const composerFeatures: ComposerFeature[] = [hints, recordSentMessages, insertIntoComposer, offerFocusLine];
