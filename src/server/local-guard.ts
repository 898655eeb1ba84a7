import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HttpProblem } from './problem.js';

/**
 * Refuses requests whose Host header is not one of the names this server answers to. A web page
 * on another site can point its own domain name at 127.0.0.1 (DNS rebinding); the browser then
 * sends that domain as Host, and this check turns it away.
 */
export function requireHost(allowed: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase();
    if (!allowed.has(host)) {
      throw new HttpProblem(
        403,
        'host-not-allowed',
        'Host not allowed',
        `This Round Two server answers only to ${[...allowed].join(', ')}; the request was for "${host}".`,
      );
    }
    await next();
  };
}

/**
 * Requires the per-install API token (`Authorization: Bearer …`). The web app gets it from the
 * page the server renders; other sites cannot read that page, so they cannot call the API.
 */
export function requireToken(token: string): MiddlewareHandler {
  const expected = Buffer.from(token);
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const given = Buffer.from(header.replace(/^Bearer\s+/i, ''));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new HttpProblem(
        401,
        'token-required',
        'API token required',
        'Send the API token as "Authorization: Bearer <token>". It is in the file api-token in the data directory.',
      );
    }
    await next();
  };
}
