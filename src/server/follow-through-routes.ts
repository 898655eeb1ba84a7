import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { ValidationError } from '../app/errors.js';
import { instantSchema } from '../domain/common.js';
import { readJson } from './json-body.js';

// Drafting loads the language model and the dictionary, e-mail the mail composer: load them on
// the first request that needs them, not at start-up.
const notes = () => import('../app/follow-through.js');
const files = () => import('../app/follow-through-files.js');

const sentRequest = z.strictObject({ sentAt: instantSchema.optional() });

/** A file download: its media type, and a name the browser saves it under. */
function download(c: Context, file: { filename: string; content: string }, type: string) {
  return c.body(file.content, 200, {
    'Content-Type': type,
    'Content-Disposition': `attachment; filename="${file.filename}"`,
  });
}

/** An optional JSON body: none at all is `{}`. */
async function optionalJson(c: Context): Promise<unknown> {
  const length = c.req.header('content-length');
  if (!c.req.header('content-type') && (length === undefined || length === '0')) return {};
  return readJson(c);
}

/**
 * Thank-you notes, calendar and contact files:
 * `POST /rounds/{id}/thank-you-notes/draft`, `POST /thank-you-notes/{id}/sent`,
 * `GET /thank-you-notes/{id}/eml`, `GET /thank-you-notes/{id}/mailto`,
 * `GET /rounds/{id}/calendar.ics`, `GET /interviewers/{id}/contact.vcf`.
 */
export function followThroughRoutes(ctx: AppContext): Hono {
  const routes = new Hono();
  routes.post('/rounds/:id/thank-you-notes/draft', async (c) =>
    c.json(await (await notes()).draftThankYouNotes(ctx, c.req.param('id'))),
  );
  routes.post('/thank-you-notes/:id/sent', async (c) => {
    const parsed = sentRequest.safeParse(await optionalJson(c));
    if (!parsed.success) throw ValidationError.fromZod('sent request', parsed.error);
    const { markThankYouSent } = await notes();
    return c.json(await markThankYouSent(ctx, c.req.param('id'), parsed.data.sentAt));
  });
  routes.get('/thank-you-notes/:id/eml', async (c) =>
    download(c, await (await files()).thankYouEmail(ctx, c.req.param('id')), 'message/rfc822'),
  );
  routes.get('/thank-you-notes/:id/mailto', async (c) => {
    const { mailto } = await (await files()).thankYouEmail(ctx, c.req.param('id'));
    return c.json({ mailto: mailto ?? null });
  });
  routes.get('/rounds/:id/calendar.ics', async (c) =>
    download(
      c,
      await (await files()).roundCalendarFile(ctx, c.req.param('id')),
      'text/calendar; charset=utf-8',
    ),
  );
  routes.get('/interviewers/:id/contact.vcf', async (c) =>
    download(
      c,
      await (await files()).interviewerVcard(ctx, c.req.param('id')),
      'text/vcard; charset=utf-8',
    ),
  );
  return routes;
}
