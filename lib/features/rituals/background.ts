/**
 * The background's part of the rituals: a hint card's "Draft a decision proposal" (issue 15). The
 * proposal is prefilled from the message (`proposalFromMessage`), its readers are the message's
 * recipients the people directory knows, and it opens for editing in a window of its own — the
 * popup's ritual editor, whose "Insert" then replaces that message in the tab it came from.
 */
import { browser } from 'wxt/browser';
import type { HostId } from '@/lib/analysis/types';
import type { PageRecipient } from '@/lib/hosts/types';
import type { HandoffDb } from '@/lib/storage/db';
import { findPersonByEmail, findPersonBySlackId } from '@/lib/storage/people';
import { proposalFromMessage } from './from-message';
import { emptyProposal } from './model';
import { readerOf } from './readers';
import { createRitual } from './store';
import type { Reader } from './window';

/** The editor window's size, in CSS px: the popup's own width, tall enough for the whole proposal. */
const EDITOR_WINDOW = { width: 460, height: 720 };

/** The directory's readers among `recipients` (each person once); people it does not know are left for the editor to add. */
async function knownReaders(db: HandoffDb, recipients: PageRecipient[]): Promise<Reader[]> {
  const readers = new Map<string, Reader>();
  for (const r of recipients) {
    const person = (r.email ? await findPersonByEmail(r.email, db) : undefined) ?? (r.slackId ? await findPersonBySlackId(r.slackId, db) : undefined);
    if (person?.id !== undefined) readers.set(String(person.id), readerOf(person));
  }
  return [...readers.values()];
}

/**
 * Stores a decision proposal drafted from `text` (the writer's message in a `host` composer) and
 * returns its row id. Its title and options come from the decision the message asks for; when none
 * is read, the proposal starts empty with the message as its context. Throws when storage fails.
 */
export async function proposeFromMessage(db: HandoffDb, request: { host: HostId; text: string; recipients: PageRecipient[] }, now: number): Promise<number> {
  const channel = request.host === 'gmail' ? 'gmail' : request.host === 'docs' ? 'docs' : 'slack';
  const read = proposalFromMessage(request.text, channel);
  const draft = read?.draft ?? { ...emptyProposal(channel), context: request.text.trim() };
  const row = await createRitual(db, 'decision', now, { ...draft, readers: await knownReaders(db, request.recipients) }, channel);
  return row.id!;
}

/**
 * Opens ritual `id` in the popup's editor, in a window of its own next to tab `tabId` (the tab whose
 * message it replaces on "Insert"). Resolves once the window exists.
 */
export async function openRitualEditor(id: number, tabId: number | undefined): Promise<void> {
  const query = new URLSearchParams({ ritual: String(id), ...(tabId !== undefined ? { tab: String(tabId), replace: '1' } : {}) });
  await browser.windows.create({ url: browser.runtime.getURL(`/popup.html?${query}`), type: 'popup', ...EDITOR_WINDOW });
}
