import ICAL from 'ical.js';
import PostalMime from 'postal-mime';
import { afterEach, describe, expect, test } from 'vitest';
import { createRecord } from '../../src/app/records.js';
import { createHttpApp } from '../../src/server/app.js';
import { sqliteTarget, type TestDatabase } from '../support/databases.js';
import {
  anInterviewer,
  anOpportunity,
  aRound,
  contextFor,
  fixedClock,
} from '../support/fixtures.js';

const TOKEN = 'test-token-0123456789abcdef0123456789abcdef';
const HOST = '127.0.0.1:4312';

let open: TestDatabase | undefined;
afterEach(async () => {
  await open?.dispose();
  open = undefined;
});

/** A round that ended on Tuesday 24 Nov 2026 at 15:00 London time, with one interviewer. */
async function server() {
  open = await sqliteTarget.create();
  const ctx = await contextFor(open.database, fixedClock('2026-11-24T16:00:00.000Z'));
  const opportunity = await createRecord(ctx, 'opportunity', anOpportunity());
  const round = await createRecord(
    ctx,
    'round',
    aRound(opportunity.id, { startsAt: '2026-11-24T14:00:00.000Z', durationMinutes: 60 }),
  );
  const priya = await createRecord(
    ctx,
    'interviewer',
    anInterviewer(opportunity.id, { email: 'priya@northwind.example' }),
  );
  await createRecord(ctx, 'participation', {
    roundId: round.id,
    interviewerId: priya.id,
    topicsDiscussed: ['The claims pipeline that misses its nightly window'],
  });
  const app = createHttpApp({ ctx, token: TOKEN, allowedHosts: new Set([HOST]) });
  const call = (method: string, path: string, body?: unknown) =>
    app.request(`/api/v1${path}`, {
      method,
      headers: {
        host: HOST,
        authorization: `Bearer ${TOKEN}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return { call, round, priya };
}

interface DraftResponse {
  notes: { note: { id: string; dueAt: string; status: string }; overdue: boolean }[];
}

describe('follow-through over HTTP', () => {
  test('POST /rounds/{id}/thank-you-notes/draft drafts the notes and returns them with findings', async () => {
    const { call, round } = await server();
    const response = await call('POST', `/rounds/${round.id}/thank-you-notes/draft`);
    expect(response.status).toBe(200);
    const view = (await response.json()) as DraftResponse;
    expect(view.notes).toHaveLength(1);
    expect(view.notes[0]?.note).toMatchObject({
      status: 'draft',
      dueAt: '2026-11-25T15:00:00.000Z',
    });
    expect(view.notes[0]?.overdue).toBe(false);
  });

  test('POST /thank-you-notes/{id}/sent marks it sent, now or at the given time', async () => {
    const { call, round } = await server();
    const view = (await (
      await call('POST', `/rounds/${round.id}/thank-you-notes/draft`)
    ).json()) as DraftResponse;
    const id = view.notes[0]!.note.id;
    const now = await call('POST', `/thank-you-notes/${id}/sent`);
    expect(await now.json()).toMatchObject({ status: 'sent', sentAt: '2026-11-24T16:00:00.000Z' });
    const earlier = await call('POST', `/thank-you-notes/${id}/sent`, {
      sentAt: '2026-11-24T15:30:00+00:00',
    });
    expect(await earlier.json()).toMatchObject({ sentAt: '2026-11-24T15:30:00.000Z' });
  });

  test('a bad sending time is a 422 problem', async () => {
    const { call, round } = await server();
    const view = (await (
      await call('POST', `/rounds/${round.id}/thank-you-notes/draft`)
    ).json()) as DraftResponse;
    const response = await call('POST', `/thank-you-notes/${view.notes[0]!.note.id}/sent`, {
      sentAt: 'yesterday',
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  test('GET /thank-you-notes/{id}/eml downloads a message that parses back', async () => {
    const { call, round } = await server();
    const view = (await (
      await call('POST', `/rounds/${round.id}/thank-you-notes/draft`)
    ).json()) as DraftResponse;
    const response = await call('GET', `/thank-you-notes/${view.notes[0]!.note.id}/eml`);
    expect(response.headers.get('content-type')).toBe('message/rfc822');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="thank-you-priya-natarajan.eml"',
    );
    const email = await PostalMime.parse(await response.text());
    expect(email.to?.[0]?.address).toBe('priya@northwind.example');
    const mailto = (await (
      await call('GET', `/thank-you-notes/${view.notes[0]!.note.id}/mailto`)
    ).json()) as { mailto: string | null };
    expect(mailto.mailto).toMatch(/^mailto:priya@northwind\.example\?subject=/);
  });

  test('GET /rounds/{id}/calendar.ics is a text/calendar file with the round’s event', async () => {
    const { call, round } = await server();
    const response = await call('GET', `/rounds/${round.id}/calendar.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()) as unknown[]);
    expect(calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('uid')).toBe(
      `round-${round.id}@roundtwo.local`,
    );
  });

  test('GET /interviewers/{id}/contact.vcf is a text/vcard file', async () => {
    const { call, priya } = await server();
    const response = await call('GET', `/interviewers/${priya.id}/contact.vcf`);
    expect(response.headers.get('content-type')).toBe('text/vcard; charset=utf-8');
    const card = new ICAL.Component(ICAL.parse(await response.text()) as unknown[]);
    expect(card.getFirstPropertyValue('fn')).toBe('Priya Natarajan');
  });

  test('an unknown round or note is a 404 problem', async () => {
    const { call } = await server();
    expect((await call('GET', '/rounds/nope/calendar.ics')).status).toBe(404);
    expect((await call('POST', '/thank-you-notes/nope/sent')).status).toBe(404);
  });
});
