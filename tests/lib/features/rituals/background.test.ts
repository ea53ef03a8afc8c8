import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HandoffDb } from '@/lib/storage/db';
import { proposeFromMessage } from '@/lib/features/rituals/background';

const NAME = 'handoff-rituals-background-test';
const T0 = Date.parse('2026-11-30T09:00:00Z');
let db: HandoffDb;

describe('a decision proposal drafted from a hint card', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    db = new HandoffDb(NAME);
    await db.people.bulkAdd([
      { name: 'Ana Weber', emails: ['ana@example.com'], slackIds: [], timeZone: 'Europe/Berlin', zoneSource: 'user' },
      { name: 'Kenji Sato', emails: [], slackIds: ['U0KENJI'], timeZone: 'Asia/Tokyo', zoneSource: 'user' },
    ] as never[]);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(NAME);
  });

  it('stores the decision the message asks for, with the recipients the directory knows as readers (each once)', async () => {
    const id = await proposeFromMessage(
      db,
      {
        host: 'gmail',
        text: 'Hi both — should we switch the CRM from Salesforce to HubSpot for the whole sales team?',
        recipients: [{ email: 'ANA@example.com' }, { email: 'ana@example.com', name: 'Ana' }, { slackId: 'U0KENJI' }, { email: 'stranger@example.com' }],
      },
      T0,
    );
    const row = await db.rituals.get(id);
    expect(row).toMatchObject({ kind: 'decision', status: 'open', createdAt: T0 });
    expect(row!.opensAt).toBeUndefined();
    const draft = row!.draft;
    expect(draft).toMatchObject({ kind: 'decision', channel: 'gmail', title: 'Switch the CRM from Salesforce to HubSpot for the whole sales team' });
    expect(draft.kind === 'decision' && draft.options.map((o) => o.name)).toEqual(['Stay on Salesforce', 'Switch the CRM to HubSpot for the whole sales team']);
    expect(draft.readers.map((r) => r.name)).toEqual(['Ana Weber', 'Kenji Sato']);
  });

  it('starts an empty proposal with the message as its context when no decision can be read from it', async () => {
    const id = await proposeFromMessage(db, { host: 'slack', text: '  thoughts on the pricing page?  ', recipients: [] }, T0);
    const draft = (await db.rituals.get(id))!.draft;
    expect(draft).toMatchObject({ kind: 'decision', channel: 'slack', title: '', context: 'thoughts on the pricing page?', readers: [] });
  });
});
