/**
 * Zones named beside a time: "3pm CET", "10am PT", "5pm your time" (the recipient's), "my time"
 * (the sender's), "9am Berlin time", "3pm India time", "3pm UK time", "3pm Eastern". A zone word
 * only counts when it follows a time (compose.ts).
 *
 * An abbreviation names a region's clock and the offset it has in one season ("PST" = Los Angeles
 * at UTC−8). It is read as the region's clock, so "5pm PST" on a July date is 5 PM in Los Angeles
 * (then UTC−7) and the deadline says so (policy.ts). Abbreviations with several meanings (IST:
 * India, Ireland, Israel; CST; BST; AST) carry every meaning; the people involved choose among
 * them (policy.ts), and the other meanings are offered as one-click alternatives.
 * Sources: the tz database's abbreviations (IANA tzdata, zone1970.tab / "northamerica", "europe",
 * "asia" files) for which regions use each abbreviation.
 */
import type { Family } from '../family';
import { scan, type Reading, type ZoneMeaning, type ZoneSpec } from '../reading';
import { isValidZone, zoneForCity } from '../zones';

const m = (timeZone: string, label: string, nominal: number, where?: string[]): ZoneMeaning => ({ timeZone, label, nominal, ...(where ? { where } : {}) });

/** Abbreviation → its meanings, the most common first (the default when no one involved points elsewhere). */
export const ABBREVIATIONS: Record<string, ZoneMeaning[]> = {
  EST: [m('America/New_York', 'US Eastern Standard Time', -300)],
  EDT: [m('America/New_York', 'US Eastern Daylight Time', -240)],
  CST: [m('America/Chicago', 'US Central Standard Time', -360, ['America/']), m('Asia/Shanghai', 'China Standard Time', 480, ['Asia/']), m('America/Havana', 'Cuba Standard Time', -300)],
  CDT: [m('America/Chicago', 'US Central Daylight Time', -300, ['America/']), m('America/Havana', 'Cuba Daylight Time', -240)],
  MST: [m('America/Denver', 'US Mountain Standard Time', -420, ['America/']), m('America/Phoenix', 'Arizona (Mountain Standard Time all year)', -420)],
  MDT: [m('America/Denver', 'US Mountain Daylight Time', -360)],
  PST: [m('America/Los_Angeles', 'US Pacific Standard Time', -480, ['America/']), m('Asia/Manila', 'Philippine Standard Time', 480)],
  PDT: [m('America/Los_Angeles', 'US Pacific Daylight Time', -420)],
  AKST: [m('America/Anchorage', 'Alaska Standard Time', -540)],
  AKDT: [m('America/Anchorage', 'Alaska Daylight Time', -480)],
  HST: [m('Pacific/Honolulu', 'Hawaii Standard Time', -600)],
  AST: [m('America/Halifax', 'Atlantic Standard Time', -240, ['America/', 'Atlantic/Bermuda']), m('Asia/Riyadh', 'Arabia Standard Time', 180, ['Asia/'])],
  ADT: [m('America/Halifax', 'Atlantic Daylight Time', -180)],
  NST: [m('America/St_Johns', 'Newfoundland Standard Time', -210)],
  GMT: [m('UTC', 'Greenwich Mean Time', 0)],
  UTC: [m('UTC', 'Coordinated Universal Time', 0)],
  BST: [m('Europe/London', 'British Summer Time', 60, ['Europe/London', 'Europe/Belfast', 'Europe/Guernsey', 'Europe/Jersey', 'Europe/Isle_of_Man']), m('Asia/Dhaka', 'Bangladesh Standard Time', 360)],
  IST: [m('Asia/Kolkata', 'India Standard Time', 330, ['Asia/Kolkata', 'Asia/Calcutta', 'Asia/Colombo']), m('Europe/Dublin', 'Irish Standard Time', 60), m('Asia/Jerusalem', 'Israel Standard Time', 120, ['Asia/Jerusalem', 'Asia/Tel_Aviv'])],
  WET: [m('Europe/Lisbon', 'Western European Time', 0)],
  WEST: [m('Europe/Lisbon', 'Western European Summer Time', 60)],
  CET: [m('Europe/Berlin', 'Central European Time', 60)],
  CEST: [m('Europe/Berlin', 'Central European Summer Time', 120)],
  EET: [m('Europe/Athens', 'Eastern European Time', 120)],
  EEST: [m('Europe/Athens', 'Eastern European Summer Time', 180)],
  MSK: [m('Europe/Moscow', 'Moscow Time', 180)],
  SAST: [m('Africa/Johannesburg', 'South Africa Standard Time', 120)],
  WAT: [m('Africa/Lagos', 'West Africa Time', 60)],
  EAT: [m('Africa/Nairobi', 'East Africa Time', 180)],
  GST: [m('Asia/Dubai', 'Gulf Standard Time', 240)],
  PKT: [m('Asia/Karachi', 'Pakistan Standard Time', 300)],
  ICT: [m('Asia/Bangkok', 'Indochina Time', 420)],
  WIB: [m('Asia/Jakarta', 'Western Indonesia Time', 420)],
  SGT: [m('Asia/Singapore', 'Singapore Time', 480)],
  HKT: [m('Asia/Hong_Kong', 'Hong Kong Time', 480)],
  PHT: [m('Asia/Manila', 'Philippine Time', 480)],
  JST: [m('Asia/Tokyo', 'Japan Standard Time', 540)],
  KST: [m('Asia/Seoul', 'Korea Standard Time', 540)],
  AWST: [m('Australia/Perth', 'Australian Western Standard Time', 480)],
  ACST: [m('Australia/Adelaide', 'Australian Central Standard Time', 570, ['Australia/']), m('Australia/Darwin', 'Darwin (Central Standard Time all year)', 570)],
  ACDT: [m('Australia/Adelaide', 'Australian Central Daylight Time', 630)],
  AEST: [m('Australia/Sydney', 'Australian Eastern Standard Time', 600, ['Australia/']), m('Australia/Brisbane', 'Brisbane (Eastern Standard Time all year)', 600)],
  AEDT: [m('Australia/Sydney', 'Australian Eastern Daylight Time', 660)],
  NZST: [m('Pacific/Auckland', 'New Zealand Standard Time', 720)],
  NZDT: [m('Pacific/Auckland', 'New Zealand Daylight Time', 780)],
  BRT: [m('America/Sao_Paulo', 'Brasília Time', -180)],
};

