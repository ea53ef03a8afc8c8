import { startDocsBodyHook } from '@/lib/hosts/docs-body/hook';

// Registered at runtime by the background only while the Docs body setting is on.
export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  world: 'MAIN',
  runAt: 'document_start',
  registration: 'runtime',
  main: () => startDocsBodyHook(window),
});
