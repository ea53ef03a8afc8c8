import type { IsoWeekday, WorkingHours } from '@/lib/analysis/types';
import { useEffect, useState } from 'preact/hooks';
import { cityIn, type ZoneOption } from '@/components/zone-options';
import type { ZoneReading } from '@/lib/storage/zone-names';

const DAYS: { day: IsoWeekday; label: string }[] = [
  { day: 1, label: 'Mon' },
  { day: 2, label: 'Tue' },
  { day: 3, label: 'Wed' },
  { day: 4, label: 'Thu' },
  { day: 5, label: 'Fri' },
  { day: 6, label: 'Sat' },
  { day: 7, label: 'Sun' },
];

export interface ZoneHoursProps {
  /** Every zone to pick from, sorted by city. */
  zones: readonly ZoneOption[];
  homeZone: string;
  workingHours: WorkingHours;
  hourCycle: 'auto' | 'h12' | 'h23';
  onZone(zone: string): void;
  /** The one reading of a typed zone (a city, a country, an IANA name), with a message when it names none. */
  readZone(text: string): ZoneReading;
  onHours(hours: WorkingHours): void;
  onHourCycle(cycle: 'auto' | 'h12' | 'h23'): void;
}

export function ZoneHours({ zones, homeZone, workingHours, hourCycle, onZone, readZone, onHours, onHourCycle }: ZoneHoursProps) {
  // Typed, not picked from a list: a list's type-ahead saved "Muscat" for a user typing "Mumbai".
  // Saved on Enter or when the field is left, once it reads as a zone; the stored zone shows otherwise.
  const [text, setText] = useState(homeZone);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setText(homeZone), [homeZone]);
  const commit = () => {
    const typed = text.trim();
    if (!typed || typed === homeZone) return setProblem(null);
    const reading = readZone(typed);
    if (!reading.ok) return setProblem(reading.message);
    setProblem(null);
    setText(reading.timeZone);
    if (reading.timeZone !== homeZone) onZone(reading.timeZone);
  };
  return (
    <section aria-labelledby="zone-title">
      <h2 id="zone-title">Your time zone and working hours</h2>
      <label>
        Home time zone{' '}
        <input
          type="text"
          list="home-zones"
          aria-label="Home time zone"
          aria-describedby="home-zone-said"
          placeholder="Your city, e.g. Berlin"
          value={text}
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
          onChange={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.isComposing) {
              e.preventDefault();
              commit();
            }
          }}
        />
        <datalist id="home-zones">
          {zones.map((o) => (
            <option key={o.zone} value={o.zone} label={o.city} />
          ))}
        </datalist>{' '}
        <small id="home-zone-said">{cityIn(zones, homeZone)}</small>
      </label>
      {problem && <p role="alert">{problem}</p>}
      <p>
        <label>
          Working day starts <input type="time" aria-label="Working day starts" value={workingHours.start} onChange={(e) => onHours({ ...workingHours, start: (e.target as HTMLInputElement).value })} />
        </label>{' '}
        <label>
          ends <input type="time" aria-label="Working day ends" value={workingHours.end} onChange={(e) => onHours({ ...workingHours, end: (e.target as HTMLInputElement).value })} />
        </label>
      </p>
      <fieldset>
        <legend>Working days</legend>
        {DAYS.map(({ day, label }) => (
          <label key={day}>
            <input
              type="checkbox"
              checked={workingHours.days.includes(day)}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                const days = on ? [...workingHours.days, day].sort() : workingHours.days.filter((d) => d !== day);
                onHours({ ...workingHours, days: days as IsoWeekday[] });
              }}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label>
        Clock{' '}
        <select aria-label="Clock" value={hourCycle} onChange={(e) => onHourCycle((e.target as HTMLSelectElement).value as ZoneHoursProps['hourCycle'])}>
          <option value="auto">As my locale writes it</option>
          <option value="h12">12-hour (3:30 PM)</option>
          <option value="h23">24-hour (15:30)</option>
        </select>
      </label>
    </section>
  );
}
