/**
 * The deadline policy of DEADLINES.md: a reading + sender, recipients, working hours and now →
 * when it is due for each recipient, how it reads in their zone and the sender's, and what to warn.
 */
import { DEFAULT_WORKING_HOURS, type AnalysisContext, type Person, type Sender } from '@/lib/analysis/types';
import { addDays, addMonths, compareDates, sameDate, type CivilDate } from './civil';
import { deadlineDate, type Period } from './dates';
import {
  endOfWorkday,
  isWithinHours,
  isWorkingDate,
  nearestInHours,
  nextEndOfWorkday,
  nextStartOfWorkday,
  nextWorkingDate,
  startOfWorkday,
  workday,
  workingMinutesBetween,
  type Workday,
} from './hours';
import type { Reading, ZoneSpec } from './reading';
import { audiencePhrase, formatLocal, formatLongDay, formatMonthDay, formatSenderTime, formatWhen, styleOf } from './render';
import { clockInstant } from './resolve';
import type { Deadline, DeadlinePolicyOptions, DeadlineWarning, RecipientDeadline, ZoneAlternative } from './types';
import { chooseZoneMeaning, outOfSeasonNote } from './zone-choice';
import { civilDateAt, clockChangeBetween, cityName, instantAt, isValidZone, wallClock } from './zones';

const UNIT_MS = { second: 1_000, minute: 60_000, hour: 3_600_000 } as const;

export function displayName(person: Person): string {
  const name = person.name?.trim();
  if (name) return name.split(/\s+/)[0] ?? name;
  return person.email ?? person.slackId ?? 'the recipient';
}

interface Target {
  person: Person;
  work: Workday;
  zoneKnown: boolean;
  zoneWarning?: DeadlineWarning;
}

function targetOf(person: Person, sender: Sender): Target {
  // A person's own hours, else the writer's as the default for everyone (DEADLINES.md: "editable per
  // person and as the sender's default for new people"), else 09:00–17:00 Monday to Friday.
  const hours = person.workingHours ?? sender.workingHours ?? DEFAULT_WORKING_HOURS;
  if (isValidZone(person.timeZone)) return { person, work: workday(person.timeZone, hours), zoneKnown: true };
  const who = displayName(person);
  const zoneWarning: DeadlineWarning = person.timeZone
    ? { code: 'invalid-zone', message: `${who}'s time zone "${person.timeZone}" is not a known IANA zone — set it; times below use yours (${cityName(sender.timeZone)})` }
    : { code: 'unknown-zone', message: `${who}'s time zone is unknown — set it; times below use yours (${cityName(sender.timeZone)})` };
  return { person, work: workday(sender.timeZone, hours), zoneKnown: false, zoneWarning };
}

/**
 * Every reader's zone for a phrase (undefined where unknown), `lead` first: the reader the instant
 * was chosen for. No recipients at all: none, so the phrase names the sender's own time.
 */
function readerZones(targets: readonly Target[], lead: Target | undefined, hasRecipients: boolean): (string | undefined)[] {
  if (!hasRecipients) return [];
  const zoneOf = (t: Target) => (t.zoneKnown ? t.work.timeZone : undefined);
  const ordered = lead ? [lead, ...targets.filter((t) => t !== lead)] : [...targets];
  return ordered.map(zoneOf);
}

function zoneFor(spec: ZoneSpec | undefined, target: Target, sender: Sender): ZoneSpec {
  if (spec?.kind === 'recipient') return { kind: 'zone', timeZone: target.work.timeZone };
  if (!spec || spec.kind === 'sender') return { kind: 'zone', timeZone: sender.timeZone };
  return spec;
}

