import type { Layout } from '@/lib/hosts/skip-reasons';

/** happy-dom has no layout engine: every element counts as visible and 400×100 unless marked. */
export const stubLayout: Layout = {
  isVisible: (element) => !element.closest('[hidden], [data-test-hidden]'),
  size: (element) => (element.hasAttribute('data-test-tiny') ? { width: 20, height: 4 } : { width: 400, height: 100 }),
};

export function page(body: string): Document {
  document.body.replaceChildren();
  const parsed = new DOMParser().parseFromString(body, 'text/html');
  document.body.append(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
  return document;
}
