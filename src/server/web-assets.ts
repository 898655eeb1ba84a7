import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Hono } from 'hono';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

const TOKEN_PLACEHOLDER = '%ROUNDTWO_API_TOKEN%';

/**
 * Serves the built web app from `root`. Files under /assets are served as they are (their names
 * carry a content hash, so they may be cached for good); any other path gets index.html with the
 * API token filled in, so the app's own routes work on reload.
 */
export function serveWebApp(app: Hono, root: string, token: string): void {
  let indexHtml: Promise<string> | undefined;
  const index = () =>
    (indexHtml ??= readFile(join(root, 'index.html'), 'utf8').then((html) =>
      html.replace(TOKEN_PLACEHOLDER, token),
    ));

  app.get('*', async (c) => {
    const path = decodeURIComponent(c.req.path);
    const file = normalize(join(root, path));
    if (path.startsWith('/assets/') && file.startsWith(root + sep)) {
      try {
        const body = await readFile(file);
        return c.body(body, 200, {
          'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'public, max-age=31536000, immutable',
        });
      } catch {
        return c.notFound();
      }
    }
    try {
      return c.html(await index(), 200, { 'Cache-Control': 'no-store' });
    } catch {
      indexHtml = undefined;
      return c.text('The web app is not built. Run `npm run build`, then reload.', 503);
    }
  });
}
