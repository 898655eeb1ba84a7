import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { ValidationError } from '../app/errors.js';
import {
  checkPersonalWhy,
  formatChecklist,
  rehearsalReport,
  salaryScripts,
} from '../app/format-prep.js';
import { readJson } from './json-body.js';

const rehearsalRequest = z.strictObject({ timestamps: z.array(z.string()) });

/**
 * Format prep: `GET /opportunities/{id}/salary-scripts` (the walk-away only with
 * `?showWalkAway=true`), `GET /opportunities/{id}/why-check`, `GET /formats/{format}/checklist`,
 * `POST /presentation-plans/{id}/rehearsal-report` with `{ "timestamps": [start, …, end] }`.
 * Mount before the record routes, which would read `salary-scripts` as a record id.
 */
export function prepRoutes(ctx: AppContext): Hono {
  const routes = new Hono();
  routes.get('/opportunities/:id/salary-scripts', async (c) => {
    const view = await salaryScripts(ctx, c.req.param('id'));
    if (c.req.query('showWalkAway') === 'true') return c.json(view);
    const { private: _hidden, ...shown } = view;
    return c.json(shown);
  });
  routes.get('/opportunities/:id/why-check', async (c) =>
    c.json(await checkPersonalWhy(ctx, c.req.param('id'))),
  );
  routes.get('/formats/:format/checklist', (c) => c.json(formatChecklist(c.req.param('format'))));
  routes.post('/presentation-plans/:id/rehearsal-report', async (c) => {
    const parsed = rehearsalRequest.safeParse(await readJson(c));
    if (!parsed.success) throw ValidationError.fromZod('rehearsal request', parsed.error);
    return c.json(await rehearsalReport(ctx, c.req.param('id'), parsed.data.timestamps));
  });
  return routes;
}
