/**
 * The one seam between the rituals and the deadline layer: every zone, calendar and rendering helper
 * the rituals use comes through here, so when lib/analysis/deadlines/ is reorganised only this file's
 * import paths change. Pure re-exports; no clock.
 */
export { isValidZone, wallClock, civilDateAt, instantAt, cityName, clockChangeBetween, offsetMinutes } from '@/lib/analysis/deadlines/zones';
export { addDays, isoWeekday, toDayNumber, type CivilDate } from '@/lib/analysis/deadlines/civil';
export { formatClock, formatLongDay, formatDay, styleOf, type RenderStyle } from '@/lib/analysis/deadlines/render';
export { DEFAULT_WORKING_HOURS, type WorkingHours, type IsoWeekday } from '@/lib/analysis/types';
