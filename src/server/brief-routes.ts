import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import type { BriefFormat } from '../app/brief.js';
import { ValidationError } from '../app/errors.js';

// The brief plans the round (language model) and may load the PDF library: load them on the
// first request that needs them, not at start-up.
const briefs = () => import('../app/brief.js');

const briefQuery = z.object({
  round: z.string().regex(/^\d+$/, 'must be a round number such as 2').transform(Number).optional(),
});

/** The `?round=N` of a brief request, if any. */
function roundOf(c: Context): { roundNumber?: number } {
  const parsed = briefQuery.safeParse(c.req.query());
  if (!parsed.success) throw ValidationError.fromZod('brief request', parsed.error);
  return parsed.data.round === undefined ? {} : { roundNumber: parsed.data.round };
}

/** The brief as a file download, named after the company and round. */
async function download(c: Context, ctx: AppContext, id: string, format: BriefFormat) {
  const { briefFile } = await briefs();
  const file = await briefFile(ctx, id, { ...roundOf(c), format });
  const body = typeof file.content === 'string' ? file.content : new Uint8Array(file.content);
  return c.body(body, 200, {
    'Content-Type': file.contentType,
    'Content-Disposition': `attachment; filename="${file.filename}"`,
  });
}

/**
 * The day-of brief: `GET /opportunities/{id}/brief[?round=N]` (JSON, for the web page),
 * `GET /opportunities/{id}/brief.pdf` and `GET /opportunities/{id}/brief.md` (downloads). Without
 * `round`, the next scheduled round.
 */
export function briefRoutes(ctx: AppContext): Hono {
  const routes = new Hono();
  routes.get('/opportunities/:id/brief', async (c) =>
    c.json(await (await briefs()).briefOf(ctx, c.req.param('id'), roundOf(c))),
  );
  routes.get('/opportunities/:id/brief.pdf', (c) => download(c, ctx, c.req.param('id'), 'pdf'));
  routes.get('/opportunities/:id/brief.md', (c) => download(c, ctx, c.req.param('id'), 'md'));
  return routes;
}
