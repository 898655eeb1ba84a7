import { Hono } from 'hono';
import type { AppContext } from '../app/context.js';

// Planning loads the language model: load it on the first request, not at start-up.
const planning = () => import('../app/plan-round.js');

/** `GET /api/v1/rounds/{id}/plan` and `GET /api/v1/opportunities/{id}/coverage`. */
export function planRoutes(ctx: AppContext): Hono {
  const routes = new Hono();
  routes.get('/rounds/:id/plan', async (c) =>
    c.json(await (await planning()).planRound(ctx, c.req.param('id'))),
  );
  routes.get('/opportunities/:id/coverage', async (c) =>
    c.json(await (await planning()).assessOpportunityCoverage(ctx, c.req.param('id'))),
  );
  return routes;
}
