/**
 * How a deadline reads: "5:00 PM Thu, Nov 26 (Berlin)", "11:00 AM my time", and the phrase for a
 * rewrite. Formatters are cached per locale, zone and clock.
 */
import type { Sender } from '@/lib/analysis/types';
import { cityName, sameWallMinute } from './zones';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** `shape` names `options` in the cache key (building the key from the options cost more than the lookup saved). */
function formatter(locale: string, timeZone: string, shape: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${shape}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    formatters.set(key, f);
  }
  return f;
}

// ICU puts a narrow no-break space before AM/PM; plain text reads better in a message.
function plain(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, ' ');
}

export interface RenderStyle {
  locale: string;
  hourCycle?: 'h12' | 'h23';
}

export function styleOf(sender: Pick<Sender, 'locale' | 'hourCycle'>): RenderStyle {
  return { locale: sender.locale ?? 'en-US', ...(sender.hourCycle ? { hourCycle: sender.hourCycle } : {}) };
}

/** "5:00 PM" or "17:00" */
export function formatClock(instant: number, timeZone: string, style: RenderStyle): string {
  const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
  if (style.hourCycle) options.hourCycle = style.hourCycle;
  return plain(formatter(style.locale, timeZone, `clock${style.hourCycle ?? ''}`, options).format(instant));
}

/** "Thu, Nov 26" */
export function formatDay(instant: number, timeZone: string, style: RenderStyle): string {
  return plain(formatter(style.locale, timeZone, 'day', { weekday: 'short', month: 'short', day: 'numeric' }).format(instant));
}

/** "Nov 25", as Intl writes it in `locale` (no spaces made plain). */
export function formatMonthDay(instant: number, timeZone: string, locale: string): string {
  return formatter(locale, timeZone, 'month-day', { month: 'short', day: 'numeric' }).format(instant);
}

/** "Wednesday, Nov 25" — spelled out where a calendar word could be misread. */
export function formatLongDay(instant: number, timeZone: string, style: RenderStyle): string {
  return plain(formatter(style.locale, timeZone, 'long-day', { weekday: 'long', month: 'short', day: 'numeric' }).format(instant));
}

/**
 * Recently rendered "5:00 PM Thu, Nov 26", by locale, clock, zone and second: a deadline's phrases
 * and labels render the same few instants in the same zones many times over.
 */
const whens = new Map<string, string>();

/** "5:00 PM Thu, Nov 26" */
export function formatWhen(instant: number, timeZone: string, style: RenderStyle): string {
  // By the second, not the minute: a zone whose offset has seconds (Monrovia before 1972) turns one UTC minute into two of its own.
  const key = `${style.locale}|${style.hourCycle ?? ''}|${timeZone}|${Math.floor(instant / 1000)}`;
  let when = whens.get(key);
  if (when === undefined) {
    if (whens.size > 4096) whens.clear();
    when = `${formatClock(instant, timeZone, style)} ${formatDay(instant, timeZone, style)}`;
    whens.set(key, when);
  }
  return when;
}

/** "5:00 PM Thu, Nov 26 (Berlin)" */
export function formatLocal(instant: number, timeZone: string, style: RenderStyle): string {
  return `${formatWhen(instant, timeZone, style)} (${cityName(timeZone)})`;
}

/**
 * "11:00 AM Thu, Nov 26 my time (New York)": the sender's clock always with its day and city, so
 * "my time" can never be misread by a reader whose calendar is elsewhere. `_otherZone` is kept for
 * callers of the former signature.
 */
export function formatSenderTime(instant: number, senderZone: string, _otherZone: string | undefined, style: RenderStyle): string {
  return `${formatWhen(instant, senderZone, style)} my time (${cityName(senderZone)})`;
}

/**
 * The deadline phrase for a fix or a rewrite, for everyone who reads the message (DEADLINES.md,
 * "Rendering"). `readers` lists each reader's zone, `undefined` for a reader whose zone is unknown;
 * the reader the instant was chosen for (the earliest end of day) comes first. The zone is never
 * dropped:
 *   one reader          "by 5:00 PM Thu, Nov 26 your time (Berlin) — 11:00 AM Thu, Nov 26 my time (New York)"
 *   readers, one zone   "by 5:00 PM Thu, Nov 26 Berlin time — 11:00 AM Thu, Nov 26 my time (New York)"
 *   several zones       "by 9:00 AM Tue, Nov 24 Berlin time (5:00 PM Tue, Nov 24 Tokyo; 1:30 PM Tue, Nov 24 Kolkata) — 3:00 AM Tue, Nov 24 my time (New York)"
 *   sender's clock      "by 5:00 PM Thu, Nov 26 Berlin time" (every reader reads the sender's clock)
 *   unknown / nobody    "by 11:00 AM Thu, Nov 26 my time (New York)" (the card asks for the zone; never a guess)
 */
export function audiencePhrase(due: number, sender: Pick<Sender, 'timeZone' | 'locale' | 'hourCycle'>, readers: readonly (string | undefined)[]): string {
  const style = styleOf(sender);
  const known: string[] = [];
  for (const zone of readers) {
    if (zone && !known.some((k) => sameWallClock(due, k, zone))) known.push(zone);
  }
  const mine = formatSenderTime(due, sender.timeZone, undefined, style);
  if (known.length === 0) return `by ${mine}`;
  const senderIsReader = known.some((k) => sameWallClock(due, k, sender.timeZone));
  const [lead, ...others] = known as [string, ...string[]];
  const tail = senderIsReader ? '' : ` — ${mine}`;
  if (others.length === 0) {
    if (senderIsReader) return `by ${formatWhen(due, lead, style)} ${cityName(lead)} time`;
    const theirs = readers.length === 1 ? `your time (${cityName(lead)})` : `${cityName(lead)} time`;
    return `by ${formatWhen(due, lead, style)} ${theirs}${tail}`;
  }
  const rest = others.map((z) => `${formatWhen(due, z, style)} ${cityName(z)}`).join('; ');
  return `by ${formatWhen(due, lead, style)} ${cityName(lead)} time (${rest})${tail}`;
}

/** The phrase for one reader's zone (or none known); see `audiencePhrase` for several readers. */
export function deadlinePhrase(
  due: number,
  sender: Pick<Sender, 'timeZone' | 'locale' | 'hourCycle'>,
  recipientZone: string | undefined,
  manyRecipients = false,
): string {
  // Several readers all in this zone: "Berlin time", never "your time".
  return audiencePhrase(due, sender, manyRecipients ? [recipientZone, recipientZone] : [recipientZone]);
}

/** Whether two zones show the same date and time, to the minute, at `instant`. */
function sameWallClock(instant: number, a: string, b: string): boolean {
  if (a === b) return true;
  // From the zones' cached offsets where known; else (or for a zone Intl refuses) as Intl formats them.
  const same = sameWallMinute(instant, a, b);
  if (same !== undefined) return same;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'short' };
  return formatter('en-US', a, 'wall', options).format(instant) === formatter('en-US', b, 'wall', options).format(instant);
}
