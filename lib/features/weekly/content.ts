/**
 * A composer feature: when the user sends a message (the host's send button, Ctrl/⌘+Enter, or
 * Enter in Slack), hand its text to the background, which records the commitments, asks and
 * blockers in it for the weekly update. The text never leaves the machine.
 * Only the user's own key presses and clicks count: a page script's synthetic Ctrl+Enter or
 * `button.click()` (isTrusted false) records nothing (issue 16: 8 synthetic sends of 500 KB once
 * made 80,000 rows). What one message may record is capped again in the background.
 */
import type { Composer, ComposerFeature, PageRecipient } from '@/lib/hosts/types';
import { guard, logError } from '@/lib/log';
import { sendWithRetry } from '@/lib/send-retry';
import { readText, writerText } from '@/lib/editing';
import { gmailSelectors } from '@/lib/hosts/selectors/gmail';
import { slackSelectors } from '@/lib/hosts/selectors/slack';
import { closest, type Selector } from '@/lib/hosts/selectors/query';
import { getSettings, siteOn } from '@/lib/storage/settings';
import { MAX_RECORDED_TEXT } from './records';

/** Send buttons as the hosts draw them (lib/hosts/selectors/: Gmail's `.aoO` button, Slack's texty send button). */
const SEND_BUTTON: Partial<Record<Composer['host'], Selector>> = {
  gmail: gmailSelectors.sendButton,
  slack: slackSelectors.sendButton,
};

/**
 * What the user wrote in a composer, without what the host marks as someone else's (Gmail's quoted
 * reply and signature, Slack code: `composer.notProse`), so others' promises never become theirs.
 */
export function editorText(editor: HTMLElement, notProse?: string): string {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return editor.value;
  return writerText(readText(editor, notProse));
}

function recipientLabel(recipients: PageRecipient[]): string | undefined {
  const names = recipients.map((r) => r.name ?? r.email ?? r.slackId).filter(Boolean);
  return names.length ? names.join(', ') : undefined;
}

/** Is this key press the host's "send"? */
export function isSendKey(host: Composer['host'], event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' || event.isComposing) return false;
  if (event.ctrlKey || event.metaKey) return true;
  return host === 'slack' && !event.shiftKey && !event.altKey;
}

export const recordSentMessages: ComposerFeature = (composer) => {
  // Message composers only, never on the playground: declared in lib/features/index.ts.
  let lastSent = { text: '', at: 0 };
  const record = () => {
    const text = editorText(composer.editor, composer.notProse).trim().slice(0, MAX_RECORDED_TEXT);
    if (!text) return;
    const now = Date.now();
    // A click on send after Ctrl+Enter (or both handlers firing) is one message, not two.
    if (text === lastSent.text && now - lastSent.at < 3_000) return;
    lastSent = { text, at: now };
    const to = recipientLabel(composer.recipients());
    getSettings()
      .then((settings) => {
        if (!siteOn(settings, composer.host)) return;
        // One id per message: the background records a re-sent message once (lib/background/record-queue.ts).
        return sendWithRetry({ type: 'records/sent', id: crypto.randomUUID(), host: composer.host, text, ...(to ? { to } : {}) });
      })
      .catch((error) => logError('recording a sent message', error));
  };
  const options = { capture: true, signal: composer.signal };
  composer.editor.addEventListener(
    'keydown',
    guard('send key', (event: KeyboardEvent) => {
      if (event.isTrusted && isSendKey(composer.host, event)) record();
    }),
    options,
  );
  composer.root.addEventListener(
    'click',
    guard('send button', (event: MouseEvent) => {
      if (!event.isTrusted) return;
      const target = event.target instanceof Element ? event.target : null;
      const button = SEND_BUTTON[composer.host];
      if (target && button && closest(target, button)) record();
    }),
    options,
  );
};
