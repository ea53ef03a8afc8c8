/** How deadlines read: city names, the sender's clock (12/24-hour), the day when calendars differ. */
import { describe, expect, it } from 'vitest';
import { deadlinePhrase, formatLocal } from '@/lib/analysis/deadlines';
import { audiencePhrase } from '@/lib/analysis/deadlines/render';

const thu17Berlin = Date.parse('2026-11-26T16:00:00Z');

describe('deadlinePhrase', () => {
  it('names the recipient\'s time first, the sender\'s beside it', () => {
    expect(deadlinePhrase(thu17Berlin, { timeZone: 'America/New_York', locale: 'en-US' }, 'Europe/Berlin')).toBe(
      'by 5:00 PM Thu, Nov 26 your time (Berlin) — 11:00 AM Thu, Nov 26 my time (New York)',
    );
  });

  it('follows the sender\'s 24-hour clock', () => {
    expect(deadlinePhrase(thu17Berlin, { timeZone: 'America/New_York', locale: 'en-US', hourCycle: 'h23' }, 'Europe/Berlin')).toBe(
      'by 17:00 Thu, Nov 26 your time (Berlin) — 11:00 Thu, Nov 26 my time (New York)',
    );
    expect(deadlinePhrase(thu17Berlin, { timeZone: 'Europe/London', locale: 'en-GB' }, 'Europe/Berlin')).toBe('by 17:00 Thu 26 Nov your time (Berlin) — 16:00 Thu 26 Nov my time (London)');
  });

  it('adds the sender\'s day when it differs from the recipient\'s', () => {
    expect(deadlinePhrase(thu17Berlin, { timeZone: 'Pacific/Auckland', locale: 'en-US' }, 'Europe/Berlin')).toBe(
      'by 5:00 PM Thu, Nov 26 your time (Berlin) — 5:00 AM Fri, Nov 27 my time (Auckland)',
    );
  });

  it('says it once when both read the same clock, still naming the zone', () => {
    expect(deadlinePhrase(thu17Berlin, { timeZone: 'Europe/Berlin', locale: 'en-US' }, 'Europe/Berlin')).toBe('by 5:00 PM Thu, Nov 26 Berlin time');
    expect(deadlinePhrase(thu17Berlin, { timeZone: 'Europe/Berlin', locale: 'en-US' }, 'Europe/Paris')).toBe('by 5:00 PM Thu, Nov 26 Paris time');
  });

  it('names a zone by its city, for several recipients too', () => {
    expect(deadlinePhrase(thu17Berlin, { timeZone: 'America/New_York', locale: 'en-US' }, 'America/Argentina/Buenos_Aires', true)).toBe(
      'by 1:00 PM Thu, Nov 26 Buenos Aires time — 11:00 AM Thu, Nov 26 my time (New York)',
    );
    expect(formatLocal(thu17Berlin, 'Asia/Kathmandu', { locale: 'en-US' })).toBe('9:45 PM Thu, Nov 26 (Kathmandu)');
  });
});

describe('audiencePhrase: one instant, every reader\'s city, never a dropped zone', () => {
  const ny = { timeZone: 'America/New_York', locale: 'en-US' };
  it('three readers in three zones: the first reader\'s city leads, the others in brackets, "my time" with its day', () => {
    expect(audiencePhrase(thu17Berlin, ny, ['Europe/Berlin', 'Asia/Tokyo', 'Asia/Kolkata'])).toBe(
      'by 5:00 PM Thu, Nov 26 Berlin time (1:00 AM Fri, Nov 27 Tokyo; 9:30 PM Thu, Nov 26 Kolkata) — 11:00 AM Thu, Nov 26 my time (New York)',
    );
  });
  it('never says "your time" to several readers, even in one zone', () => {
    expect(audiencePhrase(thu17Berlin, ny, ['Europe/Berlin', 'Europe/Berlin'])).not.toContain('your time');
  });
  it('an unknown reader: the sender\'s city, never a guess', () => {
    expect(audiencePhrase(thu17Berlin, ny, [undefined])).toBe('by 11:00 AM Thu, Nov 26 my time (New York)');
    expect(audiencePhrase(thu17Berlin, ny, [])).toBe('by 11:00 AM Thu, Nov 26 my time (New York)');
  });
  it('the sender among the readers\' zones: no separate "my time"', () => {
    expect(audiencePhrase(thu17Berlin, ny, ['America/New_York', 'Europe/Berlin'])).toBe('by 11:00 AM Thu, Nov 26 New York time (5:00 PM Thu, Nov 26 Berlin)');
  });
});
