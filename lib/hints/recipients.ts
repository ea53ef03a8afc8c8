/**
 * Who reads this message and in which zone: the composer's recipients through the people directory;
 * a Slack channel uses the zones the user set for it, else the sender's own zone, and says which.
 */
import type { Person } from '@/lib/analysis/types';
import type { Composer, PageRecipient } from '@/lib/hosts/types';
import { cityOf } from '@/components/hints/ZonePicker';
import type { Directory } from './directory';

export interface Audience {
  people: Person[];
  /** How the zones were chosen when not from the recipients themselves. */
  basis?: string;
  /** A Slack channel without a single partner: its zones can be set from the card. */
  channelId?: string;
}

export function recipientsKey(recipients: PageRecipient[], conversationId: string | undefined): string {
  return JSON.stringify([conversationId ?? '', recipients.map((r) => [r.email?.toLowerCase(), r.slackId, r.name])]);
}

/** A Slack channel (C…) or private channel (G…), as opposed to a DM (D…). */
export function isChannel(composer: Pick<Composer, 'host' | 'conversationId'>): boolean {
  return composer.host === 'slack' && /^[CG]/.test(composer.conversationId() ?? '');
}

export async function resolveAudience(
  composer: Pick<Composer, 'host' | 'conversationId' | 'recipients'>,
  directory: Directory,
  senderZone: string,
): Promise<Audience> {
  const recipients = composer.recipients();
  if (recipients.length > 0 || !isChannel(composer)) {
    return { people: recipients.length ? await directory.resolve(recipients) : [] };
  }
  const channelId = composer.conversationId()!;
  const zones = await directory.channelZones(channelId);
  if (zones.length > 0) {
    return {
      channelId,
      people: zones.map((timeZone) => ({ name: `Channel (${cityOf(timeZone)})`, timeZone, zoneSource: 'user' })),
      basis: `Using the zones you set for this channel: ${zones.map(cityOf).join(', ')}.`,
    };
  }
  return {
    channelId,
    people: [{ name: 'Channel (your zone)', timeZone: senderZone, zoneSource: 'guess' }],
    basis: `No zones set for this channel: using your own (${cityOf(senderZone)}).`,
  };
}
