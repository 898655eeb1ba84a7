import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { ValidationError } from '../app/errors.js';
import { importResume } from '../app/import-resume.js';
import type { ResumeFormat } from '../domain/resume.js';
import { HttpProblem } from './problem.js';

const importQuery = z.strictObject({ replace: z.enum(['true', 'false']).optional() });

/** The résumé's format by the body's media type: JSON Resume, or text (Markdown is text). */
function formatOf(contentType: string): ResumeFormat {
  if (/^application\/(.+\+)?json\b/i.test(contentType)) return 'json';
  if (/^text\/(plain|markdown)\b/i.test(contentType)) return 'text';
  throw new HttpProblem(
    415,
    'unsupported-media-type',
    'Unsupported media type',
    `Send a JSON Resume as "application/json", or a plain-text résumé as "text/plain" (got "${contentType || 'none'}").`,
  );
}

/**
 * `POST /api/v1/resume/import[?replace=true]`: the body is the résumé itself; answers
 * `{created, byKind}`.
 */
export function resumeRoutes(ctx: AppContext): Hono {
  const routes = new Hono();
  routes.post('/resume/import', async (c) => {
    const query = importQuery.safeParse(c.req.query());
    if (!query.success) throw ValidationError.fromZod('résumé import options', query.error);
    const format = formatOf(c.req.header('content-type') ?? '');
    const text = await c.req.text();
    return c.json(
      await importResume(ctx, text, { format, replace: query.data.replace === 'true' }),
    );
  });
  return routes;
}