/** When the reading falls due for one recipient, with the date it chose (if any). */
function dueFor(r: Reading, target: Target, ctx: AnalysisContext): { due: number; chosen?: Period } {
  const { now, sender } = ctx;
  const w = target.work;
  const senderToday = civilDateAt(now, sender.timeZone);
  if (r.duration) {
    const { amount, unit } = r.duration;
    if (unit === 'second' || unit === 'minute' || unit === 'hour') return { due: now + amount * UNIT_MS[unit] };
    const wall = wallClock(now, sender.timeZone);
    const whole = Math.round(amount);
    const date = unit === 'day' ? addDays(senderToday, whole) : unit === 'week' ? addDays(senderToday, 7 * whole) : addMonths(senderToday, unit === 'month' ? whole : 12 * whole);
    if (r.time?.kind === 'clock') return { due: clockInstant(r.time, zoneFor(r.zone, target, sender), sender.timeZone, now, date) };
    return { due: instantAt(sender.timeZone, date, wall.hour, wall.minute) };
  }
  if (r.date?.kind === 'span' && r.date.unit in UNIT_MS && r.date.direction === 1) {
    return { due: now + r.date.amount * UNIT_MS[r.date.unit as keyof typeof UNIT_MS] };
  }
  const chosen = r.date ? deadlineDate(r.date, senderToday, w.hours.days) : undefined;
  const date = chosen?.date;
  const time = r.time;
  if (!time) return { due: endOfWorkday(w, date ?? civilDateAt(now, w.timeZone)), ...(chosen ? { chosen } : {}) };
  const withChosen = (due: number) => ({ due, ...(chosen ? { chosen } : {}) });
  switch (time.kind) {
    case 'anchor':
      // "EOD my time", "COB PT": the end (or start) of the working day where the writer says.
      if (r.zone && r.zone.kind !== 'recipient') {
        const hours = r.zone.kind === 'sender' ? (sender.workingHours ?? DEFAULT_WORKING_HOURS) : w.hours;
        const [hour, minute] = (time.anchor === 'end-of-day' ? hours.end : hours.start).split(':').map(Number);
        const zone = zoneFor(r.zone, target, sender);
        return withChosen(clockInstant({ kind: 'clock', hour: hour ?? 17, minute: minute ?? 0, grain: 'minute' }, zone, sender.timeZone, now, date));
      }
      if (time.anchor === 'end-of-day') return withChosen(endOfWorkday(w, date ?? civilDateAt(now, w.timeZone)));
      return withChosen(date ? startOfWorkday(w, date) : nextStartOfWorkday(w, now));
    case 'named': {
      // In the recipient's zone (DEADLINES.md), unless a zone is named beside it ("noon Pacific").
      const namedZone = r.zone ? zoneFor(r.zone, target, sender) : { kind: 'zone' as const, timeZone: w.timeZone };
      if (time.hour === 24) {
        const day = date ?? (namedZone.kind === 'zone' ? civilDateAt(now, namedZone.timeZone) : civilDateAt(now, w.timeZone));
        return withChosen(namedZone.kind === 'zone' ? instantAt(namedZone.timeZone, addDays(day, 1)) : instantAt(w.timeZone, addDays(day, 1)));
      }
      return withChosen(clockInstant({ kind: 'clock', hour: time.hour, minute: time.minute, grain: 'hour' }, namedZone, w.timeZone, now, date));
    }
    case 'clock':
      return withChosen(clockInstant(time, zoneFor(r.zone, target, sender), sender.timeZone, now, date));
  }
}

/** The end of the first working day that leaves at least `minutes` working minutes from now. */
function enoughNotice(w: Workday, now: number, minutes: number): number {
  let candidate = nextEndOfWorkday(w, now);
  for (let i = 0; i < 14 && workingMinutesBetween(w, now, candidate) < minutes; i++) {
    candidate = endOfWorkday(w, nextWorkingDate(w, civilDateAt(candidate, w.timeZone), true));
  }
  return candidate;
}

function hoursText(minutes: number): string {
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `${hours} working hour${hours === 1 ? '' : 's'}`;
}

function monthDay(instant: number, timeZone: string, locale: string): string {
  return formatMonthDay(instant, timeZone, locale);
}

/**
 * The time proposed instead of a due time that does not work for one reader: `code` says why,
 * `at` computes this reader's own proposal (only called when it is the one used).
 */
type Propose = (code: 'passed' | 'outside-hours' | 'short-notice', at: () => number) => { due: number; phrase: string };

