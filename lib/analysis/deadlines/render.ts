/**
 * How a deadline reads: "5:00 PM Thu, Nov 26 (Berlin)", "11:00 AM my time", and the phrase for a
 * rewrite. Formatters are cached per locale, zone and clock.
 */
import type { Sender } from '@/lib/analysis/types';
import { cityName, civilDateAt } from './zones';
import { sameDate } from './civil';

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

/** "Wednesday, Nov 25" — spelled out where a calendar word could be misread. */
export function formatLongDay(instant: number, timeZone: string, style: RenderStyle): string {
  return plain(formatter(style.locale, timeZone, 'long-day', { weekday: 'long', month: 'short', day: 'numeric' }).format(instant));
}

/** "5:00 PM Thu, Nov 26" */
export function formatWhen(instant: number, timeZone: string, style: RenderStyle): string {
  return `${formatClock(instant, timeZone, style)} ${formatDay(instant, timeZone, style)}`;
}

/** "5:00 PM Thu, Nov 26 (Berlin)" */
export function formatLocal(instant: number, timeZone: string, style: RenderStyle): string {
  return `${formatWhen(instant, timeZone, style)} (${cityName(timeZone)})`;
}

/** "11:00 AM my time", with the day when it differs from the recipient's. */
export function formatSenderTime(instant: number, senderZone: string, otherZone: string | undefined, style: RenderStyle): string {
  const sameDay = otherZone === undefined || sameDate(civilDateAt(instant, senderZone), civilDateAt(instant, otherZone));
  return `${sameDay ? formatClock(instant, senderZone, style) : formatWhen(instant, senderZone, style)} my time`;
}

/**
 * The deadline phrase for a rewrite: "by 5:00 PM Thu, Nov 26 your time (Berlin) — 11:00 AM my time".
 * Same zone as the sender's (or unknown): "by 3:00 PM Fri, Nov 27". Several recipients: "Berlin time".
 */
export function deadlinePhrase(
  due: number,
  sender: Pick<Sender, 'timeZone' | 'locale' | 'hourCycle'>,
  recipientZone: string | undefined,
  manyRecipients = false,
): string {
  const style = styleOf(sender);
  if (!recipientZone || sameWallClock(due, recipientZone, sender.timeZone)) return `by ${formatWhen(due, sender.timeZone, style)}`;
  const theirs = manyRecipients ? `${cityName(recipientZone)} time` : `your time (${cityName(recipientZone)})`;
  return `by ${formatWhen(due, recipientZone, style)} ${theirs} — ${formatSenderTime(due, sender.timeZone, recipientZone, style)}`;
}

function sameWallClock(instant: number, a: string, b: string): boolean {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'short' };
  return a === b || formatter('en-US', a, 'wall', options).format(instant) === formatter('en-US', b, 'wall', options).format(instant);
}
