import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { freePort, startAppServer, type AppServer } from './app-server.js';
import { launchBrowser, type LaunchOptions, type TestBrowser } from './browser.js';

/** A workspace of its own: a temporary data directory and the `roundtwo serve` on it. */
export interface Workspace {
  readonly dataDir: string;
  readonly server: AppServer;
}

/** The app of a `describe`: headless Chromium and `roundtwo serve` on a fresh data directory. */
export interface AppInBrowser extends Workspace {
  readonly browser: TestBrowser;
  /** Stops the server the way Ctrl+C does and starts it again on the same port and data. */
  restartServer(): Promise<void>;
  /** Another empty workspace, stopped and removed with the rest after the `describe`. */
  anotherWorkspace(): Promise<Workspace>;
}

/**
 * The browser's launch options, or a function that gives them once the `beforeAll` hooks
 * registered before `appInBrowser` have run (a fake microphone's file made there, say).
 */
export type BrowserSetup = LaunchOptions | (() => LaunchOptions | Promise<LaunchOptions>);

const notStarted = () => new Error('The browser or the server did not start.');

/**
 * Call inside a `describe`: its `beforeAll` launches the browser and starts the server on a
 * `roundtwo-${name}-` temporary directory in parallel, its `afterAll` closes both and removes the
 * directory. Reading `browser`, `server` or `dataDir` when the start failed throws.
 */
export function appInBrowser(name: string, setup: BrowserSetup = {}): AppInBrowser {
  let browser: TestBrowser | undefined;
  let server: AppServer | undefined;
  let dataDir: string | undefined;
  const dirs: string[] = [];
  const extraServers: AppServer[] = [];

  const newDataDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), `roundtwo-${name}-`));
    dirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    const options = typeof setup === 'function' ? await setup() : setup;
    const dir = await newDataDir();
    const [launched, serving] = await Promise.allSettled([
      launchBrowser(options),
      freePort().then((port) => startAppServer(dir, port)),
    ]);
    // Keep whichever did start, so that `afterAll` closes it, then report what failed.
    if (launched.status === 'fulfilled') browser = launched.value;
    if (serving.status === 'fulfilled') server = serving.value;
    if (launched.status === 'rejected') throw launched.reason;
    if (serving.status === 'rejected') throw serving.reason;
    dataDir = dir;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await Promise.all(extraServers.map((extra) => extra.stop()));
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw notStarted();
    return value;
  };

  return {
    get browser() {
      return started(browser);
    },
    get server() {
      return started(server);
    },
    get dataDir() {
      return started(dataDir);
    },
    async restartServer() {
      const running = started(server);
      await running.stop();
      server = await startAppServer(started(dataDir), Number(new URL(running.url).port));
    },
    async anotherWorkspace() {
      const dir = await newDataDir();
      const extra = await startAppServer(dir, await freePort());
      extraServers.push(extra);
      return { dataDir: dir, server: extra };
    },
  };
}