function recipientWarnings(r: Reading, target: Target, due: number, ctx: AnalysisContext, minNoticeHours: number, propose: Propose): DeadlineWarning[] {
  const { now, sender } = ctx;
  const w = target.work;
  const who = displayName(target.person);
  const style = styleOf(sender);
  const warnings: DeadlineWarning[] = [];
  if (target.zoneWarning) warnings.push(target.zoneWarning);

  if (!target.zoneKnown) {
    // Unknown stays unknown (DEADLINES.md): their hours, weekend, notice and calendar day cannot be
    // judged from a guessed zone. Only what holds for everyone is said: an instant already passed.
    if (due <= now) {
      warnings.push({ code: 'passed', message: `This has already passed: ${formatLocal(due, w.timeZone, style)}`, alternative: propose('passed', () => nextEndOfWorkday(w, now)) });
    }
    return warnings;
  }

  if (due <= now) {
    warnings.push({ code: 'passed', message: `This has already passed for ${who} (${formatLocal(due, w.timeZone, style)})`, alternative: propose('passed', () => nextEndOfWorkday(w, now)) });
    return warnings;
  }

  const dueDate = civilDateAt(due, w.timeZone);
  const named = r.time?.kind === 'named' && r.time.outsideHours;
  if (!isWithinHours(w, due) || named) {
    const weekend = !isWorkingDate(w, dueDate);
    const alternative = propose('outside-hours', () => nearestInHours(w, due, now));
    warnings.push({
      code: weekend ? 'weekend' : 'outside-hours',
      message: weekend
        ? `${formatLocal(due, w.timeZone, style)} is ${whose(who, 'weekend')}`
        : `${formatLocal(due, w.timeZone, style)} is outside ${whose(who, 'working hours').replace(/^on /, '')} (${w.hours.start}–${w.hours.end}${target.person.workingHours ? '' : ', the default: set theirs in Options'})`,
      alternative,
    });
  }

  const minutes = workingMinutesBetween(w, now, due, minNoticeHours * 60);
  if (minutes < minNoticeHours * 60) {
    warnings.push({ code: 'short-notice', message: `This gives ${who} ${hoursText(minutes)}`, alternative: propose('short-notice', () => enoughNotice(w, now, minNoticeHours * 60)) });
  }

  const senderToday = civilDateAt(now, sender.timeZone);
  const theirToday = civilDateAt(now, w.timeZone);
  if (r.date?.kind === 'relative-day' && target.zoneKnown && !sameDate(senderToday, theirToday)) {
    const chosen = instantAt(sender.timeZone, addDays(senderToday, r.date.days), 12);
    warnings.push({
      code: 'calendar-differs',
      message: `Your "${r.date.days === 1 ? 'tomorrow' : r.date.days === 0 ? 'today' : 'day'}" is ${formatLongDay(chosen, sender.timeZone, style)}; for ${who} it is ${formatLongDay(now, w.timeZone, style)} now`,
    });
  }

  if (target.zoneKnown) {
    const change = clockChangeBetween(w.timeZone, now, due);
    if (change !== undefined) {
      warnings.push({ code: 'clock-change', message: `Clocks change in ${cityName(w.timeZone)} on ${monthDay(change, w.timeZone, style.locale)}` });
    }
  }
  return warnings;
}

function ambiguityWarning(text: string, chosen: Period | undefined, ctx: AnalysisContext, target: Target | undefined, zones: (string | undefined)[]): DeadlineWarning | undefined {
  if (!chosen?.ambiguous) return undefined;
  const style = styleOf(ctx.sender);
  const day = formatLongDay(instantAt(ctx.sender.timeZone, chosen.date, 12), ctx.sender.timeZone, style);
  if (chosen.ambiguous === 'next-weekday') {
    const sooner = addDays(chosen.date, -7);
    const soonerDay = formatLongDay(instantAt(ctx.sender.timeZone, sooner, 12), ctx.sender.timeZone, style);
    const todayDate = civilDateAt(ctx.now, ctx.sender.timeZone);
    const w = target?.work ?? workday(ctx.sender.timeZone);
    const alternative =
      compareDates(sooner, todayDate) >= 0
        ? { due: endOfWorkday(w, sooner), phrase: audiencePhrase(endOfWorkday(w, sooner), ctx.sender, zones) }
        : undefined;
    return { code: 'ambiguous', message: `"${text}" read as ${day}; some readers take it as ${soonerDay}`, ...(alternative ? { alternative } : {}) };
  }
  if (chosen.ambiguous === 'weekend') {
    const w = target?.work ?? workday(ctx.sender.timeZone);
    const friday = endOfWorkday(w, addDays(chosen.date, -1));
    const alternative = friday > ctx.now ? { due: friday, phrase: audiencePhrase(friday, ctx.sender, zones) } : undefined;
    return { code: 'ambiguous', message: `"${text}" read as ${day}; say which day, or the end of Friday`, ...(alternative ? { alternative } : {}) };
  }
  return { code: 'ambiguous', message: `"${text}" read as ${day} — numeric dates read differently across countries` };
}

