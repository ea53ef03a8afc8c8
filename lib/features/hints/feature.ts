/** The hints as a ComposerFeature: one HintsSession per composer the host adapter finds. */
import type { ComposerFeature } from '@/lib/hosts/types';
import { logError } from '@/lib/log';
import { HintsSession, type HintsServices } from './session';

export function createHintsFeature(services: HintsServices): ComposerFeature {
  return (composer) => {
    try {
      new HintsSession(composer, services).start();
    } catch (error) {
      logError('hints: start', error);
    }
  };
}
