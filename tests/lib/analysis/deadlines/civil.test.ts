/** Civil-date arithmetic by integer maths, against Date's proleptic Gregorian calendar. */
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, isoWeekday, toDayNumber } from '@/lib/analysis/deadlines/civil';

const DAY_MS = 86_400_000;

describe('fromDayNumber and isoWeekday', () => {
  // Compared in a loop and asserted once: 150,000 expect() calls take seconds on a busy machine.
  it('agree with Date from year −700 to 4700 (every 13th day) and on every day of 1899–1901 and 2024–2027', { timeout: 60_000 }, () => {
    const days = [];
    for (let n = -1_000_000; n <= 1_000_000; n += 13) days.push(n);
    for (let n = toDayNumber({ year: 1899, month: 1, day: 1 }); n <= toDayNumber({ year: 1901, month: 12, day: 31 }); n++) days.push(n);
    for (let n = toDayNumber({ year: 2024, month: 1, day: 1 }); n <= toDayNumber({ year: 2027, month: 12, day: 31 }); n++) days.push(n);
    const wrong: string[] = [];
    for (const n of days) {
      const d = new Date(n * DAY_MS);
      const ours = fromDayNumber(n);
      if (ours.year !== d.getUTCFullYear() || ours.month !== d.getUTCMonth() + 1 || ours.day !== d.getUTCDate()) wrong.push(`${n}: ${JSON.stringify(ours)} ≠ ${d.toISOString()}`);
      if (d.getUTCFullYear() >= 100 && isoWeekday(ours) !== (d.getUTCDay() === 0 ? 7 : d.getUTCDay())) wrong.push(`${n}: weekday ${isoWeekday(ours)}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(days.length).toBeGreaterThan(150_000);
  });

  it('leap days and month ends', () => {
    expect(addDays({ year: 2028, month: 2, day: 28 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(addDays({ year: 2100, month: 2, day: 28 }, 1)).toEqual({ year: 2100, month: 3, day: 1 });
    expect(addDays({ year: 2000, month: 2, day: 28 }, 1)).toEqual({ year: 2000, month: 2, day: 29 });
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(isoWeekday({ year: 2026, month: 11, day: 23 })).toBe(1);
    expect(isoWeekday({ year: 1970, month: 1, day: 1 })).toBe(4);
    expect(isoWeekday({ year: 1969, month: 12, day: 28 })).toBe(7);
  });
});
