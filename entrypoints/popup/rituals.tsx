/**
 * The popup's rituals (issue 15): wires the ritual log (Dexie), the people directory, the fair review
 * window and the renderers to the views in components/rituals. Copy and insert post the ritual: its
 * window opens then. Insert goes through the same message the weekly update's insert uses.
 */
import { useRef, useState } from 'preact/hooks';
import { zoneOptions } from '@/lib/analysis/deadlines/zones';
import { browser } from 'wxt/browser';
import { sendTabMessage } from '@/lib/messaging';
import { RitualEditor, type FieldView } from '@/components/rituals/RitualEditor';
import { RitualsPanel } from '@/components/rituals/RitualsPanel';
import type { ReaderChoice } from '@/components/rituals/ReaderPicker';
import type { PersonRow } from '@/lib/storage/schema';
import { useLive } from '@/lib/storage/use-live';
import { listPeople, upsertPerson } from '@/lib/storage/people';
import { describeStorageError } from '@/lib/storage/errors';
import { ritualsStore } from '@/lib/features/rituals/store';
import { overdueDecisions, rowTitle, type RitualRow } from '@/lib/features/rituals/log';
import { renderRetroSummary, renderRitual, type RitualFormat } from '@/lib/features/rituals/render';
import { reviewWindow, type Reader, type ReviewWindow, type RitualKind } from '@/lib/features/rituals/window';
import { readerOf, resolveReaders } from '@/lib/features/rituals/readers';
import { cityName, formatClock, formatLongDay, isValidZone, type RenderStyle } from '@/lib/features/rituals/time';
import type { RitualDraft } from '@/lib/features/rituals/model';
import * as fields from '@/lib/features/rituals/fields';
import { copyText } from './clipboard';

const KIND_NAMES: Record<RitualKind, string> = { decision: 'Decision proposal', kickoff: 'Kick-off brief', retro: 'Retrospective' };
const FORMAT_NAMES: Record<RitualFormat, string> = { markdown: 'Markdown', slack: 'Slack formatting', plain: 'plain text' };

export interface RitualsContext {
  zone: string;
  hourCycle: 'auto' | 'h12' | 'h23';
}

function styleFor(ctx: RitualsContext): RenderStyle {
  return { locale: 'en-US', ...(ctx.hourCycle === 'auto' ? {} : { hourCycle: ctx.hourCycle }) };
}

function when(instant: number, zone: string, style: RenderStyle): string {
  return `${formatClock(instant, zone, style)} ${formatLongDay(instant, zone, style)}`;
}

/** The main view's section: decisions to record, three ways to start, rituals in progress. */
export function RitualsStart({ ctx, now, onOpen, onError }: { ctx: RitualsContext; now: number; onOpen(id: number): void; onError(e: unknown): void }) {
  const rows = useLive(() => ritualsStore.listRituals(), [], [] as RitualRow[]);
  const style = styleFor(ctx);
  const overdue = overdueDecisions(rows, now, ctx.zone).map(({ row, text }) => ({ id: row.id!, label: text, detail: '' }));
  const overdueIds = new Set(overdue.map((o) => o.id));
  const recent = rows
    .filter((r) => r.status === 'open' && !overdueIds.has(r.id!))
    .slice(0, 5)
    .map((r) => ({
      id: r.id!,
      label: rowTitle(r),
      detail: `${KIND_NAMES[r.kind]} · ${r.closesAt !== undefined ? `closes ${when(r.closesAt, ctx.zone, style)}` : r.opensAt !== undefined ? 'posted' : 'not posted yet'}`,
    }));
  return (
    <RitualsPanel
      overdue={overdue}
      recent={recent}
      onOpen={onOpen}
      onStart={(kind) => {
        ritualsStore.createRitual(kind, Date.now())
          .then((row) => onOpen(row.id!))
          .catch(onError);
      }}
    />
  );
}

function fieldsOf(draft: RitualDraft): FieldView[] {
  const lineHint = 'One per line.';
  if (draft.kind === 'decision') {
    return [
      { key: 'title', label: 'Title', value: draft.title, placeholder: 'Decide on the CRM vendor' },
      { key: 'context', label: 'Context', value: draft.context, multiline: true },
      { key: 'options', label: 'Options', value: fields.optionsToText(draft.options), multiline: true, hint: 'One per line: “Option: its trade-offs”.' },
      { key: 'recommendation', label: 'Recommendation', value: draft.recommendation },
      { key: 'decider', label: 'Who decides', value: draft.decider },
    ];
  }
  if (draft.kind === 'kickoff') {
    return [
      { key: 'title', label: 'Project', value: draft.title },
      { key: 'goal', label: 'Goal', value: draft.goal, multiline: true },
      { key: 'scope', label: 'In scope', value: draft.scope.join('\n'), multiline: true, hint: lineHint },
      { key: 'nonGoals', label: 'Not in scope', value: draft.nonGoals.join('\n'), multiline: true, hint: lineHint },
      { key: 'owner', label: 'Owner', value: draft.owner },
      { key: 'roles', label: 'Roles', value: fields.rolesToText(draft.roles), multiline: true, hint: 'One per line: “Name: role”.' },
      { key: 'milestones', label: 'Milestones', value: fields.milestonesToText(draft.milestones), multiline: true, hint: 'One per line: “When: what”.' },
      { key: 'links', label: 'Links', value: fields.linksToText(draft.links), multiline: true, hint: 'One per line: “Label https://…”.' },
    ];
  }
  const notes = 'What you collected, one note per line; “Name: note” credits someone.';
  return [
    { key: 'period', label: 'Looking back on', value: draft.period, placeholder: 'the launch' },
    { key: 'wentWell', label: 'Went well', value: fields.notesToText(draft.collected.wentWell), multiline: true, hint: notes },
    { key: 'didNot', label: 'Did not go well', value: fields.notesToText(draft.collected.didNot), multiline: true, hint: notes },
    { key: 'tryNext', label: 'Try next', value: fields.notesToText(draft.collected.tryNext), multiline: true, hint: notes },
  ];
}

