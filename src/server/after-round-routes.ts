import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { ValidationError } from '../app/errors.js';
import { dueFollowUps, markFollowUpSent, markOpportunityCold } from '../app/follow-ups.js';
import { offerChecklist, startNextRound } from '../app/next-step.js';
import { recordReflection, reflectionTrends } from '../app/reflection.js';
import { instantSchema } from '../domain/common.js';
import { readJson } from './json-body.js';

const sentRequest = z.strictObject({ sentAt: instantSchema.optional() });

/** An optional JSON body: none at all is `{}`. */
async function optionalJson(c: Context): Promise<unknown> {
  const length = c.req.header('content-length');
  if (!c.req.header('content-type') && (length === undefined || length === '0')) return {};
  return readJson(c);
}

/**
 * After the round: reflection, follow-ups and the next step.
 * `GET /follow-ups/due`, `POST /follow-ups/{id}/sent`, `PUT /rounds/{id}/reflection`,
 * `GET /reflections/trends`, `POST /opportunities/{id}/next-round`,
 * `POST /opportunities/{id}/offer`, `POST /opportunities/{id}/cold`.
 * Mount before the record routes: `/follow-ups/due` and `/reflections/trends` would otherwise be
 * read as record ids.
 */
export function afterRoundRoutes(ctx: AppContext): Hono {
  const routes = new Hono();
  // Drafting a due inquiry stores it as a planned follow-up; doing so again finds it, so the
  // GET stays safe to repeat.
  routes.get('/follow-ups/due', async (c) => c.json(await dueFollowUps(ctx)));
  routes.post('/follow-ups/:id/sent', async (c) => {
    const parsed = sentRequest.safeParse(await optionalJson(c));
    if (!parsed.success) throw ValidationError.fromZod('sent request', parsed.error);
    return c.json(await markFollowUpSent(ctx, c.req.param('id'), parsed.data.sentAt));
  });
  routes.put('/rounds/:id/reflection', async (c) => {
    const { reflection, created } = await recordReflection(
      ctx,
      c.req.param('id'),
      await readJson(c),
    );
    return c.json(reflection, created ? 201 : 200);
  });
  routes.get('/reflections/trends', async (c) => c.json(await reflectionTrends(ctx)));
  routes.post('/opportunities/:id/next-round', async (c) =>
    c.json(await startNextRound(ctx, c.req.param('id'), await optionalJson(c)), 201),
  );
  routes.post('/opportunities/:id/offer', async (c) =>
    c.json(await offerChecklist(ctx, c.req.param('id'))),
  );
  routes.post('/opportunities/:id/cold', async (c) =>
    c.json(await markOpportunityCold(ctx, c.req.param('id'))),
  );
  return routes;
}
