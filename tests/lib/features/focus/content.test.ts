import { describe, expect, it } from 'vitest';
import { focusLine, stripUnreadCount } from '@/lib/features/focus/content';
import { defaultSettings, siteOn } from '@/lib/storage/settings';

describe('focus in the host pages', () => {
  it('takes unread counts out of Gmail and Slack titles and leaves other titles alone', () => {
    expect(stripUnreadCount('Inbox (3) - ana@example.com - Gmail')).toBe('Inbox - ana@example.com - Gmail');
    expect(stripUnreadCount('Inbox (1,204) - ana@example.com - Gmail')).toBe('Inbox - ana@example.com - Gmail');
    expect(stripUnreadCount('(12) Slack | general | Acme')).toBe('Slack | general | Acme');
    expect(stripUnreadCount('* general - Acme - Slack')).toBe('general - Acme - Slack');
    expect(stripUnreadCount('! launch - Acme - Slack')).toBe('launch - Acme - Slack');
    expect(stripUnreadCount('Q3 report (draft) - Gmail')).toBe('Q3 report (draft) - Gmail');
    expect(stripUnreadCount('Launch checklist - ana@example.com - Gmail')).toBe('Launch checklist - ana@example.com - Gmail');
  });

  it('writes the focus line in the user’s zone and clock', () => {
    const end = Date.parse('2026-11-23T14:30:00Z');
    expect(focusLine(end, { ...defaultSettings(), homeZone: 'America/New_York', hourCycle: 'h12' })).toBe("I'm in focus until 9:30 AM my time — I'll reply after.");
    expect(focusLine(end, { ...defaultSettings(), homeZone: 'Europe/Berlin', hourCycle: 'h23' })).toBe("I'm in focus until 15:30 my time — I'll reply after.");
    expect(focusLine(null, defaultSettings())).toBe("I'm in a focus block right now — I'll reply after.");
  });

  it('stays out of a site the user switched off, never out of the playground', () => {
    const settings = { ...defaultSettings(), sites: { gmail: true, slack: false, docs: true } };
    expect(siteOn(settings, 'slack')).toBe(false);
    expect(siteOn(settings, 'gmail')).toBe(true);
    expect(siteOn(settings, 'playground')).toBe(true);
  });
});
