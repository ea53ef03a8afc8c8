/**
 * What the background accepts, from whom. A content script runs inside Gmail, Slack or Docs, next
 * to the page's own scripts; it may ask what a hint card needs (resolve recipients, remember a
 * zone the user picked, channel zones) and report a sent message, but not start or stop a focus
 * session. Extension pages (popup, options, playground) may send anything.
 * Every field of every message is checked and every number bounded (a focus session of 10¹²
 * minutes was once accepted).
 */
import type { Browser } from 'wxt/browser';

type MessageSender = Browser.runtime.MessageSender;
import type { Message, MessageType } from '@/lib/messaging';
import { boolean, instant, integer, isRecord, listOf, nonEmptyString, nullable, number, oneOf, optional, shape, string, checkShape, workingHours, zone, type Check, type Shape } from '@/lib/storage/validate';
import { HOSTS, MAX_FOCUS_MINUTES, MIN_FOCUS_MINUTES } from '@/lib/storage/validate-rows';

export type SenderKind = 'extension-page' | 'content-script';

/** The longest sent message the background takes, in UTF-16 code units (1 MB of text). */
export const MAX_SENT_TEXT = 1_000_000;
/** The longest message a decision proposal is drafted from: a chat line, not a document (20 000 UTF-16 code units). */
export const MAX_PROPOSAL_TEXT = 20_000;

const recipient = shape({ email: optional(string(320)), name: optional(string(500)), slackId: optional(string(100)) });
const zoneName = nonEmptyString(100);
const offset = integer(0, MAX_SENT_TEXT);
/** A card's "other reading" choices: at most 20 abbreviations ("IST", upper case) → an IANA zone. */
const zoneChoices: Check = (v) => {
  if (!isRecord(v)) return 'must be an object';
  const entries = Object.entries(v);
  if (entries.length > 20) return 'must have at most 20 entries';
  for (const [abbreviation, choice] of entries) {
    if (!/^[A-Z]{2,5}$/.test(abbreviation)) return 'must be keyed by zone abbreviations such as "IST"';
    if (zone(choice)) return `has "${abbreviation}" that ${zone(choice)}`;
  }
  return null;
};

/** What the engine is told about a message: the readers, the writer, the host, what is not the writer's prose. */
const analysisContext = shape({
  now: instant,
  sender: shape({ timeZone: zoneName, locale: optional(string(100)), hourCycle: optional(oneOf(['h12', 'h23'])), workingHours: optional(workingHours) }),
  recipients: listOf(shape({ name: optional(string(500)), email: optional(string(320)), slackId: optional(string(100)), timeZone: optional(string(100)), workingHours: optional(workingHours) }), 500),
  host: oneOf(HOSTS),
  disabledRules: optional(listOf(string(100), 100)),
  excluded: optional(listOf(shape({ start: offset, end: offset }), 10_000)),
  zoneChoices: optional(zoneChoices),
});

const GUARDS: { [K in MessageType]: { from: SenderKind[]; fields: Shape } } = {
  ping: { from: ['extension-page', 'content-script'], fields: {} },
  'analysis/run': { from: ['extension-page', 'content-script'], fields: { text: string(MAX_SENT_TEXT), ctx: analysisContext, rewrite: optional(boolean) } },
  'people/resolve': { from: ['extension-page', 'content-script'], fields: { recipients: listOf(recipient, 500) } },
  'people/setZone': { from: ['extension-page', 'content-script'], fields: { recipient, timeZone: zoneName } },
  'focus/start': { from: ['extension-page'], fields: { minutes: nullable(number(MIN_FOCUS_MINUTES, MAX_FOCUS_MINUTES)) } },
  'focus/stop': { from: ['extension-page'], fields: {} },
  'records/sent': {
    from: ['content-script'],
    fields: { host: oneOf(HOSTS), text: string(MAX_SENT_TEXT), to: optional(string(2_000)), id: optional(nonEmptyString(100)) },
  },
  'zones/places': { from: ['extension-page', 'content-script'], fields: { query: string(100) } },
  'channelZones/get': { from: ['extension-page', 'content-script'], fields: { channelId: nonEmptyString(500) } },
  'channelZones/set': { from: ['extension-page', 'content-script'], fields: { channelId: nonEmptyString(500), zones: listOf(zoneName, 50) } },
  'rituals/propose': { from: ['extension-page', 'content-script'], fields: { host: oneOf(HOSTS), text: nonEmptyString(MAX_PROPOSAL_TEXT), recipients: listOf(recipient, 500) } },
};

/**
 * Who sent a message: an extension page (its URL is under `extensionOrigin`, e.g.
 * "chrome-extension://<id>/"), a content script (a tab's page of another origin), or nobody we
 * know (another extension's id: undefined).
 */
export function senderKind(sender: MessageSender, extensionId: string, extensionOrigin: string): SenderKind | undefined {
  if (sender.id !== extensionId) return undefined;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab && /^https?:\/\//.test(url)) return 'content-script';
  return undefined;
}

/**
 * Why the background refuses `message` from `kind`, or null to accept it. Refuses types that are
 * not the protocol's own (inherited keys such as "constructor", "__proto__", "toString").
 */
export function refusal(message: unknown, kind: SenderKind | undefined): string | null {
  if (!isRecord(message) || typeof message.type !== 'string') return 'Handoff: a message needs a "type"';
  const type = message.type;
  if (!Object.hasOwn(GUARDS, type)) return `Handoff: unknown message "${type.slice(0, 60)}"`;
  const guard = GUARDS[type as MessageType];
  if (!kind || !guard.from.includes(kind)) return `Handoff: "${type}" is not accepted from ${kind ?? 'an unknown sender'}`;
  const problem = checkShape(message, guard.fields);
  return problem ? `Handoff: "${type}" has ${problem}` : null;
}

/** The guard `listen` runs before every handler in the background. */
export function guardMessage(extensionId: string, extensionOrigin: string) {
  return (message: Message | unknown, sender: MessageSender): string | null => refusal(message, senderKind(sender, extensionId, extensionOrigin));
}
