/**
 * Named selectors: each host keeps its selectors in one file as `{ name: selector }`, and every
 * lookup goes through here so a selector that stops matching is reported by name, once per page.
 */
import { logWarning } from '../log';

const reported = new Set<string>();

/** All matches of `selector` under `root` (including `root` itself when it matches). */
export function queryAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  const found = [...root.querySelectorAll<E>(selector)];
  if (root instanceof Element && root.matches(selector)) found.unshift(root as unknown as E);
  return found;
}

/**
 * The first match of a selector that *should* match here (the composer root is known, so its body
 * or its subject must be inside). A miss is logged loudly with the selector's name, never thrown.
 */
export function expectOne<E extends Element = HTMLElement>(
  host: string,
  name: string,
  root: ParentNode,
  selector: string,
): E | undefined {
  const found = root.querySelector<E>(selector) ?? undefined;
  if (!found) reportMiss(host, name);
  return found;
}

export function reportMiss(host: string, name: string): void {
  const key = `${host}:${name}`;
  if (reported.has(key)) return;
  reported.add(key);
  logWarning(`${host}: selector "${name}" matched nothing`);
}

/** Joins alternatives (old and new builds) into one selector list. */
export function anyOf(...selectors: string[]): string {
  return selectors.join(', ');
}