function withField(draft: RitualDraft, key: string, text: string): RitualDraft {
  switch (draft.kind) {
    case 'decision':
      if (key === 'options') return { ...draft, options: fields.optionsFromText(text) };
      if (key === 'title' || key === 'context' || key === 'recommendation' || key === 'decider') return { ...draft, [key]: text };
      return draft;
    case 'kickoff':
      if (key === 'scope' || key === 'nonGoals') return { ...draft, [key]: fields.splitLines(text) };
      if (key === 'roles') return { ...draft, roles: fields.rolesFromText(text) };
      if (key === 'milestones') return { ...draft, milestones: fields.milestonesFromText(text) };
      if (key === 'links') return { ...draft, links: fields.linksFromText(text) };
      if (key === 'title' || key === 'goal' || key === 'owner') return { ...draft, [key]: text };
      return draft;
    case 'retro':
      if (key === 'period') return { ...draft, period: text };
      if (key === 'wentWell' || key === 'didNot' || key === 'tryNext') return { ...draft, collected: { ...draft.collected, [key]: fields.notesFromText(text) } };
      return draft;
  }
}

function windowNotes(row: RitualRow, readers: Reader[], window: ReviewWindow | undefined, ctx: RitualsContext, style: RenderStyle): string[] {
  const notes: string[] = [];
  if (readers.length === 0) return ['Choose readers: the window closes when each of them has had enough of their own working hours.'];
  if (window?.unknown.length) notes.push(`Set the time zone of ${window.unknown.map((u) => u.reader.name).join(', ')}: until then their line shows UTC.`);
  if (row.opensAt === undefined) notes.push('The window opens when you copy or insert it; the preview shows it as if posted now.');
  else notes.push(`Posted ${when(row.opensAt, ctx.zone, style)} (${cityName(ctx.zone)}).`);
  if (window?.moved && window.requiredAt !== undefined && window.closesAt !== undefined) {
    // Whole quarter hours: the fair minimum itself falls on any minute, the close on a quarter hour.
    const minutes = Math.max(15, Math.floor((window.closesAt - window.requiredAt) / 900_000) * 15);
    const by = minutes >= 60 ? `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}` : `${minutes} min`;
    notes.push(
      window.noCommonHours
        ? `Moved about ${by} later, into the working hours of as many readers as possible: no time within a day suits everyone.`
        : `Moved about ${by} later so it closes inside everyone’s working hours.`,
    );
  }
  return notes;
}

/** Where "Insert" goes when the editor was opened for one message: its tab, replacing the message. */
export interface InsertTarget {
  tabId: number;
  replace: boolean;
}

async function insertText(text: string, target?: InsertTarget): Promise<string> {
  try {
    const tabId = target?.tabId ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    if (tabId === undefined) throw new Error('no tab');
    const reply = await sendTabMessage(tabId, { type: 'handoff/insert-into-composer', text, ...(target?.replace ? { replace: true } : {}) });
    if (reply?.inserted && target?.replace) return 'Your message is now the proposal; Ctrl+Z in the composer brings the message back.';
    return reply?.inserted ? 'Inserted into the composer.' : 'Click into a Gmail or Slack composer first, then try again.';
  } catch {
    return 'Open a Gmail or Slack composer and click into it, then try again.';
  }
}

