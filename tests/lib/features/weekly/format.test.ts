import { describe, expect, it } from 'vitest';
import { draftStats, formatDraft, readingMinutes, wordCount } from '@/lib/features/weekly/format';
import { emptySections, newDraft } from '@/lib/features/weekly/draft';

const draft = newDraft(
  '2026-W48',
  {
    ...emptySections(),
    progress: [
      { id: 'win:1', text: 'Shipped search', source: { kind: 'win', label: 'Win logged Mon' } },
      { id: 'x', text: '   ' },
    ],
    next: [{ id: 'c', text: "I'll send the deck by Friday" }],
  },
  0,
);

describe('copying the weekly update', () => {
  it('writes Markdown with headed sections, and says when there are no blockers', () => {
    expect(formatDraft(draft, 'markdown', 'Weekly update')).toBe(
      ['## Weekly update', '', '### Progress', '- Shipped search', '', '### Blockers', '- None', '', "### Next week's priorities", "- I'll send the deck by Friday"].join('\n'),
    );
  });

  it('makes each line typed in one box a bullet of its own, so the list stays a list', () => {
    const typed = newDraft('2026-W48', { ...emptySections(), blockers: [{ id: 'b', text: 'Waiting on legal review\nStaging env is down\n\n  Need budget sign-off  ' }] }, 0);
    expect(formatDraft(typed, 'markdown', 'W')).toContain('### Blockers\n- Waiting on legal review\n- Staging env is down\n- Need budget sign-off');
    expect(formatDraft(typed, 'slack', 'W')).toContain('*Blockers*\n• Waiting on legal review\n• Staging env is down\n• Need budget sign-off');
  });

  it('writes Slack formatting with bold titles and bullets', () => {
    expect(formatDraft(draft, 'slack', 'Weekly update')).toBe(
      ['*Weekly update*', '', '*Progress*', '• Shipped search', '', '*Blockers*', '• None', '', "*Next week's priorities*", "• I'll send the deck by Friday"].join('\n'),
    );
  });

  it('writes plain text, and includes Decisions needed only when it has lines', () => {
    const withDecision = { ...draft, sections: { ...draft.sections, decisions: [{ id: 'd', text: 'Pick a vendor' }] } };
    const plain = formatDraft(withDecision, 'plain', 'Weekly update');
    expect(plain).toContain('Decisions needed:\n- Pick a vendor');
    expect(formatDraft(draft, 'plain', 'T')).not.toContain('Decisions');
  });

  it('counts words and reading time at 200 words a minute', () => {
    expect(wordCount("I'll send the deck — by Friday, 3pm")).toBe(7);
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(200)).toBe(1);
    expect(readingMinutes(201)).toBe(2);
    expect(draftStats(draft)).toEqual({ words: 8, minutes: 1 });
  });
});
