import type { IsoWeekday, WorkingHours } from '@/lib/analysis/types';
import { optionLabel, type ZoneOption } from '@/components/zone-options';

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
  onHours(hours: WorkingHours): void;
  onHourCycle(cycle: 'auto' | 'h12' | 'h23'): void;
}

export function ZoneHours({ zones, homeZone, workingHours, hourCycle, onZone, onHours, onHourCycle }: ZoneHoursProps) {
  return (
    <section aria-labelledby="zone-title">
      <h2 id="zone-title">Your time zone and working hours</h2>
      <label>
        Home time zone{' '}
        <select aria-label="Home time zone" value={homeZone} onChange={(e) => onZone((e.target as HTMLSelectElement).value)}>
          {/* By city, written first ("Tokyo — Asia/Tokyo"): typing a city in the list finds it. */}
          {zones.map((o) => (
            <option key={o.zone} value={o.zone}>
              {optionLabel(o)}
            </option>
          ))}
        </select>
      </label>
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
