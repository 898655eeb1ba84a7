import { Hono } from 'hono';
import { analyzeAnswerRequest, analyzeAskRequest, analyzeNoteRequest } from '../app/analyze.js';
import { loadSpellChecker } from '../io/spelling.js';
import { readJson } from './json-body.js';

/** `POST /api/v1/analyze/{answer|ask|note}`: the coach's analyses over HTTP. */
export function analysisRoutes(): Hono {
  const routes = new Hono();
  routes.post('/answer', async (c) => c.json(analyzeAnswerRequest(await readJson(c))));
  routes.post('/ask', async (c) => c.json(analyzeAskRequest(await readJson(c))));
  routes.post('/note', async (c) => {
    const input = await readJson(c);
    return c.json(analyzeNoteRequest(input, await loadSpellChecker()));
  });
  return routes;
}