const SENDER_ONLY: Person = {};

/** One of the coming ends of day of a reader of a mixed audience, and the phrase that proposes it (made when first asked). */
interface EndOfDay {
  t: Target;
  at: number;
  phrase?: string;
}

/**
 * What the policy works out for one context whatever the phrase: each reader's working day, the
 * coming ends of day that suit a mixed audience, the concrete choices for a vague deadline, the
 * order of the readers' zones in a phrase. A deadline of the same context reuses it: findDeadlines
 * makes one per call, the analyzer one per context (the minute, the sender and the readers).
 * Each part is worked out when first needed.
 */
export class Audience {
  readonly senderKnown: boolean;
  readonly sender: Sender;
  /** The context with the sender's zone made valid (UTC for an unknown one). */
  readonly ctx: AnalysisContext;
  readonly targets: readonly Target[];
  /** The readers whose zone is known. */
  readonly known: readonly Target[];
  readonly hasRecipients: boolean;
  private readonly zoneLists = new Map<Target, (string | undefined)[]>();
  private readonly fittingEnds = new Map<number, EndOfDay[]>();
  private vagueParts?: { perRecipient: RecipientDeadline[]; warnings: DeadlineWarning[]; choices: { label: string; replacement: string; note?: string }[] };

  constructor(readonly given: AnalysisContext) {
    const sender = given.sender;
    this.senderKnown = isValidZone(sender.timeZone);
    this.sender = this.senderKnown ? sender : { ...sender, timeZone: 'UTC' };
    this.ctx = this.senderKnown ? given : { ...given, sender: this.sender };
    this.hasRecipients = given.recipients.length > 0;
    this.targets = this.hasRecipients
      ? given.recipients.map((p) => targetOf(p, this.sender))
      : [targetOf({ ...SENDER_ONLY, timeZone: this.sender.timeZone, workingHours: sender.workingHours ?? DEFAULT_WORKING_HOURS }, this.sender)];
    this.known = this.targets.filter((t) => t.zoneKnown);
  }

  levelWarnings(): DeadlineWarning[] {
    return this.senderKnown ? [] : [{ code: 'invalid-zone', message: `Your time zone "${this.given.sender.timeZone}" is not a known IANA zone; using UTC` }];
  }

  /** Every reader's zone, `lead` first (readerZones). */
  zonesFrom(lead: Target): (string | undefined)[] {
    let zones = this.zoneLists.get(lead);
    if (!zones) {
      zones = readerZones(this.targets, lead, this.hasRecipients);
      this.zoneLists.set(lead, zones);
    }
    return zones;
  }

  /**
   * Several readers with known zones: the coming ends of their working days (five each) that fall
   * inside everyone's hours with at least `minNotice` working hours for everyone, earliest first.
   */
  fitting(minNotice: number): EndOfDay[] {
    let fitting = this.fittingEnds.get(minNotice);
    if (!fitting) {
      const now = this.ctx.now;
      const ends = this.known.flatMap((t) => {
        let d = nextWorkingDate(t.work, civilDateAt(now, t.work.timeZone));
        const list: EndOfDay[] = [];
        for (let i = 0; i < 5; i++, d = nextWorkingDate(t.work, d, true)) list.push({ t, at: endOfWorkday(t.work, d) });
        return list;
      });
      fitting = ends.filter((e) => e.at > now && fitsEveryone(e.at, this.known, now, minNotice)).sort((a, b) => a.at - b.at);
      this.fittingEnds.set(minNotice, fitting);
    }
    return fitting;
  }

  /**
   * Several readers: the ends of their working days on the day of `at` (epoch ms) and the days on
   * either side that fall inside everyone's hours with enough notice — where to look for a time
   * near one written days ahead ("Dec 11 3pm"), which the coming ends of day (`fitting`) miss.
   */
  fittingNear(at: number, minNotice: number): EndOfDay[] {
    const now = this.ctx.now;
    const ends = this.known.flatMap((t) => {
      const day = civilDateAt(at, t.work.timeZone);
      return [addDays(day, -1), day, addDays(day, 1)].filter((d) => isWorkingDate(t.work, d)).map((d) => ({ t, at: endOfWorkday(t.work, d) }));
    });
    return ends.filter((e) => e.at > now && fitsEveryone(e.at, this.known, now, minNotice)).sort((a, b) => a.at - b.at);
  }

