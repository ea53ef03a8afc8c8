/** parseTimes: every phrase family, offsets into the text, certainty, zones and clock changes. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTimes, type ParseOptions } from '@/lib/analysis/deadlines';

// Mon 2026-11-23 14:00 in New York.
const now = Date.parse('2026-11-23T19:00:00Z');
const NY = { now, timeZone: 'America/New_York', locale: 'en-US' };

function one(text: string, opts: ParseOptions = NY) {
  const found = parseTimes(text, opts);
  expect(found, text).toHaveLength(1);
  return found[0]!;
}

describe('phrase families', () => {
  it.each([
    // text, value, grain, family
    ['EOD', '2026-11-23T17:00:00-05:00', 'minute', 'end-of-day'],
    ['COB tomorrow', '2026-11-24T17:00:00-05:00', 'minute', 'end-of-day'],
    ['close of business Friday', '2026-11-27T17:00:00-05:00', 'minute', 'end-of-day'],
    ['end of this week', '2026-11-27T00:00:00-05:00', 'day', 'end-of-week'],
    ['EOM', '2026-11-21T00:00:00-05:00', 'day', 'end-of-month'],
    ['first thing', '2026-11-23T09:00:00-05:00', 'minute', 'start-of-day'],
    ['tomorrow morning', '2026-11-24T00:00:00-05:00', 'hour', 'start-of-day'],
    ['noon', '2026-11-23T12:00:00-05:00', 'hour', 'named-times'],
    ['tonight', '2026-11-23T18:00:00-05:00', 'hour', 'named-times'],
    ['3pm', '2026-11-23T15:00:00-05:00', 'hour', 'clock-times'],
    ['15:30', '2026-11-23T15:30:00-05:00', 'minute', 'clock-times'],
    ['3:30 p.m.', '2026-11-23T15:30:00-05:00', 'minute', 'clock-times'],
    ['eight tonight', '2026-11-23T20:00:00-05:00', 'hour', 'clock-times'],
    ['at 3p', '2026-11-23T15:00:00-05:00', 'hour', 'clock-times'],
    ['this afternoon at 4', '2026-11-23T16:00:00-05:00', 'hour', 'clock-times'],
    ['a quarter past noon', '2026-11-24T12:15:00-05:00', 'minute', 'clock-times'],
    ['tomorrow', '2026-11-24T00:00:00-05:00', 'day', 'day-words'],
    ['Monday', '2026-11-23T00:00:00-05:00', 'day', 'day-words'],
    ['this Friday', '2026-11-27T00:00:00-05:00', 'day', 'day-words'],
    ['next Tuesday at 3pm', '2026-12-01T15:00:00-05:00', 'hour', 'clock-times'],
    ['Nov 30', '2026-11-30T00:00:00-05:00', 'day', 'calendar-dates'],
    ['30 November 2027', '2027-11-30T00:00:00-05:00', 'day', 'calendar-dates'],
    ['the 15th', '2026-12-15T00:00:00-05:00', 'day', 'calendar-dates'],
    ['11/30', '2026-11-30T00:00:00-05:00', 'day', 'numeric-dates'],
    ['2026-12-01', '2026-12-01T00:00:00-05:00', 'day', 'numeric-dates'],
    ['in 2 hours', '2026-11-23T16:00:00-05:00', 'minute', 'relative'],
    ['in 3 days', '2026-11-26T14:00:00-05:00', 'hour', 'relative'],
    ['next week', '2026-11-30T00:00:00-05:00', 'week', 'period-words'],
    ['next 3 days', '2026-11-24T00:00:00-05:00', 'day', 'period-words'],
    ['the day after tomorrow', '2026-11-25T00:00:00-05:00', 'day', 'day-words'],
  ])('%s → %s (%s, %s)', (text, value, grain, family) => {
    const m = one(text);
    expect(m).toMatchObject({ text, start: 0, end: text.length, value, grain, family });
  });

  it('finds vague phrases without inventing a time', () => {
    expect(one('ASAP').family).toBe('vague');
    expect(one('at your earliest convenience').family).toBe('vague');
  });

  it('finds nothing in a message without a time', () => {
    expect(parseTimes('Thanks for the update, the numbers look right to me.', NY)).toEqual([]);
    expect(parseTimes('I may send the sun emoji.', NY)).toEqual([]);
    expect(parseTimes('Form 3a is attached.', NY)).toEqual([]);
  });
});

describe('offsets and certainty', () => {
  it('reports each mention with its offsets in the text', () => {
    const text = 'Can you send it EOD Thursday, or by Friday 3pm at the latest?';
    const found = parseTimes(text, NY);
    // "at the latest" belongs to the phrase: a rewrite replaces it too, leaving no orphan words.
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['EOD Thursday', 'Friday 3pm at the latest']);
    expect(found.map((m) => m.text)).toEqual(['EOD Thursday', 'Friday 3pm at the latest']);
  });

  it('says which parts were stated', () => {
    expect(one('Friday 3pm').certain).toEqual({ date: true, time: true });
    expect(one('3pm').certain).toEqual({ date: false, time: true });
    expect(one('Friday').certain).toEqual({ date: true, time: false });
  });

  it('gives ranges an end', () => {
    const m = one('9:30 - 11:00 on Thursday');
    expect(m.value).toBe('2026-11-26T09:30:00-05:00');
    expect(m.valueEnd).toBe('2026-11-26T11:00:00-05:00');
  });
});

describe('zones', () => {
  it('reads a named zone beside a clock time', () => {
    // 3pm CET has passed (it is 20:00 in CET): the next 3pm CET is tomorrow.
    expect(one('3pm CET').value).toBe('2026-11-24T09:00:00-05:00');
    expect(one('10am PT tomorrow').value).toBe('2026-11-24T13:00:00-05:00');
    expect(one('9am Berlin time').value).toBe('2026-11-24T03:00:00-05:00');
    expect(one('8:00 AM Pacific time tomorrow').value).toBe('2026-11-24T11:00:00-05:00');
    expect(one('5pm UTC+5:30').value).toBe('2026-11-24T06:30:00-05:00');
  });

  it('reads a city by the name IANA gives it now, though Intl still lists the zone by its old one', () => {
    // Intl (Chromium, Node) lists Asia/Calcutta and Europe/Kiev; people, and Handoff's own phrases, write Kolkata and Kyiv.
    expect(one('3pm Kolkata time').value).toBe('2026-11-24T04:30:00-05:00');
    expect(one('3pm Calcutta time').value).toBe('2026-11-24T04:30:00-05:00');
    expect(one('9am Kyiv time tomorrow').value).toBe('2026-11-24T02:00:00-05:00');
  });

  it('resolves in the zone it is given, offsets included', () => {
    expect(one('tomorrow 9am', { now, timeZone: 'Asia/Kathmandu' }).value).toBe('2026-11-25T09:00:00+05:45');
    expect(one('tomorrow 9am', { now, timeZone: 'Pacific/Chatham' }).value).toBe('2026-11-25T09:00:00+13:45');
    expect(one('tomorrow 9am', { now, timeZone: 'America/St_Johns' }).value).toBe('2026-11-24T09:00:00-03:30');
  });

  it('reads numeric dates in the writer\'s order', () => {
    expect(one('3/4/2027', { ...NY, locale: 'en-US' }).value).toBe('2027-03-04T00:00:00-05:00');
    expect(one('3/4/2027', { ...NY, locale: 'en-GB' }).value).toBe('2027-04-03T00:00:00-04:00');
  });

  it('returns nothing for an invalid zone instead of throwing', () => {
    expect(parseTimes('tomorrow', { now, timeZone: 'Nowhere/Land' })).toEqual([]);
  });
});

describe('clock changes', () => {
  const mar7 = Date.parse('2026-03-07T17:00:00Z');
  it('a skipped wall time moves forward by the gap (New York, Mar 8)', () => {
    expect(one('tomorrow 2:30am', { now: mar7, timeZone: 'America/New_York' }).value).toBe('2026-03-08T03:30:00-04:00');
  });
  it('a repeated wall time is the first one (New York, Nov 1)', () => {
    expect(one('tomorrow 1:30am', { now: Date.parse('2026-10-31T17:00:00Z'), timeZone: 'America/New_York' }).value).toBe('2026-11-01T01:30:00-04:00');
  });
  it('"in 24 hours" across Berlin\'s Mar 29 change is 24 real hours', () => {
    const sat = Date.parse('2026-03-28T12:00:00Z');
    expect(one('in 24 hours', { now: sat, timeZone: 'Europe/Berlin' }).value).toBe('2026-03-29T14:00:00+02:00');
  });
  it('Lord Howe\'s 30-minute change', () => {
    const oct3 = Date.parse('2026-10-03T03:00:00Z');
    expect(one('tomorrow 2:15am', { now: oct3, timeZone: 'Australia/Lord_Howe' }).value).toBe('2026-10-04T02:45:00+11:00');
    expect(one('tomorrow 5pm', { now: oct3, timeZone: 'Australia/Lord_Howe' }).value).toBe('2026-10-04T17:00:00+11:00');
  });
});

describe('the deadline layer stays pure and light', () => {
  const dir = join(import.meta.dirname, '..', '..', '..', '..', 'lib', 'analysis', 'deadlines');
  const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);
  it.each(sources)('%s reads no clock, no machine zone and no compromise', (_file, source) => {
    expect(source).not.toMatch(/Date\.now\(|new Date\(\)|process\.env|from 'compromise'|getTimezoneOffset|resolvedOptions\(\)\.timeZone/);
  });
});
