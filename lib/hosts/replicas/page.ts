/**
 * A host replica is static markup we wrote ourselves (no user text), modelled on the attribute
 * strings in /shared/HOSTS.md. The same markup is served at the real origin by the e2e tests and
 * shown in the playground, so each host's DOM has one source of truth.
 */
export interface Replica {
  /** The real address the e2e tests serve it at. */
  url: string;
  title: string;
  /** Minimal page styles, scoped by the replica's own root class. */
  css: string;
  /** The markup inside <body>. */
  body: string;
}

/** A whole HTML document for a replica; `scripts` are inlined (the page may load nothing). */
export function replicaDocument(replica: Replica, scripts: string[] = [], extraCss = ''): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${replica.title}</title>`,
    `<style>${extraCss}\n${replica.css}</style>`,
    `</head><body>${replica.body}`,
    ...scripts.map((script) => `<script>${script.replace(/<\/script/gi, '<\\/script')}</script>`),
    '</body></html>',
  ].join('\n');
}
