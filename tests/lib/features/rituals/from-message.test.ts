import { describe, expect, it } from 'vitest';
import { proposalFromMessage } from '@/lib/features/rituals/from-message';

/**
 * Dev set: the sentences the reader was built against. Test set: written before the first run and
 * never tuned on; a failure there is reported, not fitted.
 */
const dev: [string, string, string[]][] = [
  ["let's just decide on the vendor", 'Decide on the vendor', []],
  ['can we agree to switch CI to GitHub Actions?', 'Switch CI to GitHub Actions', ['Keep CI as it is', 'Switch CI to GitHub Actions']],
  ['We need to decide between Postgres and Mongo for the new service.', 'Choose: Postgres and Mongo for the new service', ['Postgres', 'Mongo for the new service']],
  ['Should we switch from Jira to Linear?', 'Switch from Jira to Linear', ['Stay on Jira', 'Switch to Linear']],
  ['ok team, let’s finally pick HubSpot or Salesforce this week', 'Choose: HubSpot or Salesforce', ['HubSpot', 'Salesforce']],
];

const test: [string, string, string[]][] = [
  ['Can we settle on a date for the offsite?', 'Settle on a date for the offsite', []],
  ['Which CRM vendor should we use going forward?', 'Which CRM vendor to use going forward', []],
  ['Shall we drop the Friday standup?', 'Drop the Friday standup', ['Drop the Friday standup', 'Leave things as they are']],
  ['We have to make a call on the pricing page today.', 'Make a call on the pricing page', []],
  ['Could we migrate the docs from Confluence to Notion?', 'Migrate the docs from Confluence to Notion', ['Stay on Confluence', 'Migrate the docs to Notion']],
];

const notAsks = [
  'I decided to take Friday off.',
  "Let's start with the intro and then demo.",
  'We agreed on the vendor last week, contract attached.',
  'Thanks, the decision is in the wiki.',
  'Can you pick up the keys from reception?',
  "Let's use the big room tomorrow.",
];

describe('proposalFromMessage', () => {
  it.each(dev)('dev: %s', (text, title, options) => {
    const read = proposalFromMessage(text);
    expect(read?.draft.title).toBe(title);
    expect(read?.draft.options.map((o) => o.name)).toEqual(options);
    expect(read?.draft.context).toBe(text.trim());
    expect(read?.draft.kind).toBe('decision');
  });

  it.each(test)('held-out: %s', (text, title, options) => {
    const read = proposalFromMessage(text);
    expect(read?.draft.title).toBe(title);
    expect(read?.draft.options.map((o) => o.name)).toEqual(options);
  });

  it.each(notAsks)('no decision asked: %s', (text) => {
    expect(proposalFromMessage(text)).toBeUndefined();
  });

  it('reads the asking sentence out of a longer message and keeps the whole message as context', () => {
    const text = 'Hey all! The trial ends Friday.\nCan we agree to go with Acme for the CRM? Pricing is in the sheet.';
    const read = proposalFromMessage(text, 'gmail')!;
    expect(read.sentence).toBe('Can we agree to go with Acme for the CRM?');
    expect(read.draft.title).toBe('Go with Acme for the CRM');
    expect(read.draft.channel).toBe('gmail');
    expect(read.draft.context).toBe(text);
  });
});