  /** The proposal of one fitting end of day, said to everyone with its reader's zone first. */
  proposal(e: EndOfDay): { due: number; phrase: string } {
    e.phrase ??= audiencePhrase(e.at, this.sender, this.zonesFrom(e.t));
    return { due: e.at, phrase: e.phrase };
  }

  /** A vague deadline ("ASAP") reads the same for every phrase: its readers, warnings and choices. */
  vague(): { perRecipient: RecipientDeadline[]; warnings: DeadlineWarning[]; choices: { label: string; replacement: string; note?: string }[] } {
    if (!this.vagueParts) {
      // With several recipients, the choices are made for whoever's working day ends first.
      const { ctx, targets } = this;
      const known = targets.filter((t) => t.zoneKnown);
      const first = known.sort((a, b) => nextEndOfWorkday(a.work, ctx.now) - nextEndOfWorkday(b.work, ctx.now))[0] ?? targets[0]!;
      const choices = vagueChoices(first, targets, ctx, readerZones(targets, first, this.hasRecipients));
      const perRecipient: RecipientDeadline[] = this.hasRecipients
        ? targets.map((t) => ({ person: t.person, zoneKnown: t.zoneKnown, warnings: t.zoneWarning ? [t.zoneWarning] : [] }))
        : [];
      this.vagueParts = { perRecipient, warnings: [...this.levelWarnings(), ...perRecipient.flatMap((p) => p.warnings)], choices };
    }
    return this.vagueParts;
  }
}

/**
 * Applies DEADLINES.md to one reading. `start`/`end` cover the phrase with its "by"/"before".
 * `audience` carries what this context's other deadlines already worked out (made for `ctx` when
 * not given, or given for another context).
 */
