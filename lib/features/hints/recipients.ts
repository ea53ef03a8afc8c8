/**
 * Who reads this message and in which zone. Recipients with an address or a Slack id go through the
 * people directory (unknown zones stay unknown and are asked about). Readers the directory cannot
 * key — a Slack channel's members, a DM partner shown by name only, a Docs thread — take the zones
 * the user set for that conversation (table channelZones), else the sender's own zone, and the card
 * says which.
 */
import type { Person } from '@/lib/analysis/types';
import type { Composer, PageRecipient } from '@/lib/hosts/types';
import { cityName as cityOf } from '@/lib/analysis/deadlines/zones';
import type { Directory } from './directory';

export interface Audience {
  people: Person[];
  /** How the zones were chosen when not from the recipients themselves. */
  basis?: string;
  /** The conversation whose zones the card can set, and how it asks. */
  /** `label` names who the answer is for ("Ana", "Readers of this conversation"), for the card's "Saved: …" line. */
  conversation?: { id: string; question: string; label: string };
}

export function recipientsKey(recipients: PageRecipient[], conversationId: string | undefined): string {
  return JSON.stringify([conversationId ?? '', recipients.map((r) => [r.email?.toLowerCase(), r.slackId, r.name])]);
}

const isKeyed = (r: PageRecipient) => !!(r.email || r.slackId);

export async function resolveAudience(
  composer: Pick<Composer, 'host' | 'surface' | 'conversationId' | 'recipients'>,
  directory: Directory,
  senderZone: string,
): Promise<Audience> {
  const recipients = composer.recipients();
  const conversationId = composer.conversationId();
  if ((recipients.length > 0 && recipients.every(isKeyed)) || !conversationId || composer.host === 'gmail') {
    return { people: recipients.length ? await directory.resolve(recipients) : [] };
  }
  const single = recipients.length === 1 ? recipients[0]!.name : undefined;
  const place = composer.host === 'docs' ? 'this document' : 'this conversation';
  const conversation = {
    id: conversationId,
    question: single ? `Where is ${single}?` : `Which time zone do the readers of ${place} work in?`,
    label: single ?? `Readers of ${place}`,
  };
  const zones = await directory.channelZones(conversationId);
  if (zones.length > 0) {
    return {
      conversation,
      people: zones.map((timeZone) => ({ name: single ?? `Readers (${cityOf(timeZone)})`, timeZone, zoneSource: 'user' })),
      basis: single ? undefined : `Using the zones you set for ${place}: ${zones.map(cityOf).join(', ')}.`,
    };
  }
  return {
    conversation,
    // Unknown stays unknown (DEADLINES.md): no zone, so a deadline is said in the sender's own time
    // with their city, and the card asks for the readers' zone. Never the sender's zone as a guess.
    people: [{ name: single ?? 'Readers', zoneSource: 'guess' }],
    basis: `No zone set for ${single ?? place} yet: times are said in yours (${cityOf(senderZone)}).`,
  };
}
