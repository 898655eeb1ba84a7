import { Hono } from 'hono';
import { analyzeAnswerRequest } from '../app/analyze.js';
import { readJson } from './json-body.js';

/** `POST /api/v1/analyze/{answer|ask|note}`: the coach's analyses over HTTP. */
export function analysisRoutes(): Hono {
  const routes = new Hono();
  routes.post('/answer', async (c) => c.json(analyzeAnswerRequest(await readJson(c))));
  return routes;
}
