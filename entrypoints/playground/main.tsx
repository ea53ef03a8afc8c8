import 'quill/dist/quill.core.css';
import './style.css';
import Quill from 'quill';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { zoneOptions } from '@/lib/analysis/deadlines/zones';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Playground, type PlaygroundSection } from '@/components/Playground';
import { FirstRun } from '@/components/FirstRun';
import { attachToReplicas, showReplica } from '@/lib/hosts/playground';
import { composerFeatures } from '@/lib/features';
import { gmailAdapter } from '@/lib/hosts/gmail';
import { slackAdapter } from '@/lib/hosts/slack';
import { createDocsAdapter } from '@/lib/hosts/docs';
import { hydrateDocsBody } from '@/lib/hosts/replicas/docs-body';
import { HANDOFF_EXTENSION_ID, startDocsBodyHook } from '@/lib/hosts/docs-body/hook';
import { gmailReplica } from '@/lib/hosts/replicas/gmail';
import { hydrateSlackReplica, slackReplica } from '@/lib/hosts/replicas/slack';
import { docsReplica } from '@/lib/hosts/replicas/docs';
import { useSettings } from '@/lib/ui-hooks';
import { updateSettings } from '@/lib/storage/settings';
import { importRoster } from '@/lib/storage/roster';
import { placesMatching, readZone } from '@/lib/storage/zone-names';
import { SHORTCUT_LABEL } from '@/lib/features/hints/shortcut';

/** Set once the user saved the first-run step; the step then shows as one line. */
const FIRST_RUN_KEY = 'firstRun';

/** Where an example goes: the composer a new user would write in first. */
const EXAMPLE_TARGET: Record<PlaygroundSection['id'], string> = {
  gmail: '[role="dialog"] [contenteditable="true"]',
  slack: '[data-qa="message_pane"] .ql-editor',
  docs: '.docos-input-textarea',
};

const EXAMPLES: Record<PlaygroundSection['id'], PlaygroundSection['examples']> = {
  gmail: [
    { label: 'A request due “EOD”', text: 'Hi all, can you review the doc and send me your comments by EOD? Thanks!' },
    { label: 'A vague follow-up', text: 'Hey, can you take a look at the thing from yesterday’s call when you get a chance?' },
  ],
  slack: [
    { label: 'Just “hi”', text: 'hi' },
    { label: 'An urgent fix', text: 'Can someone fix the bug asap? It broke again after the deploy.' },
  ],
  docs: [{ label: 'A comment with a deadline', text: 'Can you rewrite this section by Friday?' }],
  // The body takes typing through its text-event frame, as Docs does: type there.
};

/** Puts an example into a replica's composer as typing would (the editor's own undo takes it back). */
function tryExample(container: HTMLElement | null, id: PlaygroundSection['id'], text: string): void {
  const editor = container?.querySelector<HTMLElement>(EXAMPLE_TARGET[id]);
  if (!editor) return;
  editor.focus();
  if (editor instanceof HTMLTextAreaElement) editor.select();
  else document.getSelection()?.selectAllChildren(editor);
  document.execCommand('insertText', false, text);
}

function App() {
  const gmail = useRef<HTMLDivElement>(null);
  const slack = useRef<HTMLDivElement>(null);
  const docs = useRef<HTMLDivElement>(null);
  const [attached, setAttached] = useState<Record<string, number>>({});
  const settings = useSettings();
  const [firstRunDone, setFirstRunDone] = useState<boolean | null>(null);
  const zones = zoneOptions();

  useEffect(() => {
    browser.storage.local.get(FIRST_RUN_KEY).then(
      (stored) => setFirstRunDone(!!(stored[FIRST_RUN_KEY] as { done?: boolean } | undefined)?.done),
      () => setFirstRunDone(false),
    );
  }, []);

  useEffect(() => {
    showReplica(gmail.current!, gmailReplica);
    showReplica(slack.current!, slackReplica('channel'));
    hydrateSlackReplica(slack.current!, Quill);
    showReplica(docs.current!, docsReplica);
    // The Docs body as on docs.google.com with the body setting on: our page-world hook announces
    // our id, the replica's "Docs" then exposes the text, and the adapter takes the body too.
    startDocsBodyHook(window);
    hydrateDocsBody(window, [HANDOFF_EXTENSION_ID]);
    const ctx = new ContentScriptContext('playground');
    attachToReplicas(
      ctx,
      [
        { adapter: gmailAdapter, container: gmail.current! },
        { adapter: slackAdapter, container: slack.current! },
        { adapter: createDocsAdapter({ body: true }), container: docs.current! },
      ],
      composerFeatures,
      (host, count) => setAttached((now) => ({ ...now, [host]: count })),
    );
    return () => ctx.abort();
  }, []);

  const refs = { gmail, slack, docs };
  const sections: PlaygroundSection[] = [
    { id: 'gmail', title: 'Gmail', hint: 'A conversation with an inline reply, and a new message to three people.', attached: attached.gmail ?? 0, containerRef: gmail, examples: EXAMPLES.gmail },
    { id: 'slack', title: 'Slack', hint: 'A channel composer and a thread reply (a real Quill editor, as in Slack).', attached: attached.slack ?? 0, containerRef: slack, examples: EXAMPLES.slack },
    { id: 'docs', title: 'Google Docs', hint: 'The document body (drawn on a canvas, as Docs does), a new comment and a reply to a comment thread.', attached: attached.docs ?? 0, containerRef: docs, examples: EXAMPLES.docs },
  ];
  return (
    <Playground sections={sections} shortcut={SHORTCUT_LABEL} onTry={(id, text) => tryExample(refs[id].current, id, text)}>
      {settings && firstRunDone !== null && (
        <FirstRun
          zones={zones}
          places={(query) => placesMatching(query)}
          zoneOfPlace={(text) => {
            const reading = readZone(text);
            return reading.ok ? reading.timeZone : null;
          }}
          zoneRefusal={(text) => {
            const reading = readZone(text);
            return reading.ok ? null : `${reading.message}.`;
          }}
          initial={{ homeZone: settings.homeZone, start: settings.workingHours.start, end: settings.workingHours.end }}
          done={firstRunDone}
          onSave={async ({ homeZone, start, end }) => {
            await updateSettings({ homeZone, workingHours: { ...settings.workingHours, start, end } });
            await browser.storage.local.set({ [FIRST_RUN_KEY]: { done: true } });
          }}
          onImportRoster={async (csv) => {
            const result = await importRoster(csv, 'csv');
            if (result.errors.length === 0) return { ok: true, text: `Imported ${result.imported} ${result.imported === 1 ? 'person' : 'people'}.` };
            return { ok: false, text: `Nothing imported. ${result.errors.map((e) => `Line ${e.line}: ${e.message}`).join(' ')}` };
          }}
        />
      )}
    </Playground>
  );
}

render(<App />, document.getElementById('app')!);
