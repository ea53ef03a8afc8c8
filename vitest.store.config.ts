import { defineConfig } from 'vitest/config';

// Store checks read the zips `npm run zip` and `npm run zip:firefox` write (run by `npm run test:store`).
export default defineConfig({
  test: {
    include: ['tests/store/**/*.store.ts'],
    retry: 0,
  },
});
