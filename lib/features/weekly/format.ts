/** The draft as Markdown, Slack formatting or plain text, and how long it is to read. */
import { SECTIONS, type WeeklyDraft } from './draft';

export type CopyFormat = 'markdown' | 'slack' | 'plain';

function filledSections(draft: WeeklyDraft) {
  return SECTIONS.map((s) => ({
    ...s,
    // Each line the user typed is a bullet of its own: three blockers typed with Enter in one box
    // are three items, not one bullet followed by two lines that break the list.
    lines: (draft.sections[s.id] ?? []).flatMap((i) => i.text.split(/\r?\n/)).map((l) => l.trim()).filter(Boolean),
  })).filter((s) => s.lines.length > 0 || (!s.optional && s.id === 'blockers'));
}

export function formatDraft(draft: WeeklyDraft, format: CopyFormat, title = `Weekly update — ${draft.week}`): string {
  const out: string[] = [];
  if (format === 'markdown') out.push(`## ${title}`);
  else if (format === 'slack') out.push(`*${title}*`);
  else out.push(title);
  for (const section of filledSections(draft)) {
    const lines = section.lines.length ? section.lines : ['None'];
    out.push('');
    if (format === 'markdown') out.push(`### ${section.title}`, ...lines.map((l) => `- ${l}`));
    else if (format === 'slack') out.push(`*${section.title}*`, ...lines.map((l) => `• ${l}`));
    else out.push(`${section.title}:`, ...lines.map((l) => `- ${l}`));
  }
  return out.join('\n');
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Reading time at 200 words a minute, rounded up. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.ceil(words / 200);
}

export function draftStats(draft: WeeklyDraft): { words: number; minutes: number } {
  const words = wordCount(
    SECTIONS.flatMap((s) => (draft.sections[s.id] ?? []).map((i) => i.text)).join(' '),
  );
  return { words, minutes: readingMinutes(words) };
}
