import 'quill/dist/quill.core.css';
import './style.css';
import Quill from 'quill';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Playground, type PlaygroundSection } from '@/components/Playground';
import { attachToReplicas, showReplica } from '@/lib/hosts/playground';
import { composerFeatures } from '@/lib/features';
import { gmailAdapter } from '@/lib/hosts/gmail';
import { slackAdapter } from '@/lib/hosts/slack';
import { docsAdapter } from '@/lib/hosts/docs';
import { gmailReplica } from '@/lib/hosts/replicas/gmail';
import { hydrateSlackReplica, slackReplica } from '@/lib/hosts/replicas/slack';
import { docsReplica } from '@/lib/hosts/replicas/docs';

function App() {
  const gmail = useRef<HTMLDivElement>(null);
  const slack = useRef<HTMLDivElement>(null);
  const docs = useRef<HTMLDivElement>(null);
  const [attached, setAttached] = useState<Record<string, number>>({});

  useEffect(() => {
    showReplica(gmail.current!, gmailReplica);
    showReplica(slack.current!, slackReplica('channel'));
    hydrateSlackReplica(slack.current!, Quill);
    showReplica(docs.current!, docsReplica);
    const ctx = new ContentScriptContext('playground');
    attachToReplicas(
      ctx,
      [
        { adapter: gmailAdapter, container: gmail.current! },
        { adapter: slackAdapter, container: slack.current! },
        { adapter: docsAdapter, container: docs.current! },
      ],
      composerFeatures,
      (host, count) => setAttached((now) => ({ ...now, [host]: count })),
    );
    return () => ctx.abort();
  }, []);

  const sections: PlaygroundSection[] = [
    { id: 'gmail', title: 'Gmail', hint: 'A conversation with an inline reply, and a new message to three people.', attached: attached.gmail ?? 0, containerRef: gmail },
    { id: 'slack', title: 'Slack', hint: 'A channel composer and a thread reply (a real Quill editor, as in Slack).', attached: attached.slack ?? 0, containerRef: slack },
    { id: 'docs', title: 'Google Docs', hint: 'A new comment and a reply to a comment thread.', attached: attached.docs ?? 0, containerRef: docs },
  ];
  return <Playground sections={sections} />;
}

render(<App />, document.getElementById('app')!);
