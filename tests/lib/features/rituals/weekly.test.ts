import { describe, expect, it } from 'vitest';
import { buildPrefill } from '@/lib/features/weekly/builder';
import { weekBounds } from '@/lib/features/weekly/week';
import { formatDraft } from '@/lib/features/weekly/format';
import { newDraft } from '@/lib/features/weekly/draft';
import { emptyProposal } from '@/lib/features/rituals/model';
import type { RitualRow } from '@/lib/features/rituals/log';

const zone = 'Europe/Berlin';
const { start, end } = weekBounds('2026-W49', zone); // Mon Nov 30 – Sun Dec 6 2026, Berlin
const at = (iso: string) => Date.parse(iso);

function decision(id: number, title: string, extra: Partial<RitualRow>): RitualRow {
  return { id, kind: 'decision', draft: { ...emptyProposal(), title }, status: 'open', createdAt: at('2026-11-25T10:00:00Z'), updatedAt: 0, ...extra };
}

describe('the decision log in the weekly update', () => {
  it('open proposals fill "Decisions needed"; those decided this week fill "Decisions made"', () => {
    const rituals: RitualRow[] = [
      decision(1, 'Decide on the CRM vendor', { opensAt: at('2026-11-30T08:00:00Z'), closesAt: at('2026-12-02T14:00:00Z') }),
      decision(2, 'Switch CI to GitHub Actions', { status: 'decided', decision: 'Yes, from Jan 4', decidedAt: at('2026-12-01T12:00:00Z') }),
      decision(3, 'Drop the Friday standup', { status: 'decided', decision: 'Dropped', decidedAt: at('2026-11-20T12:00:00Z') }),
      decision(4, 'Rename the product', { status: 'rejected', decidedAt: at('2026-12-01T12:00:00Z') }),
      { ...decision(5, 'A kick-off', {}), kind: 'kickoff' },
      decision(6, 'Proposed next week', { createdAt: at('2026-12-08T10:00:00Z') }),
    ];
    const sections = buildPrefill({ week: '2026-W49', zone, now: at('2026-12-03T10:00:00Z'), wins: [], commitments: [], focusSessions: [], rituals });
    expect(sections.decisions.map((i) => [i.id, i.text])).toEqual([['decision:1', 'Decide on the CRM vendor (review closed Wed, Dec 2)']]);
    expect(sections.made.map((i) => [i.id, i.text])).toEqual([['decided:2', 'Switch CI to GitHub Actions: Yes, from Jan 4']]);
    expect(sections.made[0]!.source).toEqual({ kind: 'decision', label: 'Decided Tue, Dec 1, from the decision log' });
    const text = formatDraft(newDraft('2026-W49', sections, 0), 'markdown');
    expect(text).toContain('### Decisions needed\n- Decide on the CRM vendor (review closed Wed, Dec 2)\n\n### Decisions made\n- Switch CI to GitHub Actions: Yes, from Jan 4');
    expect(start).toBeLessThan(end);
  });

  it('a past week reports a proposal decided after it as still needed then', () => {
    const rituals = [decision(2, 'Switch CI', { status: 'decided', decision: 'Yes', decidedAt: at('2026-12-01T12:00:00Z') })];
    const lastWeek = buildPrefill({ week: '2026-W48', zone, now: at('2026-12-03T10:00:00Z'), wins: [], commitments: [], focusSessions: [], rituals });
    expect(lastWeek.decisions.map((i) => i.text)).toEqual(['Switch CI']);
    expect(lastWeek.made).toEqual([]);
  });
});
