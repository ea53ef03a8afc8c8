import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { listen, type Handlers } from '@/lib/messaging';
import { guardMessage, refusal, senderKind } from '@/lib/background/message-guards';

const ID = 'lehdphenlccmhcmkcohilpkmpcakikia';
const ORIGIN = `chrome-extension://${ID}/`;
const page = { id: ID, url: `${ORIGIN}options.html` };
const content = { id: ID, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 3 } as never };

describe('which sender may send which message', () => {
  it('tells extension pages from content scripts, and knows no one else', () => {
    expect(senderKind(page, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind({ ...page, tab: { id: 1 } as never }, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind(content, ID, ORIGIN)).toBe('content-script');
    expect(senderKind({ ...content, id: 'another-extension' }, ID, ORIGIN)).toBeUndefined();
    expect(senderKind({ id: ID, url: 'https://mail.google.com/' }, ID, ORIGIN)).toBeUndefined();
  });

  it.each([
    [{ type: 'focus/start', minutes: 25 }],
    [{ type: 'focus/stop' }],
  ])('a content script may not send %j, a page may', (message) => {
    expect(refusal(message, 'content-script')).toMatch(/is not accepted from content-script/);
    expect(refusal(message, 'extension-page')).toBeNull();
  });

  it('the removed people/* messages are unknown, from anyone', () => {
    for (const type of ['people/upsert', 'people/import', 'people/list', 'people/delete']) {
      expect(refusal({ type }, 'extension-page')).toBe(`Handoff: unknown message "${type}"`);
    }
  });

  it('a content script may send what a hint card and send-recording need', () => {
    expect(refusal({ type: 'people/resolve', recipients: [{ email: 'a@example.com' }] }, 'content-script')).toBeNull();
    // A hint card's "Draft a decision proposal": bounded text and recipients, from a content script or the playground.
    const propose = { type: 'rituals/propose', host: 'slack', text: 'Should we switch to Linear?', recipients: [{ slackId: 'U1' }] };
    expect(refusal(propose, 'content-script')).toBeNull();
    expect(refusal(propose, 'extension-page')).toBeNull();
    expect(refusal({ ...propose, text: '' }, 'content-script')).toMatch(/"text"/);
    expect(refusal({ ...propose, text: 'x'.repeat(20_001) }, 'content-script')).toMatch(/"text"/);
    expect(refusal({ ...propose, host: 'evil' }, 'content-script')).toMatch(/"host"/);
    expect(refusal(propose, undefined)).toMatch(/not accepted/);
    expect(refusal({ type: 'people/setZone', recipient: { email: 'a@example.com' }, timeZone: 'Europe/Berlin' }, 'content-script')).toBeNull();
    expect(refusal({ type: 'channelZones/set', channelId: 'C1', zones: ['Asia/Tokyo'] }, 'content-script')).toBeNull();
    expect(refusal({ type: 'records/sent', host: 'gmail', text: 'I will send it by Friday' }, 'content-script')).toBeNull();
    expect(refusal({ type: 'ping' }, undefined)).toMatch(/unknown sender/);
  });

  it('a content script may ask the background to analyse a composer, within bounds', () => {
    const ctx = {
      now: Date.UTC(2026, 10, 23, 19),
      sender: { timeZone: 'America/New_York', locale: 'en-US' },
      recipients: [{ name: 'Ana', email: 'ana@example.com', timeZone: 'Europe/Berlin', zoneSource: 'user' }, {}],
      host: 'gmail',
      disabledRules: ['cold-ack'],
      excluded: [{ start: 10, end: 40 }],
    };
    expect(refusal({ type: 'analysis/run', text: 'Please fix it ASAP.', ctx }, 'content-script')).toBeNull();
    // A slice of a long message, whose rewrite the page does not show.
    expect(refusal({ type: 'analysis/run', text: 'Please fix it ASAP.', ctx, rewrite: false }, 'content-script')).toBeNull();
    expect(refusal({ type: 'analysis/run', text: 'x', ctx, rewrite: 'no' }, 'content-script')).toMatch(/rewrite/);
    // The card's "other reading" of an ambiguous zone abbreviation.
    expect(refusal({ type: 'analysis/run', text: 'x', ctx: { ...ctx, zoneChoices: { IST: 'Asia/Jerusalem' } } }, 'content-script')).toBeNull();
    expect(refusal({ type: 'analysis/run', text: 'x', ctx: { ...ctx, zoneChoices: { IST: 'Mars/Base' } } }, 'content-script')).toMatch(/"zoneChoices" that has "IST" that must be a known IANA time zone/);
    expect(refusal({ type: 'analysis/run', text: 'x', ctx: { ...ctx, sender: { ...ctx.sender, hourCycle: 'h23' } } }, 'content-script')).toBeNull();
    expect(refusal({ type: 'analysis/run', text: 'x', ctx: { ...ctx, sender: { ...ctx.sender, hourCycle: 'h25' } } }, 'content-script')).toMatch(/hourCycle/);
    expect(refusal({ type: 'analysis/run', text: 'x', ctx: { ...ctx, zoneChoices: { '<img>': 'UTC' } } }, 'content-script')).toMatch(/"zoneChoices" that must be keyed by zone abbreviations/);
    expect(refusal({ type: 'analysis/run', text: 'x', ctx: { ...ctx, host: 'myspace' } }, 'content-script')).toMatch(/"ctx" that has "host" that must be one of/);
    expect(refusal({ type: 'analysis/run', text: 'x', ctx: { ...ctx, now: 'now' } }, 'content-script')).toMatch(/"ctx" that has "now" that must be a time/);
    expect(refusal({ type: 'analysis/run', text: 'x', ctx: { ...ctx, excluded: [{ start: -1, end: 3 }] } }, 'content-script')).toMatch(/"excluded" that item 1 has "start"/);
    expect(refusal({ type: 'analysis/run', text: 'x'.repeat(1_000_001), ctx }, 'content-script')).toMatch(/"text" that must be at most/);
    expect(refusal({ type: 'analysis/run', text: 'x', ctx: { ...ctx, sender: {} } }, 'content-script')).toMatch(/"sender" that has no "timeZone"/);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('refuses the inherited key "%s" as a message type', (type) => {
    expect(refusal({ type }, 'extension-page')).toBe(`Handoff: unknown message "${type}"`);
  });

  it.each([
    [{ type: 'focus/start', minutes: 1e12 }, /"minutes" that must be between 0.01 and 1440/],
    [{ type: 'focus/start', minutes: -5 }, /"minutes" that must be between 0.01 and 1440/],
    [{ type: 'focus/start', minutes: Number.NaN }, /"minutes" that must be a number/],
    [{ type: 'focus/start', minutes: '25' }, /"minutes" that must be a number/],
    [{ type: 'focus/start' }, /no "minutes"/],
    [{ type: 'records/sent', host: 'gmail', text: 'x', id: 'x'.repeat(101) }, /"id" that must be at most 100 characters/],
    [{ type: 'records/sent', host: 'myspace', text: 'x' }, /"host" that must be one of/],
    [{ type: 'records/sent', host: 'gmail', text: 'x'.repeat(1_000_001) }, /"text" that must be at most 1000000 characters/],
    [{ type: 'records/sent', host: 'gmail', text: 5 }, /"text" that must be text/],
    [{ type: 'channelZones/set', channelId: 'C1', zones: Array(51).fill('UTC') }, /"zones" that must have at most 50 items/],
    [{ type: 'people/resolve', recipients: 'ana@example.com' }, /"recipients" that must be a list/],
    [{ type: 'people/resolve', recipients: [{ email: 7 }] }, /"recipients" that item 1 has "email" that must be text/],
  ])('bounds every field: %j', (message, says) => {
    const kind = message.type === 'records/sent' || message.type.startsWith('people/resolve') ? 'content-script' : 'extension-page';
    expect(refusal(message, kind)).toMatch(says);
  });
});

describe('listen', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers an inherited key with nothing, and a refused message with its reason, never calling the handler', async () => {
    let calls = 0;
    const handlers = { ping: () => ({ version: '1' }), 'focus/stop': () => (calls++, { ended: true }) } as Partial<Handlers> as Handlers;
    listen(handlers, guardMessage(ID, ORIGIN));
    expect(await browser.runtime.sendMessage({ type: 'constructor' })).toBeUndefined();
    expect(await browser.runtime.sendMessage({ type: 'toString' })).toBeUndefined();
    // fake-browser's sender is {}: an unknown sender, so even ping is refused, with its reason as data.
    expect(await browser.runtime.sendMessage({ type: 'focus/stop' })).toEqual({ ok: false, error: 'Handoff: "focus/stop" is not accepted from an unknown sender' });
    expect(calls).toBe(0);
  });
});
