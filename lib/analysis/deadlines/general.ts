/**
 * The general date/time grammar ("the day after tomorrow", "Feb 15 2014 at 4pm", "3:30 to 6 PM",
 * holidays) from chrono-node; our own families take precedence where both read the same words.
 * chrono reads in a fixed UTC offset, so we keep only its wall-clock components and apply the IANA
 * zone ourselves.
 */
import { en, type ParsedComponents } from 'chrono-node';
import { monthFirst } from './families/numeric-dates';
import type { Reading } from './reading';
import type { Grain } from './types';
import { offsetMinutes } from './zones';

function dateGrain(c: ParsedComponents): Grain | undefined {
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return undefined;
}

function piece(c: ParsedComponents, text: string, start: number, end: number): Reading | undefined {
  const grain = dateGrain(c);
  const hasTime = c.isCertain('hour');
  if (!grain && !hasTime) return undefined;
  const reading: Reading = { start, end, family: 'general', own: false };
  if (grain) {
    reading.date = {
      kind: 'civil',
      date: { year: c.get('year') ?? 1970, month: c.get('month') ?? 1, day: c.get('day') ?? 1 },
      grain,
      certain: true,
    };
  }
  if (hasTime) {
    const minute = c.get('minute') ?? 0;
    const statedMinutes = c.isCertain('minute') && (minute !== 0 || /\d[:.h]\d\d|\boh\b|past|to\b|quarter|half/i.test(text));
    const statedSeconds = c.isCertain('second') && /\d:\d\d:\d\d/.test(text);
    reading.time = statedSeconds
      ? { kind: 'clock', hour: c.get('hour') ?? 0, minute, second: c.get('second') ?? 0, grain: 'second' }
      : { kind: 'clock', hour: c.get('hour') ?? 0, minute, grain: statedMinutes ? 'minute' : 'hour' };
    if (c.isCertain('timezoneOffset')) reading.zone = { kind: 'offset', minutes: c.get('timezoneOffset') ?? 0 };
  }
  return reading;
}

/** Lower-case words chrono-node reads as dates that are far more often plain English ("the sun", "may"). */
const COMMON_WORDS = /^(?:sun|sat|wed|mon|may|march|second|fall|spring)$/;

/** "a minute", "for 1 hour", "2 day": a length of time, not a point in time. */
const BARE_DURATION = /^(?:for\s+)?(?:a|an|one|two|three|few|a\s+few|several|\d+)\s+(?:more\s+)?(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)$/i;
/** Something that names a time: a digit, a calendar or clock word. chrono-node reads "the HR" as an hour. */
const TIME_WORD =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|day|days|week|weeks|weekend|month|months|year|years|noon|midnight|night|morning|afternoon|evening|tonight|today|tomorrow|yesterday|now|christmas|xmas|new\s+year|quarter|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)/i;

export function readGeneral(text: string, now: number, timeZone: string, locale?: string): Reading[] {
  const parser = monthFirst(locale) ? en.casual : en.GB;
  const results = parser.parse(text, { instant: new Date(now), timezone: offsetMinutes(now, timeZone) }, { forwardDate: true });
  const readings: Reading[] = [];
  for (const result of results) {
    if (COMMON_WORDS.test(result.text) || BARE_DURATION.test(result.text) || !TIME_WORD.test(result.text)) continue;
    // Part of a phone number or an id ("call us at 1-800-548-9554").
    const after = text.slice(result.index + result.text.length, result.index + result.text.length + 1);
    const before = text.slice(Math.max(0, result.index - 1), result.index);
    if (/[-/\d]/.test(after) || /[-/\d]/.test(before)) continue;
    const start = result.index;
    const end = result.index + result.text.length;
    const reading = piece(result.start, result.text, start, end);
    if (!reading) continue;
    if (result.end) {
      const until = piece(result.end, result.text, start, end);
      if (until) reading.until = until;
    }
    readings.push(reading);
  }
  return readings;
}