/** Generic abbreviations that follow the zone's clock changes. */
const GENERIC: Record<string, string> = {
  ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles', AT: 'America/Halifax', UK: 'Europe/London',
};

/** "Pacific time", "Eastern", "India time", "UK time": regions and countries people name (one zone each, the most populous). */
const REGIONS: Record<string, string> = {
  eastern: 'America/New_York', central: 'America/Chicago', mountain: 'America/Denver', pacific: 'America/Los_Angeles', atlantic: 'America/Halifax',
  alaska: 'America/Anchorage', hawaii: 'Pacific/Honolulu', arizona: 'America/Phoenix',
  uk: 'Europe/London', britain: 'Europe/London', british: 'Europe/London', england: 'Europe/London', ireland: 'Europe/Dublin', irish: 'Europe/Dublin',
  india: 'Asia/Kolkata', indian: 'Asia/Kolkata', israel: 'Asia/Jerusalem', china: 'Asia/Shanghai', beijing: 'Asia/Shanghai', japan: 'Asia/Tokyo',
  korea: 'Asia/Seoul', germany: 'Europe/Berlin', german: 'Europe/Berlin', france: 'Europe/Paris', french: 'Europe/Paris', spain: 'Europe/Madrid',
  italy: 'Europe/Rome', netherlands: 'Europe/Amsterdam', dutch: 'Europe/Amsterdam', poland: 'Europe/Warsaw', sweden: 'Europe/Stockholm',
  switzerland: 'Europe/Zurich', greece: 'Europe/Athens', turkey: 'Europe/Istanbul', ukraine: 'Europe/Kyiv', portugal: 'Europe/Lisbon',
  pakistan: 'Asia/Karachi', bangladesh: 'Asia/Dhaka', vietnam: 'Asia/Ho_Chi_Minh', thailand: 'Asia/Bangkok', philippines: 'Asia/Manila',
  indonesia: 'Asia/Jakarta', nigeria: 'Africa/Lagos', kenya: 'Africa/Nairobi', egypt: 'Africa/Cairo', 'south africa': 'Africa/Johannesburg',
  uae: 'Asia/Dubai', dubai: 'Asia/Dubai', 'new zealand': 'Pacific/Auckland', nz: 'Pacific/Auckland', mexico: 'America/Mexico_City',
  colombia: 'America/Bogota', peru: 'America/Lima', chile: 'America/Santiago', argentina: 'America/Argentina/Buenos_Aires', brazil: 'America/Sao_Paulo',
  bangalore: 'Asia/Kolkata', bengaluru: 'Asia/Kolkata', mumbai: 'Asia/Kolkata', delhi: 'Asia/Kolkata', 'new delhi': 'Asia/Kolkata', hyderabad: 'Asia/Kolkata',
  chennai: 'Asia/Kolkata', pune: 'Asia/Kolkata', 'tel aviv': 'Asia/Jerusalem', 'san francisco': 'America/Los_Angeles', sf: 'America/Los_Angeles',
  seattle: 'America/Los_Angeles', 'bay area': 'America/Los_Angeles', boston: 'America/New_York', 'washington dc': 'America/New_York', dc: 'America/New_York',
  atlanta: 'America/New_York', miami: 'America/New_York', austin: 'America/Chicago', dallas: 'America/Chicago', houston: 'America/Chicago',
  munich: 'Europe/Berlin', frankfurt: 'Europe/Berlin', hamburg: 'Europe/Berlin', barcelona: 'Europe/Madrid', geneva: 'Europe/Zurich',
  'hong kong': 'Asia/Hong_Kong', hk: 'Asia/Hong_Kong', nyc: 'America/New_York', 'new york': 'America/New_York', la: 'America/Los_Angeles',
};

