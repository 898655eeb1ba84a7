import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { ValidationError } from '../app/errors.js';
import { loadExampleOpportunity } from '../app/example.js';
import { exportWorkspace, importWorkspace, serializeWorkspace } from '../app/workspace-transfer.js';

// Strict: an unknown parameter (`?shared=true`) is refused, never read as a full export.
const exportQuery = z.strictObject(
  { share: z.enum(['true', 'false'], { message: 'must be true or false' }).optional() },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? unknownParameters(issue.keys) : undefined,
  },
);

function unknownParameters(keys: readonly string[]): string {
  const names = keys.map((key) => `"${key}"`).join(', ');
  return `unknown query parameter${keys.length === 1 ? '' : 's'} ${names} (the only one is "share")`;
}

/**
 * Export (`?share=true` leaves out private fields), import and the example opportunity, under
 * `/api/v1/workspace`.
 */
export function workspaceRoutes(ctx: AppContext): Hono {
  const routes = new Hono();
  routes.get('/export', async (c) => {
    // A typo must not turn a share into a full export with the private fields in it.
    const query = exportQuery.safeParse(c.req.query());
    if (!query.success) throw ValidationError.fromZod('export request', query.error);
    const share = query.data.share === 'true';
    const text = serializeWorkspace(await exportWorkspace(ctx, { share }));
    const filename = share ? 'roundtwo-workspace-share.json' : 'roundtwo-workspace.json';
    return c.body(text, 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
    });
  });
  routes.post('/import', async (c) => {
    const summary = await importWorkspace(ctx, await c.req.text(), {
      replace: c.req.query('replace') === 'true',
    });
    return c.json(summary);
  });
  routes.post('/example', async (c) => c.json(await loadExampleOpportunity(ctx), 201));
  return routes;
}
