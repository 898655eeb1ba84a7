import PostalMime from 'postal-mime';
import { describe, expect, test } from 'vitest';
import { mailtoLink, thankYouEml } from './email.js';

const body =
  'Dear Zoë,\n\nThank you for walking me through the Rotterdam–Milan rail corridor — and the pricing rules it needs.\n\nKind regards,\nAlex Okafor';

const aMessage = (overrides: Partial<Parameters<typeof thankYouEml>[0]> = {}) =>
  thankYouEml({
    to: { name: 'Zoë de Wit', address: 'zoe.dewit@larkspur-freight.example' },
    subject: 'Thank you — our talk about the rail corridor',
    body,
    date: new Date('2026-11-26T10:00:00.000Z'),
    messageId: 'thank-you-note-0001@roundtwo.local',
    ...overrides,
  });

describe('the .eml draft', () => {
  test('parses back with To, Subject, Date and the body intact, in UTF-8', async () => {
    const email = await PostalMime.parse(await aMessage());
    expect(email.to).toEqual([
      { name: 'Zoë de Wit', address: 'zoe.dewit@larkspur-freight.example' },
    ]);
    expect(email.subject).toBe('Thank you — our talk about the rail corridor');
    expect(new Date(email.date!).toISOString()).toBe('2026-11-26T10:00:00.000Z');
    expect(email.text?.replace(/\r\n/g, '\n').trimEnd()).toBe(body);
    expect(email.messageId).toBe('<thank-you-note-0001@roundtwo.local>');
  });

  test('is marked unsent, so a mail client opens it as a draft', async () => {
    const email = await PostalMime.parse(await aMessage());
    expect(email.headers.find((header) => header.key === 'x-unsent')?.value).toBe('1');
  });

  test('has the sender when given, and no recipient when the interviewer has no address', async () => {
    const email = await PostalMime.parse(
      await aMessage({ from: { name: 'Alex Okafor', address: 'alex@example.com' }, to: null }),
    );
    expect(email.from).toEqual({ name: 'Alex Okafor', address: 'alex@example.com' });
    expect(email.to ?? []).toEqual([]);
  });

  test('uses CRLF line breaks and 7-bit lines of at most 78 characters', async () => {
    const text = await aMessage({ body: `${'Ünïcode words here. '.repeat(30)}\nSecond line` });
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) {
      expect(line.length).toBeLessThanOrEqual(78);
      expect(line).toMatch(/^[\x20-\x7e\t]*$/);
    }
  });
});

describe('the mailto: link', () => {
  test('percent-encodes subject and body, with line breaks as %0D%0A', () => {
    const link = mailtoLink({
      to: 'zoe.dewit@larkspur-freight.example',
      subject: 'Thanks & more?',
      body: 'Dear Zoë,\n\nThank you (again)!',
    });
    expect(link).toBe(
      'mailto:zoe.dewit@larkspur-freight.example?subject=Thanks%20%26%20more%3F&body=Dear%20Zo%C3%AB%2C%0D%0A%0D%0AThank%20you%20%28again%29%21',
    );
  });

  test('decodes back to the same subject and body', () => {
    const link = mailtoLink({ to: 'a@example.com', subject: 'Thank you — A&B', body })!;
    const url = new URL(link);
    const fields = Object.fromEntries(
      url.search
        .slice(1)
        .split('&')
        .map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]),
    );
    expect(url.pathname).toBe('a@example.com');
    expect(fields.subject).toBe('Thank you — A&B');
    expect(fields.body).toBe(body.replace(/\n/g, '\r\n'));
  });

  test('leaves out the recipient when there is none', () => {
    expect(mailtoLink({ subject: 'Thanks', body: 'Hi' })).toBe('mailto:?subject=Thanks&body=Hi');
  });

  test('is not offered past 2,000 characters, so the caller offers the .eml', () => {
    expect(
      mailtoLink({ to: 'a@example.com', subject: 'Thanks', body: 'ü'.repeat(400) }),
    ).toBeUndefined();
    const fits = mailtoLink({ to: 'a@example.com', subject: 'Thanks', body: 'a'.repeat(1900) });
    expect(fits?.length).toBeLessThanOrEqual(2000);
  });
});
