import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AppContext } from '../app/context.js';
import { requireHost, requireToken } from './local-guard.js';
import { openApiDocument } from './openapi.js';
import { HttpProblem, problemResponse } from './problem.js';
import { recordRoutes } from './record-routes.js';
import { serveWebApp } from './web-assets.js';
import { workspaceRoutes } from './workspace-routes.js';
import { analysisRoutes } from './analysis-routes.js';
import { planRoutes } from './plan-routes.js';
import { followThroughRoutes } from './follow-through-routes.js';
import { resumeRoutes } from './resume-routes.js';
import { readinessRoutes } from './readiness-routes.js';
import { afterRoundRoutes } from './after-round-routes.js';
import { briefRoutes } from './brief-routes.js';
import { prepRoutes } from './prep-routes.js';
import { recordingRoutes } from './recording-routes.js';
import { transcriptionRoutes } from './transcription-routes.js';
import type { TranscriberConfig } from '../io/transcribe.js';

export interface HttpAppOptions {
  readonly ctx: AppContext;
  /** The per-install token the API requires. */
  readonly token: string;
  /** `host:port` names the server answers to (DNS-rebinding guard). */
  readonly allowedHosts: ReadonlySet<string>;
  /** Folder of the built web app; without it only the API is served. */
  readonly webRoot?: string;
  readonly version?: string;
  /** Largest request body, in bytes, for ordinary API calls. */
  readonly maxBodyBytes?: number;
  /** Largest workspace file an import accepts, in bytes. */
  readonly maxImportBytes?: number;
  /** The data directory; with it, practice recordings are stored and served from it. */
  readonly dataDir?: string;
  /** Which speech recognisers may transcribe (default: pocketsphinx on the process's PATH). */
  readonly transcription?: TranscriberConfig;
}

const tooLarge = (limit: number) => () => {
  throw new HttpProblem(
    413,
    'payload-too-large',
    'Request body too large',
    `The request body is larger than this endpoint accepts (${limit} bytes).`,
  );
};

/** The whole HTTP surface: API, OpenAPI document, health check and web app. */
export function createHttpApp(options: HttpAppOptions): Hono {
  const { ctx, token } = options;
  const maxBody = options.maxBodyBytes ?? 4 * 1024 * 1024;
  const maxImport = options.maxImportBytes ?? 100 * 1024 * 1024;
  const app = new Hono();

  app.onError((error, c) => problemResponse(c, error));
  app.notFound((c) =>
    problemResponse(
      c,
      new HttpProblem(404, 'no-such-route', 'Not found', `No route ${c.req.method} ${c.req.path}.`),
    ),
  );
  app.use('*', requireHost(options.allowedHosts));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
    }),
  );

  app.get('/healthz', async (c) => {
    await ctx.store.workspaces.list();
    return c.json({ status: 'ok' });
  });
  app.get('/api/openapi.json', (c) => c.json(openApiDocument(options.version ?? '0.0.0')));

  app.use('/api/v1/*', requireToken(token));
  // A workspace file may be large; any other request body has the ordinary limit.
  const workspace = new Hono();
  workspace.use('/import', bodyLimit({ maxSize: maxImport, onError: tooLarge(maxImport) }));
  workspace.route('/', workspaceRoutes(ctx));
  const api = new Hono();
  api.use('*', bodyLimit({ maxSize: maxBody, onError: tooLarge(maxBody) }));
  api.route('/analyze', analysisRoutes());
  api.route('/', planRoutes(ctx));
  api.route('/', followThroughRoutes(ctx));
  api.route('/', resumeRoutes(ctx));
  api.route('/', readinessRoutes(ctx));
  api.route('/', afterRoundRoutes(ctx));
  api.route('/', briefRoutes(ctx));
  api.route('/', prepRoutes(ctx));
  api.route('/', recordRoutes(ctx));
  app.route('/api/v1/workspace', workspace);
  // A recording has its own, larger body limit, so it is mounted before the API's ordinary one.
  if (options.dataDir !== undefined) app.route('/api/v1', recordingRoutes(ctx, options.dataDir));
  app.route('/api/v1', transcriptionRoutes(options.transcription ?? {}));
  app.route('/api/v1', api);
  app.all('/api/*', (c) =>
    problemResponse(
      c,
      new HttpProblem(404, 'no-such-route', 'Not found', `No route ${c.req.method} ${c.req.path}.`),
    ),
  );

  if (options.webRoot) serveWebApp(app, options.webRoot, token);
  return app;
}
