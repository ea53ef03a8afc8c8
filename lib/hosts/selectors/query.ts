/**
 * Named selectors: each host keeps its selectors in one file as `{ name: selector }`, and every
 * lookup goes through here so a selector that stops matching is reported by name, once per page.
 */
import { logWarning } from '@/lib/log';

const reported = new Set<string>();

/**
 * A named selector: one selector, or alternatives (old and new builds) kept apart because a
 * selector list defeats Chromium's fast paths: on a 39k-node page, "A, B" took 6 ms where A and
 * B queried one by one took 0.01 ms (scripts/bench/hosts.ts).
 */
export type Selector = string | readonly string[];

function alternatives(selector: Selector): readonly string[] {
  return typeof selector === 'string' ? [selector] : selector;
}

/** One selector list for `Element.matches` (alternatives joined), where a single test per element is wanted. */
export function selectorList(selector: Selector): string {
  return alternatives(selector).join(', ');
}

/** All matches of `selector` under `root` (including `root` itself when it matches), in document order. */
export function queryAll<E extends Element = HTMLElement>(root: ParentNode, selector: Selector): E[] {
  const found: E[] = [];
  for (const alternative of alternatives(selector)) {
    if (root instanceof Element && root.matches(alternative)) found.push(root as unknown as E);
    found.push(...root.querySelectorAll<E>(alternative));
  }
  if (typeof selector === 'string') return found;
  return [...new Set(found)].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** The nearest ancestor-or-self of `element` matching any alternative. */
export function closest<E extends Element = HTMLElement>(element: Element, selector: Selector): E | null {
  return element.closest<E>(alternatives(selector).join(', ')) as E | null;
}

/** The first match under `root`, if any. */
export function queryOne<E extends Element = HTMLElement>(root: ParentNode, selector: Selector): E | undefined {
  for (const alternative of alternatives(selector)) {
    const found = root.querySelector<E>(alternative);
    if (found) return found;
  }
  return undefined;
}

/**
 * The first match of a selector that *should* match here (the composer root is known, so its body
 * or its subject must be inside). A miss is logged loudly with the selector's name, never thrown.
 */
export function expectOne<E extends Element = HTMLElement>(
  host: string,
  name: string,
  root: ParentNode,
  selector: Selector,
): E | undefined {
  const found = queryOne<E>(root, selector);
  if (!found) reportMiss(host, name);
  return found;
}

export function reportMiss(host: string, name: string): void {
  const key = `${host}:${name}`;
  if (reported.has(key)) return;
  reported.add(key);
  logWarning(`${host}: selector "${name}" matched nothing`);
}

/** Alternatives (old and new builds) of one named selector. */
export function anyOf(...selectors: string[]): readonly string[] {
  return selectors;
}
