/**
 * Zones named beside a time: "3pm CET", "10am PT", "5pm your time" (the recipient's), "my time"
 * (the sender's), "9am Berlin time". A zone word only counts when it follows a time (compose.ts).
 */
import { scan, type Reading, type ZoneSpec } from './reading';
import { zoneForCity } from './zones';

/** Abbreviations of a fixed offset, in minutes east of UTC. */
const FIXED: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, IST: 330, CET: 60, CEST: 120, WEST: 60, EET: 120, EEST: 180, MSK: 180,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, AKDT: -480,
  HST: -600, JST: 540, KST: 540, SGT: 480, HKT: 480, AEST: 600, AEDT: 660, ACST: 570, AWST: 480, NZST: 720, NZDT: 780,
};

/** Generic abbreviations that follow the zone's clock changes. */
const GENERIC: Record<string, string> = {
  ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles',
};

/** "Pacific time", "Eastern": the US zone names people write out. */
const REGIONS: Record<string, string> = {
  eastern: 'America/New_York', central: 'America/Chicago', mountain: 'America/Denver', pacific: 'America/Los_Angeles',
};

const ABBREVIATIONS = [...Object.keys(FIXED), ...Object.keys(GENERIC)].filter((a) => a !== 'Z').join('|');

const PATTERN = new RegExp(
  String.raw`\b(?:(your|their|his|her|my|our)\s+time|(${ABBREVIATIONS})(?:\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\b|(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b|([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+time)`,
  'g',
);

function zoneOf(m: RegExpExecArray): ZoneSpec | undefined {
  const [, owner, abbreviation, sign, hours, minutes, utcSign, utcHours, utcMinutes, city] = m;
  if (owner) return owner.toLowerCase() === 'my' || owner.toLowerCase() === 'our' ? { kind: 'sender' } : { kind: 'recipient' };
  if (abbreviation) {
    const base = FIXED[abbreviation];
    if (base === undefined) return { kind: 'zone', timeZone: GENERIC[abbreviation] ?? 'UTC' };
    const shift = sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes ?? 0)) : 0;
    return { kind: 'offset', minutes: base + shift };
  }
  if (utcSign) return { kind: 'offset', minutes: (utcSign === '-' ? -1 : 1) * (Number(utcHours) * 60 + Number(utcMinutes ?? 0)) };
  const zone = city ? (REGIONS[city.toLowerCase()] ?? zoneForCity(city)) : undefined;
  return zone ? { kind: 'zone', timeZone: zone } : undefined;
}

export function readZoneWords(text: string): Reading[] {
  return scan(text, PATTERN, (m) => {
    const zone = zoneOf(m);
    return zone ? { start: m.index, end: m.index + m[0].length, family: 'zone-words', zone } : undefined;
  });
}
