import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HandoffDb } from '@/lib/storage/db';
import { deleteAll, exportAll, importAll, parseExport } from '@/lib/storage/export';
import { createRitual, editRitual, listRituals, markPosted, recordOutcome } from '@/lib/features/rituals/store';
import { decisionLogMarkdown, matchesQuery, overdueDecisions } from '@/lib/features/rituals/log';
import { proposalFromMessage } from '@/lib/features/rituals/from-message';

const NAME = 'handoff-rituals-test';
let db: HandoffDb;
const day = 86_400_000;
const T0 = Date.parse('2026-11-30T09:00:00Z');

describe('the ritual log', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    db = new HandoffDb(NAME);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(NAME);
  });

  it('keeps a proposal from draft to decision: edits merge, posting opens the window once, the outcome is dated', async () => {
    const { draft } = proposalFromMessage("let's just decide on the CRM vendor")!;
    const row = await createRitual(db, 'decision', T0, draft);
    expect(row).toMatchObject({ kind: 'decision', status: 'open', createdAt: T0 });
    await editRitual(db, row.id!, (d) => ({ ...d, title: 'Decide on the CRM vendor' }), T0 + 1);
    await editRitual(db, row.id!, (d) => (d.kind === 'decision' ? { ...d, recommendation: 'HubSpot' } : d), T0 + 2);
    await markPosted(db, row.id!, T0 + 10, T0 + 2 * day);
    const reposted = await markPosted(db, row.id!, T0 + 20, T0 + 3 * day);
    expect(reposted).toMatchObject({ opensAt: T0 + 10, closesAt: T0 + 3 * day });
    expect(reposted.draft).toMatchObject({ title: 'Decide on the CRM vendor', recommendation: 'HubSpot' });

    expect(overdueDecisions([reposted], T0 + 4 * day, 'Europe/Berlin').map((o) => o.text)).toEqual(['Decide on the CRM vendor — the review closed yesterday']);
    expect(overdueDecisions([reposted], T0 + 2 * day, 'Europe/Berlin')).toEqual([]);

    const decided = await recordOutcome(db, row.id!, { status: 'decided', decision: ' HubSpot, annual plan ', link: 'https://acme.slack.com/archives/C1/p1' }, T0 + 5 * day);
    expect(decided).toMatchObject({ status: 'decided', decision: 'HubSpot, annual plan', decidedAt: T0 + 5 * day });
    expect(overdueDecisions([decided], T0 + 6 * day, 'UTC')).toEqual([]);
    const reopened = await recordOutcome(db, row.id!, { status: 'open' }, T0 + 6 * day);
    expect(reopened.decidedAt).toBeUndefined();
    await expect(recordOutcome(db, 999, { status: 'decided' }, T0)).rejects.toThrow('deleted');
  });

  it('searches and exports the decision log as Markdown', async () => {
    const a = await createRitual(db, 'decision', T0, { ...proposalFromMessage('Should we switch from Jira to Linear?')!.draft, decider: 'Ana' });
    await recordOutcome(db, a.id!, { status: 'decided', decision: 'Linear from Jan 10', link: 'https://example.com/t/1' }, T0 + day);
    await createRitual(db, 'decision', T0 + 2 * day, proposalFromMessage("let's decide on the vendor")!.draft);
    await createRitual(db, 'kickoff', T0 + 3 * day);
    const rows = await listRituals(db, 'decision');
    expect(rows.map((r) => r.draft.title)).toEqual(['Decide on the vendor', 'Switch from Jira to Linear']);
    expect(rows.filter((r) => matchesQuery(r, 'JIRA')).map((r) => r.id)).toEqual([a.id]);
    expect(rows.filter((r) => matchesQuery(r, 'jan 10')).map((r) => r.id)).toEqual([a.id]);
    expect(decisionLogMarkdown(await listRituals(db), 'Europe/Berlin')).toBe(
      [
        '# Decision log',
        '',
        '## Decide on the vendor',
        '',
        '- Status: open',
        '- Proposed: 2026-12-02',
        '',
        "let's decide on the vendor",
        '',
        '## Switch from Jira to Linear',
        '',
        '- Status: decided',
        '- Proposed: 2026-11-30',
        '- Decision: Linear from Jan 10',
        '- Decided: 2026-12-01',
        '- Decided by: Ana',
        '- Posted: https://example.com/t/1',
        '',
        'Should we switch from Jira to Linear?',
        '',
      ].join('\n'),
    );
  });

  it('is in the export, cleared by delete all, restored by import; a broken ritual row is refused whole', async () => {
    const row = await createRitual(db, 'decision', T0, proposalFromMessage("let's decide on the vendor")!.draft);
    await recordOutcome(db, row.id!, { status: 'rejected', decision: 'Not now' }, T0 + day);
    await createRitual(db, 'retro', T0);
    const before = await exportAll(db, 1);
    expect(before.version).toBe(3);
    expect(before.tables.rituals).toHaveLength(2);
    await deleteAll(db);
    expect(await db.rituals.count()).toBe(0);
    const counts = await importAll(db, parseExport(JSON.stringify(before)));
    expect(counts.rituals).toBe(2);
    expect(await exportAll(db, 1)).toEqual(before);

    const broken = JSON.parse(JSON.stringify(before));
    broken.tables.rituals[1].status = 'maybe';
    expect(() => parseExport(JSON.stringify(broken))).toThrow(/"tables\.rituals" item 2 \(id \d+\) has no valid "status"\. Nothing was imported\./);
    broken.tables.rituals[1] = { id: 9, kind: 'decision', status: 'open', createdAt: 1, updatedAt: 1, draft: { kind: 'retro', title: '', readers: [] } };
    expect(() => parseExport(JSON.stringify(broken))).toThrow('"tables.rituals" item 2 (id 9) has a "draft" of another kind. Nothing was imported.');
    // A version 2 file has no ritual log: it imports with an empty one.
    const v2 = { ...before, version: 2, tables: { ...before.tables } } as Record<string, unknown> & { tables: Record<string, unknown> };
    delete v2.tables.rituals;
    expect(parseExport(JSON.stringify(v2)).tables.rituals).toEqual([]);
  });
});
