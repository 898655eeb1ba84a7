import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { ValidationError } from '../app/errors.js';
import { idSchema } from '../domain/common.js';

// Readiness plans the round, which loads the language model: load it on the first request.
const readiness = () => import('../app/readiness.js');

const readinessQuery = z.strictObject({ roundId: idSchema.optional() });

/**
 * `GET /opportunities/{id}/readiness[?roundId=]`: the checklist, countdown and next action for the
 * next round (or the one named); `GET /readiness`: the same for every opportunity in play.
 */
export function readinessRoutes(ctx: AppContext): Hono {
  const routes = new Hono();
  routes.get('/opportunities/:id/readiness', async (c) => {
    const parsed = readinessQuery.safeParse(c.req.query());
    if (!parsed.success) throw ValidationError.fromZod('readiness query', parsed.error);
    const { readinessOf } = await readiness();
    const { roundId } = parsed.data;
    return c.json(await readinessOf(ctx, c.req.param('id'), roundId ? { roundId } : {}));
  });
  routes.get('/readiness', async (c) => c.json(await (await readiness()).listReadiness(ctx)));
  return routes;
}
