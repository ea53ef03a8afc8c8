/** The options page's decision log: wires the ritual log (Dexie) to components/rituals/DecisionLog. */
import { useState } from 'preact/hooks';
import { DecisionLog, type DecisionView } from '@/components/rituals/DecisionLog';
import { useLive } from '@/lib/storage/use-live';
import { ritualsStore } from '@/lib/features/rituals/store';
import { decisionLogMarkdown, matchesQuery, rowTitle, type RitualRow } from '@/lib/features/rituals/log';

function day(ms: number, zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }).format(ms);
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DecisionLogRoom({ zone }: { zone: string }) {
  const rows = useLive(() => ritualsStore.listRituals('decision'), [], [] as RitualRow[]);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const views: DecisionView[] = rows
    .filter((r) => matchesQuery(r, query))
    .map((r) => ({
      id: r.id!,
      title: rowTitle(r),
      status: r.status === 'closed' ? 'open' : r.status,
      decision: r.decision ?? '',
      link: r.link ?? '',
      detail: [
        `Proposed ${day(r.createdAt, zone)}`,
        r.opensAt === undefined ? 'not posted yet' : r.closesAt !== undefined ? `review ${r.closesAt <= Date.now() ? 'closed' : 'closes'} ${day(r.closesAt, zone)}` : 'posted',
        r.decidedAt !== undefined ? `${r.status} ${day(r.decidedAt, zone)}` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    }));
  return (
    <DecisionLog
      decisions={views}
      total={rows.length}
      query={query}
      status={status}
      onQuery={setQuery}
      onSave={(id, outcome) => {
        ritualsStore.recordOutcome(id, outcome, Date.now())
          .then(() => setStatus('Saved.'))
          .catch((e: Error) => setStatus(`Saving failed: ${e.message}`));
      }}
      onExportMarkdown={() => {
        const text = decisionLogMarkdown(rows.filter((r) => matchesQuery(r, query)), zone);
        download(`handoff-decisions-${new Date().toISOString().slice(0, 10)}.md`, text, 'text/markdown');
        setStatus(`Exported ${views.length} decision${views.length === 1 ? '' : 's'} as Markdown.`);
      }}
    />
  );
}
