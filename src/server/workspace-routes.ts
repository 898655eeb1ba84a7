import { Hono } from 'hono';
import type { AppContext } from '../app/context.js';
import { loadExampleOpportunity } from '../app/example.js';
import { exportWorkspace, importWorkspace, serializeWorkspace } from '../app/workspace-transfer.js';

/** Export, import and the example opportunity, under `/api/v1/workspace`. */
export function workspaceRoutes(ctx: AppContext): Hono {
  const routes = new Hono();
  routes.get('/export', async (c) => {
    const text = serializeWorkspace(await exportWorkspace(ctx));
    return c.body(text, 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="roundtwo-workspace.json"',
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
