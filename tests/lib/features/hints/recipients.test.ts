import { describe, expect, it } from 'vitest';
import type { PageRecipient } from '@/lib/hosts/types';
import type { Directory } from '@/lib/features/hints/directory';
import { resolveAudience } from '@/lib/features/hints/recipients';
import { cityName } from '@/lib/analysis/deadlines/zones';

function directory(zones: Record<string, string> = {}, conversations: Record<string, string[]> = {}): Directory {
  return {
    resolve: async (rs) => rs.map((r) => ({ ...r, timeZone: zones[r.email ?? r.slackId ?? ''] })),
    setZone: async () => {},
    channelZones: async (id) => conversations[id] ?? [],
    setChannelZones: async () => {},
  };
}
const composer = (host: 'gmail' | 'slack' | 'docs', recipients: PageRecipient[], conversationId?: string) => ({
  host, surface: 'compose' as const, recipients: () => recipients, conversationId: () => conversationId,
});

describe('resolveAudience', () => {
  it('resolves Gmail recipients through the directory, leaving unknown zones unknown', async () => {
    const a = await resolveAudience(composer('gmail', [{ email: 'ana@acme.com' }, { email: 'kenji@acme.jp' }], 'c1'), directory({ 'ana@acme.com': 'Europe/Berlin' }), 'America/New_York');
    expect(a.people.map((p) => p.timeZone)).toEqual(['Europe/Berlin', undefined]);
    expect(a.basis).toBeUndefined();
  });

  it('a Slack channel without set zones uses the sender’s zone and says so', async () => {
    const a = await resolveAudience(composer('slack', [], 'C042'), directory(), 'America/New_York');
    expect(a.people).toEqual([{ name: 'Readers', zoneSource: 'guess' }]);
    expect(a.basis).toContain('times are said in yours (New York)');
    expect(a.conversation?.id).toBe('C042');
  });

  it('a Slack channel uses the zones set for it', async () => {
    const a = await resolveAudience(composer('slack', [], 'C042'), directory({}, { C042: ['Asia/Tokyo', 'Europe/Berlin'] }), 'UTC');
    expect(a.people.map((p) => p.timeZone)).toEqual(['Asia/Tokyo', 'Europe/Berlin']);
    expect(a.basis).toBe('Using the zones you set for this conversation: Tokyo, Berlin.');
  });

  it('a DM partner shown by name only is asked about by name and remembered for the DM', async () => {
    const unknown = await resolveAudience(composer('slack', [{ name: 'Kenji Sato' }], 'D05'), directory(), 'UTC');
    expect(unknown.conversation?.question).toBe('Where is Kenji Sato?');
    const known = await resolveAudience(composer('slack', [{ name: 'Kenji Sato' }], 'D05'), directory({}, { D05: ['Asia/Tokyo'] }), 'UTC');
    expect(known.people).toEqual([{ name: 'Kenji Sato', timeZone: 'Asia/Tokyo', zoneSource: 'user' }]);
  });
});

describe('one city name for a zone', () => {
  it('names Etc/GMT+2 "UTC−2" in the basis line, as the deadline chip does (POSIX signs)', async () => {
    const set = await resolveAudience(composer('slack', [], 'C042'), directory({}, { C042: ['Etc/GMT+2'] }), 'UTC');
    expect(set.basis).toBe(`Using the zones you set for this conversation: ${cityName('Etc/GMT+2')}.`);
    expect(set.basis).toBe('Using the zones you set for this conversation: UTC−2.');
    expect(set.people[0]!.name).toBe('Readers (UTC−2)');
    const own = await resolveAudience(composer('slack', [], 'C042'), directory(), 'Etc/GMT-5');
    expect(own.basis).toContain('times are said in yours (UTC+5)');
  });
});