/** One ritual open for editing. */
export function RitualRoom({ id, ctx, target, onClose, onError }: { id: number; ctx: RitualsContext; target?: InsertTarget; onClose(): void; onError(e: unknown): void }) {
  const row = useLive(() => ritualsStore.getRitual(id), [id], undefined as RitualRow | undefined);
  const people = useLive(() => listPeople(), [], [] as PersonRow[]);
  const [status, setStatus] = useState<string | null>(null);
  // The edits still being saved: a copy or an insert waits for them, so a field typed just before
  // the click is in what goes out (it was not when the click came before the live row caught up).
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const zones = zoneOptions();
  if (!row) return <p>Loading…</p>;
  const style = styleFor(ctx);
  const draft = row.draft;
  const readers = resolveReaders(draft.readers, people);
  const windowAt = (opens: number) => (readers.length ? reviewWindow(opens, readers, draft.requirement) : undefined);
  const window = windowAt(row.opensAt ?? Date.now());
  const edit = (change: (d: RitualDraft) => RitualDraft) => {
    const saved = ritualsStore.editRitual(id, change, Date.now());
    saving.current = saving.current.then(() => saved).catch(() => undefined);
    void saved.catch(onError);
  };

  /** Renders for posting now, from the draft as stored once every edit is saved: the window opens at the first post. */
  const post = async (format: RitualFormat) => {
    await saving.current;
    const stored = (await ritualsStore.getRitual(id)) ?? row;
    const now = Date.now();
    const storedReaders = resolveReaders(stored.draft.readers, people);
    const w = storedReaders.length ? reviewWindow(stored.opensAt ?? now, storedReaders, stored.draft.requirement) : undefined;
    await ritualsStore.markPosted(id, now, w?.closesAt);
    return renderRitual(stored.draft, format, w, style);
  };

  const chosen = new Set(draft.readers.map((r) => r.id));
  const choices: ReaderChoice[] = [
    ...people.map((p) => {
      const reader = readerOf(p);
      return { id: reader.id, name: reader.name, city: isValidZone(p.timeZone) ? cityName(p.timeZone) : null, chosen: chosen.has(reader.id), inDirectory: true };
    }),
    ...draft.readers
      .filter((r) => !r.id.startsWith('person:'))
      .map((r) => ({ id: r.id, name: r.name, city: isValidZone(r.timeZone) ? cityName(r.timeZone) : null, chosen: true, inDirectory: false })),
  ];

  const summaryText = draft.kind === 'retro' ? renderRetroSummary(draft, 'plain', row.opensAt !== undefined ? window : undefined, style) : '';
  const insertFormat: RitualFormat = draft.channel === 'slack' ? 'slack' : 'plain';

  return (
    <RitualEditor
      heading={KIND_NAMES[row.kind]}
      fields={fieldsOf(draft)}
      onField={(key, text) => edit((d) => withField(d, key, text))}
      channel={draft.channel}
      onChannel={(channel) => edit((d) => ({ ...d, channel }))}
      requirement={draft.requirement}
      onRequirement={(requirement) => edit((d) => ({ ...d, requirement }))}
      readers={{
        choices,
        zones,
        onToggle: (readerId, on) => {
          const person = people.find((p) => readerOf(p).id === readerId);
          edit((d) => ({
            ...d,
            readers: on ? (d.readers.some((r) => r.id === readerId) || !person ? d.readers : [...d.readers, readerOf(person)]) : d.readers.filter((r) => r.id !== readerId),
          }));
        },
        onSetZone: (readerId, zone) => {
          if (!zone) return;
          const person = people.find((p) => readerOf(p).id === readerId);
          if (person) void upsertPerson({ emails: person.emails, slackIds: person.slackIds, timeZone: zone, zoneSource: 'user' }, Date.now()).catch(onError);
          else edit((d) => ({ ...d, readers: d.readers.map((r) => (r.id === readerId ? { ...r, timeZone: zone } : r)) }));
        },
        onAdd: (name, zone) => edit((d) => ({ ...d, readers: [...d.readers, { id: `name:${crypto.randomUUID()}`, name, timeZone: zone }] })),
      }}
      windowNotes={windowNotes(row, readers, window, ctx, style)}
      preview={renderRitual(draft, 'plain', window, style)}
      status={status}
      onCopy={(format) => {
        post(format)
          .then((text) => copyText(text))
          .then(() => setStatus(`Copied as ${FORMAT_NAMES[format]}.`))
          .catch((e: unknown) => setStatus(`Copy failed: ${describeStorageError(e, 'the copy')}`));
      }}
      onInsert={() => {
        post(insertFormat)
          .then((text) => insertText(text, target))
          .then(setStatus)
          .catch(onError);
      }}
      onClose={onClose}
      {...(draft.kind === 'decision'
        ? {
            outcome: {
              status: row.status === 'closed' ? 'open' : row.status,
              decision: row.decision ?? '',
              link: row.link ?? '',
              decidedLabel: row.decidedAt !== undefined ? `Recorded ${when(row.decidedAt, ctx.zone, style)}.` : null,
              onSave: (o) => {
                ritualsStore.recordOutcome(id, o, Date.now())
                  .then(() => setStatus('Saved to the decision log.'))
                  .catch(onError);
              },
            },
          }
        : {})}
      {...(draft.kind === 'retro'
        ? {
            summary: {
              text: summaryText,
              onCopy: (format: RitualFormat) => {
                copyText(renderRetroSummary(draft, format, row.opensAt !== undefined ? window : undefined, style))
                  .then(() => setStatus(`Summary copied as ${FORMAT_NAMES[format]}.`))
                  .catch((e: unknown) => setStatus(`Copy failed: ${String(e)}`));
              },
              onInsert: () => {
                void insertText(renderRetroSummary(draft, insertFormat, row.opensAt !== undefined ? window : undefined, style)).then(setStatus);
              },
            },
          }
        : {})}
    />
  );
}