export function applyPolicy(
  text: string,
  start: number,
  end: number,
  reading: Reading,
  ctx: AnalysisContext,
  options: DeadlinePolicyOptions = {},
  given?: Audience,
): Deadline {
  const audience = given?.given === ctx ? given : new Audience(ctx);
  const minNotice = options.minNoticeHours ?? 2;
  const choice = chooseZoneMeaning(reading.zone, { senderZone: ctx.sender.timeZone, recipientZones: ctx.recipients.map((p) => p.timeZone) }, ctx.now, options.zoneChoices);
  const r: Reading = choice ? { ...reading, zone: choice.spec } : reading;
  const sender = ctx.sender;
  const { sender: safeSender, ctx: safeCtx, targets, known, hasRecipients } = audience;
  const base = { start, end, text: text.slice(start, end) };

  if (r.vague) {
    const { perRecipient, warnings, choices } = audience.vague();
    return { start, end, text: base.text, kind: 'vague', perRecipient: [...perRecipient], warnings: [...warnings], choices: [...choices] };
  }

  const levelWarnings = audience.levelWarnings();
  const perRecipient: RecipientDeadline[] = [];
  let chosen: Period | undefined;
  let earliest: { due: number; target: Target } | undefined;
  const zonesFrom = (lead: Target) => audience.zonesFrom(lead);
  // Several readers: a time proposed because it has passed is the earliest coming end of day among
  // them all (DEADLINES.md), said to everyone — not one reader's next day, which can be another's night.
  // Any time proposed to a mixed audience fits them all: a passed one becomes the earliest such
  // end of day, one outside someone's hours the such end of day nearest to what was written.
  // Without such an end of day, each reader's own proposal stands.
  const mixed = hasRecipients && known.length > 1;
  for (const target of targets) {
    const result = dueFor(r, target, safeCtx);
    chosen ??= result.chosen;
    const propose: Propose = (code, at) => {
      const fitting = mixed ? audience.fitting(minNotice) : [];
      // Nearest to what was written: among the coming ends of day and those around its own day.
      const near = mixed && code !== 'passed' ? [...fitting, ...audience.fittingNear(result.due, minNotice)] : fitting;
      if (near.length > 0) {
        if (code === 'passed') return audience.proposal(fitting[0]!);
        const nearest = near.reduce((best, e) => (Math.abs(e.at - result.due) < Math.abs(best.at - result.due) ? e : best));
        return audience.proposal(nearest);
      }
      // A time proposed for this reader is said to every reader: this reader's zone first, and
      // the readers it still lands outside the hours of are named (no time suits them all).
      const due = at();
      const note = mixed ? outsideHoursNote(due, known, styleOf(sender)) : undefined;
      const phrase = audiencePhrase(due, safeSender, zonesFrom(target));
      return note ? { due, phrase, note } : { due, phrase };
    };
    const warnings = recipientWarnings(r, target, result.due, safeCtx, minNotice, propose);
    if (hasRecipients) {
      perRecipient.push({
        person: target.person,
        due: result.due,
        ...(target.zoneKnown ? { local: formatLocal(result.due, target.work.timeZone, styleOf(sender)) } : {}),
        zoneKnown: target.zoneKnown,
        warnings,
      });
    } else {
      levelWarnings.push(...warnings);
    }
    // On a tie (one instant for all), the reader in the zone the phrase names leads, so a phrase
    // Handoff wrote ("5:00 PM Tokyo time (9:00 AM Berlin …)") reads back the same.
    const named = r.zone?.kind === 'zone' && target.zoneKnown && target.work.timeZone === r.zone.timeZone;
    if (!earliest || result.due < earliest.due || (result.due === earliest.due && named)) earliest = { due: result.due, target };
  }

  const due = earliest!.due;
  const zone = earliest!.target.zoneKnown ? earliest!.target.work.timeZone : undefined;
  const zones = zonesFrom(earliest!.target);
  const ambiguous = ambiguityWarning(base.text.replace(/^(by|before|until|till|no later than)\s+/i, ''), chosen, safeCtx, earliest?.target, zones);
  if (ambiguous) levelWarnings.unshift(ambiguous);
  const senderChange = clockChangeBetween(safeSender.timeZone, ctx.now, due);
  if (senderChange !== undefined && due > ctx.now && !targets.some((t) => t.zoneKnown && t.work.timeZone === safeSender.timeZone)) {
    levelWarnings.push({ code: 'clock-change', message: `Clocks change in ${cityName(safeSender.timeZone)} on ${monthDay(senderChange, safeSender.timeZone, styleOf(sender).locale)}` });
  }
  const style = styleOf(sender);
  const season = outOfSeasonNote(r.zone, due, (at, tz) => monthDay(at, tz, style.locale));
  if (season) levelWarnings.unshift({ code: 'out-of-season', message: season });
  let alternatives: ZoneAlternative[] | undefined;
  if (choice && r.zone?.kind === 'zone' && r.zone.abbreviation) {
    const abbreviation = r.zone.abbreviation;
    alternatives = choice.others.map((other) => {
      const otherDue = dueFor({ ...r, zone: { ...choice.spec, timeZone: other.timeZone, nominal: other.nominal } }, earliest!.target, safeCtx).due;
      return { abbreviation, zone: other.timeZone, label: other.label, due: otherDue, phrase: audiencePhrase(otherDue, safeSender, zones) };
    });
    if (alternatives.length > 0) {
      const reason =
        choice.because === 'sender' ? 'your zone' : choice.because === 'recipient' ? 'a recipient\'s zone' : choice.because === 'chosen' ? 'your choice' : 'the most common meaning';
      const rest = alternatives.map((a) => a.label).join(' or ');
      levelWarnings.unshift({ code: 'ambiguous-zone', message: `"${abbreviation}" read as ${choice.meaning.label} (${cityName(choice.meaning.timeZone)}), ${reason}; it can also mean ${rest}` });
    }
  }
  const warnings = [...levelWarnings, ...perRecipient.flatMap((p) => p.warnings)];
  const choices = dedupe(
    warnings.flatMap((w) =>
      w.alternative
        ? [
            {
              label: zone ? formatLocal(w.alternative.due, zone, style) : formatLocal(w.alternative.due, safeSender.timeZone, style),
              replacement: w.alternative.phrase,
              ...(w.alternative.note ? { note: w.alternative.note } : {}),
            },
          ]
        : [],
    ),
  );
  // Built field by field rather than from spreads of conditional objects: V8 copies those slowly,
  // and this runs for every deadline of every message.
  const deadline: Deadline = {
    start,
    end,
    text: base.text,
    kind: 'resolved',
    due,
    perRecipient,
    senderLocal: formatSenderTime(due, safeSender.timeZone, zone, style),
    phrase: audiencePhrase(due, safeSender, zones),
    warnings,
    choices,
  };
  if (choice && r.zone?.kind === 'zone' && r.zone.abbreviation) {
    deadline.zoneReading = { abbreviation: r.zone.abbreviation, zone: choice.meaning.timeZone, label: choice.meaning.label, because: choice.because };
  }
  if (alternatives?.length) deadline.alternatives = alternatives;
  // One instant said to readers whose ends of day differ: the earliest can be another's night.
  const phraseNote = mixed ? outsideHoursNote(due, known, style) : undefined;
  if (phraseNote) deadline.phraseNote = phraseNote;
  if (r.zone) deadline.zoneNamed = true;
  return deadline;
}

