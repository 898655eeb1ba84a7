import { Hono } from 'hono';
import { readJson } from './json-body.js';

// The coach loads a 3.8 MB language model; load it on the first analysis, not at start-up.
const loadAnalyses = () => import('../app/analyze.js');
const loadSpelling = async () => (await import('../io/spelling.js')).loadSpellChecker();

/** `POST /api/v1/analyze/{answer|ask|note}`: the coach's analyses over HTTP. */
export function analysisRoutes(): Hono {
  const routes = new Hono();
  routes.post('/answer', async (c) => {
    const input = await readJson(c);
    return c.json((await loadAnalyses()).analyzeAnswerRequest(input));
  });
  routes.post('/ask', async (c) => {
    const input = await readJson(c);
    return c.json((await loadAnalyses()).analyzeAskRequest(input));
  });
  routes.post('/note', async (c) => {
    const input = await readJson(c);
    const { analyzeNoteRequest } = await loadAnalyses();
    return c.json(analyzeNoteRequest(input, await loadSpelling()));
  });
  return routes;
}
