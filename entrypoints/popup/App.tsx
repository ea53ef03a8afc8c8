import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import { FocusPanel } from '@/components/popup/FocusPanel';
import { WinBox } from '@/components/popup/WinBox';
import { CommitmentList, type CommitmentView } from '@/components/popup/CommitmentList';
import { WeeklyEditor } from '@/components/popup/WeeklyEditor';
import { sendMessage, sendTabMessage } from '@/lib/messaging';
import { useLive } from '@/lib/storage/use-live';
import { formatClock, useFocusState, useNow, useRecordQueue, useSettings } from '@/lib/ui-hooks';
import { FOCUS_PRESETS, presetLabel, remainingMinutes } from '@/lib/features/focus/model';
import { focusTotals, formatDuration } from '@/lib/features/focus/stats';
import { isoWeekKey, pickerWeeks, weekBounds, weekRangeLabel } from '@/lib/features/weekly/week';
import { isOverdue } from '@/lib/features/weekly/records';
import { weeklyStore } from '@/lib/features/weekly/store';
import { focusSessionsSince } from '@/lib/features/focus/store';
import { draftStats, formatDraft, type CopyFormat } from '@/lib/features/weekly/format';
import { SECTIONS, type WeeklyDraft } from '@/lib/features/weekly/draft';
import { copyText } from './clipboard';
import { UnsavedRecords } from '@/components/popup/UnsavedRecords';
import { describeStorageError } from '@/lib/storage/errors';
import { RitualRoom, RitualsStart, type InsertTarget } from './rituals';
import './rituals.css';

const FORMAT_NAMES: Record<CopyFormat, string> = { markdown: 'Markdown', slack: 'Slack formatting', plain: 'plain text' };

function shortDay(ms: number, zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', month: 'short', day: 'numeric' }).format(ms);
}

/** The ritual a card opened this window for, and the tab whose message "Insert" replaces; undefined for the toolbar popup. */
function openedFor(search: string): { ritual: number; target?: InsertTarget } | undefined {
  const params = new URLSearchParams(search);
  const ritual = Number(params.get('ritual'));
  if (!Number.isSafeInteger(ritual) || ritual <= 0) return undefined;
  const tab = Number(params.get('tab'));
  return { ritual, ...(Number.isSafeInteger(tab) && tab >= 0 ? { target: { tabId: tab, replace: params.get('replace') === '1' } } : {}) };
}

export function App() {
  const settings = useSettings();
  const focus = useFocusState();
  const unsaved = useRecordQueue();
  useNow(15_000); // re-renders the remaining minutes while the popup stays open
  const now = Date.now();
  const [openWeek, setOpenWeek] = useState<string | null>(null);
  // Opened by a hint card's "Draft a decision proposal": ?ritual=<id>&tab=<the message's tab>&replace=1.
  const [opened] = useState(() => openedFor(location.search));
  const [openRitual, setOpenRitual] = useState<number | null>(opened?.ritual ?? null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const zone = settings?.homeZone ?? 'UTC';
  const week = isoWeekKey(now, zone);
  const { start, end } = weekBounds(week, zone);

  const sessions = useLive(() => focusSessionsSince(start - 86_400_000), [start], []);
  const wins = useLive(() => weeklyStore.winsBetween(start, end), [start, end], []);
  const commitments = useLive(() => weeklyStore.recentCommitments(50), [], []);
  const draft = useLive(() => (openWeek ? weeklyStore.getDraft(openWeek) : undefined), [openWeek], undefined as WeeklyDraft | undefined);
  const weeks = useLive(() => weeklyStore.draftWeeks(), [openWeek], [] as string[]);

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
    weeklyStore.openDraft(target, zone, Date.now())
      .then(() => setOpenWeek(target))
      .catch(fail);
  };

  // Edits still being saved: copy and insert wait for them, then take the draft as stored, which
  // is what every open popup shows once the saves land (components/popup/DraftLine.tsx).
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const storedDraft = async (): Promise<WeeklyDraft | undefined> => {
    if (!draft) return undefined;
    await saving.current;
    return (await weeklyStore.getDraft(draft.week)) ?? draft;
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
      const reply = await sendTabMessage(tab.id, { type: 'handoff/insert-into-composer', text });
      setStatus(reply?.inserted ? 'Inserted into the composer.' : 'Click into a Gmail or Slack composer first, then try again.');
    } catch {
      setStatus('Open a Gmail or Slack composer and click into it, then try again.');
    }
  };

  let body;
  const ritualsCtx = { zone, hourCycle };
  if (openRitual !== null) {
    const target = opened?.ritual === openRitual ? opened.target : undefined;
    body = <RitualRoom id={openRitual} ctx={ritualsCtx} target={target} onClose={() => (target ? window.close() : setOpenRitual(null))} onError={fail} />;
  } else if (openWeek && draft) {
    body = (
      <WeeklyEditor
        draft={draft}
        title={`Week of ${weekRangeLabel(draft.week, zone)}`}
        sections={SECTIONS}
        weeks={pickerWeeks(week, isoWeekKey(start - 1, zone), weeks)}
        stats={draftStats(draft)}
        status={status}
        newId={() => crypto.randomUUID()}
        onSelectWeek={openDraftOf}
        onEdit={(edit) => {
          saving.current = Promise.all([saving.current, weeklyStore.editDraft(draft.week, edit, Date.now()).catch(fail)]);
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
          presets={FOCUS_PRESETS.map((minutes) => ({ minutes, label: presetLabel(minutes) }))}
          todayLabel={formatDuration(totals.todayMs)}
          weekLabel={formatDuration(totals.weekMs)}
          onStart={(minutes) => void sendMessage({ type: 'focus/start', minutes }).catch(fail)}
          onStop={() => void sendMessage({ type: 'focus/stop' }).catch(fail)}
        />
        <WinBox
          onLog={async (text) => {
            await weeklyStore.logWin(text, Date.now());
          }}
          recent={wins.map((w) => ({ id: w.id!, text: w.text, when: shortDay(w.at, zone) }))}
        />
        <CommitmentList
          items={commitmentViews}
          onToggle={(id, done) => void weeklyStore.setCommitmentStatus(id, done ? 'done' : 'open', Date.now()).catch(fail)}
        />
        <section class="weekly-start">
          <button type="button" class="primary" onClick={() => openDraftOf(week)}>
            Draft this week's update
          </button>
        </section>
        <RitualsStart ctx={ritualsCtx} now={now} onOpen={setOpenRitual} onError={fail} />
      </>
    );
  }

  return (
    <Popup playgroundUrl={browser.runtime.getURL('/playground.html')} optionsUrl={browser.runtime.getURL('/options.html')}>
      <UnsavedRecords queue={unsaved} />
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {body}
    </Popup>
  );
}
