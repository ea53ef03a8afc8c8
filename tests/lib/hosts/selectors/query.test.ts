// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { anyOf, closest, expectOne, queryAll } from '@/lib/hosts/selectors/query';
import { page } from '../layout-stub';

describe('named selectors', () => {
  it('queries alternatives one by one, once per element, in document order', () => {
    const doc = page('<p id="a" class="x"></p><p id="b" class="y"></p><p id="c" class="x y"></p>');
    expect(queryAll(doc, anyOf('.y', '.x')).map((element) => element.id)).toEqual(['a', 'b', 'c']);
  });

  it('includes the root itself when it matches', () => {
    const doc = page('<div id="root" class="x"><span class="x"></span></div>');
    expect(queryAll(doc.getElementById('root')!, anyOf('.x')).map((element) => element.localName)).toEqual(['div', 'span']);
  });

  it('finds the nearest ancestor matching any alternative', () => {
    const doc = page('<section class="outer"><div class="inner"><b id="leaf"></b></div></section>');
    expect(closest(doc.getElementById('leaf')!, anyOf('.outer', '.inner'))?.className).toBe('inner');
  });

  it('reports a selector that should match but does not, by name and only once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const doc = page('<div></div>');
    expect(expectOne('slack', 'testOnlyName', doc, '.missing')).toBeUndefined();
    expect(expectOne('slack', 'testOnlyName', doc, '.missing')).toBeUndefined();
    expect(warn.mock.calls).toEqual([['[handoff] slack: selector "testOnlyName" matched nothing']]);
    warn.mockRestore();
  });
});