/** Region words that stand for a zone without "time" after them ("3pm Eastern"); capitalised, so "central" in prose is left alone. */
const BARE_REGIONS = 'Eastern|Central|Mountain|Pacific|Atlantic';

const ABBREVIATION_PATTERN = [...Object.keys(ABBREVIATIONS), ...Object.keys(GENERIC)].sort((a, b) => b.length - a.length).join('|');

const PATTERN = new RegExp(
  String.raw`\b(?:(your|their|his|her|my|our)\s+time|(${ABBREVIATION_PATTERN})(?:\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?)?(?:\s+time)?\b|(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b|([A-Z][a-z]+(?:\s[A-Z][a-z]+)?|(?!AM\b|PM\b)[A-Z]{2,3})\s+(?:time|hours)\b|(${BARE_REGIONS})\b(?!\s+(?:time|hours|park|station|line|bank|region|district|europe|asia|america|african?|coast|standard|daylight)\b))`,
  'g',
);

function fromAbbreviation(abbreviation: string, sign?: string, hours?: string, minutes?: string): ZoneSpec | undefined {
  const generic = GENERIC[abbreviation];
  if (generic) return { kind: 'zone', timeZone: generic };
  const meanings = ABBREVIATIONS[abbreviation];
  if (!meanings?.[0]) return undefined;
  if (sign) {
    // "UTC+2", "GMT-5", "CET+1": a fixed offset.
    const shift = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes ?? 0));
    return { kind: 'offset', minutes: meanings[0].nominal + shift };
  }
  const [first] = meanings;
  if (first.timeZone === 'UTC') return { kind: 'offset', minutes: 0 };
  return { kind: 'zone', timeZone: first.timeZone, abbreviation, nominal: first.nominal, ...(meanings.length > 1 ? { meanings } : {}) };
}

function zoneOf(match: RegExpExecArray): ZoneSpec | undefined {
  const [, owner, abbreviation, sign, hours, minutes, utcSign, utcHours, utcMinutes, place, region] = match;
  if (owner) return owner.toLowerCase() === 'my' || owner.toLowerCase() === 'our' ? { kind: 'sender' } : { kind: 'recipient' };
  if (abbreviation) return fromAbbreviation(abbreviation, sign, hours, minutes);
  if (utcSign) return { kind: 'offset', minutes: (utcSign === '-' ? -1 : 1) * (Number(utcHours) * 60 + Number(utcMinutes ?? 0)) };
  const name = (place ?? region)?.toLowerCase();
  if (!name) return undefined;
  const zone = REGIONS[name] ?? zoneForCity(name) ?? (name.includes(' ') ? (REGIONS[name.split(' ')[1]!] ?? zoneForCity(name.split(' ')[1]!)) : undefined);
  return zone && isValidZone(zone) ? { kind: 'zone', timeZone: zone } : undefined;
}

/** "8:00 pst", "9:30pm ist": three- and four-letter abbreviations in lower case too (not "eat", "wat"). */
const LOWER = new RegExp(
  String.raw`\b(${Object.keys(ABBREVIATIONS).filter((a) => a.length >= 3 && !['EAT', 'WAT', 'WIB'].includes(a)).map((a) => a.toLowerCase()).join('|')})\b`,
  'g',
);

export function readZoneWords(text: string): Reading[] {
  const lower = scan(text, LOWER, (match) => {
    const zone = fromAbbreviation((match[1] ?? '').toUpperCase());
    return zone ? { start: match.index, end: match.index + match[0].length, family: 'zone-words', zone } : undefined;
  });
  return [...lower, ...readNamed(text)];
}

function readNamed(text: string): Reading[] {
  return scan(text, PATTERN, (match) => {
    const zone = zoneOf(match);
    if (!zone) return undefined;
    // "Next Monday time" → the place group took a weekday; only the last word can be a place.
    return { start: match.index, end: match.index + match[0].length, family: 'zone-words', zone };
  });
}

const family: Family = {
  id: 'zone-words',
  description: 'CET, PT, your time, my time, Berlin time, India time, Eastern → the zone of a time written before it; ambiguous abbreviations (IST, CST, BST, AST) carry their other meanings.',
  rank: 14,
  alwaysDeadline: false,
  read: (text) => readZoneWords(text),
  examples: {
    match: ['3pm CET', '10am your time', '3pm India time', '3pm Eastern', '5pm IST', '9am UK time'],
    noMatch: ['at the time', 'a good time', 'this time around', 'the central office'],
  },
};

export default family;
