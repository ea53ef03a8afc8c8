/** How deadlines read: city names, the sender's clock (12/24-hour), the day when calendars differ. */
import { describe, expect, it } from 'vitest';
import { deadlinePhrase, formatLocal } from '@/lib/analysis/deadlines';

const thu17Berlin = Date.parse('2026-11-26T16:00:00Z');

describe('deadlinePhrase', () => {
  it('names the recipient\'s time first, the sender\'s beside it', () => {
    expect(deadlinePhrase(thu17Berlin, { timeZone: 'America/New_York', locale: 'en-US' }, 'Europe/Berlin')).toBe(
      'by 5:00 PM Thu, Nov 26 your time (Berlin) — 11:00 AM my time',
    );
  });

  it('follows the sender\'s 24-hour clock', () => {
    expect(deadlinePhrase(thu17Berlin, { timeZone: 'America/New_York', locale: 'en-US', hourCycle: 'h23' }, 'Europe/Berlin')).toBe(
      'by 17:00 Thu, Nov 26 your time (Berlin) — 11:00 my time',
    );
    expect(deadlinePhrase(thu17Berlin, { timeZone: 'Europe/London', locale: 'en-GB' }, 'Europe/Berlin')).toBe('by 17:00 Thu 26 Nov your time (Berlin) — 16:00 my time');
  });

  it('adds the sender\'s day when it differs from the recipient\'s', () => {
    expect(deadlinePhrase(thu17Berlin, { timeZone: 'Pacific/Auckland', locale: 'en-US' }, 'Europe/Berlin')).toBe(
      'by 5:00 PM Thu, Nov 26 your time (Berlin) — 5:00 AM Fri, Nov 27 my time',
    );
  });

  it('says it once when both read the same clock', () => {
    expect(deadlinePhrase(thu17Berlin, { timeZone: 'Europe/Berlin', locale: 'en-US' }, 'Europe/Berlin')).toBe('by 5:00 PM Thu, Nov 26');
    expect(deadlinePhrase(thu17Berlin, { timeZone: 'Europe/Berlin', locale: 'en-US' }, 'Europe/Paris')).toBe('by 5:00 PM Thu, Nov 26');
  });

  it('names a zone by its city, for several recipients too', () => {
    expect(deadlinePhrase(thu17Berlin, { timeZone: 'America/New_York', locale: 'en-US' }, 'America/Argentina/Buenos_Aires', true)).toBe(
      'by 1:00 PM Thu, Nov 26 Buenos Aires time — 11:00 AM my time',
    );
    expect(formatLocal(thu17Berlin, 'Asia/Kathmandu', { locale: 'en-US' })).toBe('9:45 PM Thu, Nov 26 (Kathmandu)');
  });
});
