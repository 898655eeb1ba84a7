import { Hono } from 'hono';
import type { AppContext } from '../app/context.js';
import {
  createRecord,
  deleteRecord,
  getRecord,
  listRecords,
  updateRecord,
} from '../app/records.js';
import { entities, entityKinds } from '../domain/entities.js';
import { readJson } from './json-body.js';

/**
 * The same five routes for every kind of record, at flat paths:
 * `GET|POST /api/v1/{collection}` and `GET|PATCH|DELETE /api/v1/{collection}/{id}`.
 * List filters are the kind's references as query parameters (`?opportunityId=…`).
 */
export function recordRoutes(ctx: AppContext): Hono {
  const routes = new Hono();
  for (const kind of entityKinds) {
    const path = `/${entities[kind].collection}`;
    routes.get(path, async (c) => c.json(await listRecords(ctx, kind, c.req.query())));
    routes.post(path, async (c) => {
      const record = await createRecord(ctx, kind, await readJson(c));
      c.header('Location', `/api/v1${path}/${record.id}`);
      return c.json(record, 201);
    });
    routes.get(`${path}/:id`, async (c) => c.json(await getRecord(ctx, kind, c.req.param('id'))));
    routes.patch(`${path}/:id`, async (c) =>
      c.json(await updateRecord(ctx, kind, c.req.param('id'), await readJson(c))),
    );
    routes.delete(`${path}/:id`, async (c) => {
      await deleteRecord(ctx, kind, c.req.param('id'));
      return c.body(null, 204);
    });
  }
  return routes;
}
