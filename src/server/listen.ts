import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(
      `Port ${port} on 127.0.0.1 is already in use (is Round Two already running?). ` +
        'Choose another with --port or the PORT environment variable.',
    );
    this.name = 'PortInUseError';
  }
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** The `host:port` names a loopback server on `port` answers to. */
export function loopbackHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

/** Listens on 127.0.0.1 only: local mode is never reachable from another machine. */
export function listenOnLoopback(app: Hono, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined = undefined;
    const onError = (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error);
    };
    server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
      server?.off('error', onError);
      resolve({
        url: `http://127.0.0.1:${info.port}/`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server?.close(() => done());
            (server as { closeAllConnections?: () => void } | undefined)?.closeAllConnections?.();
          }),
      });
    });
    server.once('error', onError);
  });
}
