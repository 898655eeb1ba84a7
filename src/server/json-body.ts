import type { Context } from 'hono';
import { HttpProblem } from './problem.js';

/** Reads a JSON request body, with a clear 415 or 400 when it is not JSON. */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new HttpProblem(
      415,
      'unsupported-media-type',
      'Unsupported media type',
      `Send the body as JSON with "Content-Type: application/json" (got "${type || 'none'}").`,
    );
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HttpProblem(
      400,
      'malformed-json',
      'Malformed JSON',
      `The body is not valid JSON: ${error instanceof Error ? error.message : 'parse error'}.`,
    );
  }
}
