/**
 * One browser with the built extension per test file: launched before the file's tests, closed
 * (and the network check run) after them. Kept apart from harness.ts, which the benchmarks import
 * outside vitest.
 */
import { afterAll, beforeAll } from 'vitest';
import { launch, type Harness, type SuiteHarness } from './harness';

export function launchForSuite(): SuiteHarness {
  let current: Harness | undefined;
  beforeAll(async () => {
    current = await launch();
  });
  afterAll(async () => {
    await current?.close();
  });
  const live = (): Harness => {
    if (!current) throw new Error('the browser is launched in beforeAll: use it inside hooks and tests');
    return current;
  };
  return {
    get context() {
      return live().context;
    },
    get worker() {
      return live().worker;
    },
    get extensionId() {
      return live().extensionId;
    },
    extensionUrl: (path) => live().extensionUrl(path),
    openHostPage: (url, html) => live().openHostPage(url, html),
  };
}
