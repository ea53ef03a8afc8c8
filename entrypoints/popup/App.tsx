import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import { FocusPanel } from '@/components/popup/FocusPanel';
import { WinBox } from '@/components/popup/WinBox';
import { CommitmentList, type CommitmentView } from '@/components/popup/CommitmentList';
import { WeeklyEditor } from '@/components/popup/WeeklyEditor';
import { sendMessage } from '@/lib/messaging';
import { db } from '@/lib/storage/db';
import { useLive } from '@/lib/storage/use-live';
import { formatClock, useFocusState, useNow, useSettings } from '@/lib/ui-hooks';
import { FOCUS_PRESETS, remainingMinutes } from '@/lib/focus/session';
import { focusTotals, formatDuration } from '@/lib/focus/stats';
import { isoWeekKey, weekBounds, weekRangeLabel } from '@/lib/weekly/week';
import { isOverdue } from '@/lib/weekly/records';
import { draftWeeks, editDraft, getDraft, logWin, openDraft, setCommitmentStatus } from '@/lib/weekly/store';
import { draftStats, formatDraft, type CopyFormat } from '@/lib/weekly/format';
import type { WeeklyDraft } from '@/lib/weekly/draft';
import { copyText } from './clipboard';
import { UnsavedRecords } from '@/components/popup/UnsavedRecords';
import { describeStorageError } from '@/lib/storage/errors';
import { isValidRow } from '@/lib/storage/validate-rows';

const FORMAT_NAMES: Record<CopyFormat, string> = { markdown: 'Markdown', slack: 'Slack formatting', plain: 'plain text' };

function shortDay(ms: number, zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', month: 'short', day: 'numeric' }).format(ms);
}

export function App() {
  const settings = useSettings();
  const focus = useFocusState();
  useNow(15_000); // re-renders the remaining minutes while the popup stays open
  const now = Date.now();
  const [openWeek, setOpenWeek] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const zone = settings?.homeZone ?? 'UTC';
  const week = isoWeekKey(now, zone);
  const { start, end } = weekBounds(week, zone);

  const sessions = useLive(() => db().focusSessions.where('at').above(start - 86_400_000).toArray(), [start], []);
  const wins = useLive(() => db().wins.where('at').between(start, end).toArray(), [start, end], []);
  // A corrupt stored row (a due time that is not a number) is left out rather than breaking the popup.
  const commitments = useLive(async () => (await db().commitments.orderBy('at').reverse().limit(50).toArray()).filter((c) => isValidRow('commitments', c)), [], []);
  const draft = useLive(() => (openWeek ? getDraft(db(), openWeek) : undefined), [openWeek], undefined as WeeklyDraft | undefined);
  const weeks = useLive(() => draftWeeks(db()), [openWeek], [] as string[]);

  const fail = (e: unknown) => setError(describeStorageError(e, 'your change'));
  const totals = focusTotals(sessions, now, zone);
  const hourCycle = settings?.hourCycle ?? 'auto';

  const commitmentViews: CommitmentView[] = commitments
    .filter((c) => c.status === 'open' || (c.doneAt !== undefined && c.doneAt >= start))
    .map((c) => ({
      id: c.id!,
      text: c.text,
      kind: c.kind,
      ...(c.dueAt !== undefined ? { dueLabel: `${shortDay(c.dueAt, zone)} ${formatClock(c.dueAt, zone, hourCycle)}` } : {}),
      overdue: isOverdue(c, now),
      done: c.status === 'done',
    }));

  const openDraftOf = (target: string) => {
    setStatus(null);
    openDraft(db(), target, zone, Date.now())
      .then(() => setOpenWeek(target))
      .catch(fail);
  };

  // Edits still being saved: copy and insert wait for them, then take the draft as stored, which
  // is what every open popup shows once the saves land (components/popup/DraftLine.tsx).
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const storedDraft = async (): Promise<WeeklyDraft | undefined> => {
    if (!draft) return undefined;
    await saving.current;
    return (await getDraft(db(), draft.week)) ?? draft;
  };

  const copy = async (format: CopyFormat) => {
    const draft = await storedDraft();
    if (!draft) return;
    const text = formatDraft(draft, format, `Weekly update — ${weekRangeLabel(draft.week, zone)}`);
    try {
      await copyText(text);
      setStatus(`Copied as ${FORMAT_NAMES[format]}.`);
    } catch (e) {
      setStatus(`Copy failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const insert = async () => {
    const draft = await storedDraft();
    if (!draft) return;
    const text = formatDraft(draft, 'plain', `Weekly update — ${weekRangeLabel(draft.week, zone)}`);
    try {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) throw new Error('no tab');
      const reply = (await browser.tabs.sendMessage(tab.id, { type: 'handoff/insert-into-composer', text })) as { inserted?: boolean } | undefined;
      setStatus(reply?.inserted ? 'Inserted into the composer.' : 'Click into a Gmail or Slack composer first, then try again.');
    } catch {
      setStatus('Open a Gmail or Slack composer and click into it, then try again.');
    }
  };

  let body;
  if (openWeek && draft) {
    body = (
      <WeeklyEditor
        draft={draft}
        title={`Week of ${weekRangeLabel(draft.week, zone)}`}
        weeks={[...new Set([week, isoWeekKey(start - 1, zone), ...weeks])].sort().reverse()}
        stats={draftStats(draft)}
        status={status}
        newId={() => crypto.randomUUID()}
        onSelectWeek={openDraftOf}
        onEdit={(edit) => {
          saving.current = Promise.all([saving.current, editDraft(db(), draft.week, edit, Date.now()).catch(fail)]);
        }}
        onCopy={(format) => void copy(format)}
        onInsert={() => void insert()}
        onClose={() => setOpenWeek(null)}
      />
    );
  } else {
    const left = focus ? remainingMinutes(focus, now) : null;
    body = (
      <>
        <FocusPanel
          active={
            focus
              ? {
                  untilLabel: focus.plannedEnd !== null ? formatClock(focus.plannedEnd, zone, hourCycle) : null,
                  remainingLabel: left !== null ? `${left} min` : null,
                }
              : null
          }
          presets={FOCUS_PRESETS}
          todayLabel={formatDuration(totals.todayMs)}
          weekLabel={formatDuration(totals.weekMs)}
          onStart={(minutes) => void sendMessage({ type: 'focus/start', minutes }).catch(fail)}
          onStop={() => void sendMessage({ type: 'focus/stop' }).catch(fail)}
        />
        <WinBox
          onLog={async (text) => {
            await logWin(db(), text, Date.now());
          }}
          recent={wins.map((w) => ({ id: w.id!, text: w.text, when: shortDay(w.at, zone) }))}
        />
        <CommitmentList
          items={commitmentViews}
          onToggle={(id, done) => void setCommitmentStatus(db(), id, done ? 'done' : 'open', Date.now()).catch(fail)}
        />
        <section class="weekly-start">
          <button type="button" class="primary" onClick={() => openDraftOf(week)}>
            Draft this week's update
          </button>
        </section>
      </>
    );
  }

  return (
    <Popup playgroundUrl={browser.runtime.getURL('/playground.html')} optionsUrl={browser.runtime.getURL('/options.html')}>
      <UnsavedRecords />
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {body}
    </Popup>
  );
}
