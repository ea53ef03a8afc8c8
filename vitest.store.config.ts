import { defineConfig } from 'vitest/config';

// Store checks read the zips `npm run zip` and `npm run zip:firefox` write (`npm run test:store`, in `npm test`).
export default defineConfig({
  test: {
    include: ['tests/store/**/*.store.ts'],
    retry: 0,
  },
});