/**
 * The readers an instant (epoch ms) lands outside the working hours of, by city with their local
 * time: "Outside working hours in Kolkata (8:30 PM Tue, Dec 1)"; undefined when it suits them all.
 * One entry per zone (two readers in Berlin are one "Berlin").
 */
function outsideHoursNote(at: number, readers: readonly Target[], style: ReturnType<typeof styleOf>): string | undefined {
  const seen = new Set<string>();
  const outside: string[] = [];
  for (const t of readers) {
    const zone = t.work.timeZone;
    if (seen.has(zone) || isWithinHours(t.work, at)) continue;
    seen.add(zone);
    outside.push(`${cityName(zone)} (${formatWhen(at, zone, style)})`);
  }
  if (outside.length === 0) return undefined;
  const list = outside.length === 1 ? outside[0] : `${outside.slice(0, -1).join(', ')} and ${outside[outside.length - 1]}`;
  return `Outside working hours in ${list}`;
}

/** Inside every reader's working hours, with at least `minNoticeHours` of their working time before it. */
function fitsEveryone(at: number, readers: readonly Target[], now: number, minNoticeHours: number): boolean {
  return readers.every((t) => isWithinHours(t.work, at) && workingMinutesBetween(t.work, now, at, minNoticeHours * 60) >= minNoticeHours * 60);
}

function dedupe<C extends { replacement: string }>(choices: C[]): C[] {
  const seen = new Set<string>();
  return choices.filter((c) => !seen.has(c.replacement) && seen.add(c.replacement));
}

/**
 * Concrete choices for "ASAP": noon and end of day on the recipient's next working day that still
 * has working time left, then the end of the working day after it.
 */
function vagueChoices(target: Target, readers: readonly Target[], ctx: AnalysisContext, zones: (string | undefined)[]): { label: string; replacement: string; note?: string }[] {
  const w = target.work;
  const { now, sender } = ctx;
  const style = styleOf(sender);
  let day: CivilDate = nextWorkingDate(w, civilDateAt(now, w.timeZone));
  if (endOfWorkday(w, day) <= now) day = nextWorkingDate(w, day, true);
  const after = nextWorkingDate(w, day, true);
  const all = [instantAt(w.timeZone, day, 12), endOfWorkday(w, day), endOfWorkday(w, after)].filter((at) => at > now);
  const others = readers.filter((t) => t.zoneKnown && t !== target);
  let candidates = all;
  if (others.length > 0) {
    // Several readers: the coming ends of day of each of them that fall inside everyone's hours
    // with enough notice for everyone, earliest first.
    const everyone = [target, ...others];
    const ends = everyone.flatMap((t) => {
      let d = nextWorkingDate(t.work, civilDateAt(now, t.work.timeZone));
      const list: number[] = [];
      for (let i = 0; i < 4; i++, d = nextWorkingDate(t.work, d, true)) list.push(endOfWorkday(t.work, d));
      return list;
    });
    const fits = [...new Set(ends)].filter((at) => at > now && fitsEveryone(at, everyone, now, 2)).sort((a, b) => a - b).slice(0, 3);
    if (fits.length > 0) candidates = fits;
  }
  // No end of day suits everyone: the first reader's times stand, and say whom they do not suit.
  const others_ = others.length > 0 ? [target, ...others] : [];
  return candidates.map((at) => {
    const note = others_.length > 0 ? outsideHoursNote(at, others_, style) : undefined;
    const choice = { label: formatLocal(at, w.timeZone, style), replacement: audiencePhrase(at, sender, zones) };
    return note ? { ...choice, note } : choice;
  });
}


/**
 * "on Ana's weekend", "on James' working hours"; a group named with its city ("Readers (Kolkata)")
 * takes no possessive: "on the weekend of Readers (Kolkata)".
 */
function whose(who: string, what: string): string {
  if (/\)$/.test(who)) return `on the ${what} of ${who}`;
  return `on ${who}${/s$/i.test(who) ? "'" : "'s"} ${what}`;
}
