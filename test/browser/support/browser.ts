import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; playwright-core drives it without downloading a browser of its own. */
const CHROMIUM = '/usr/bin/chromium';

export interface TestBrowser {
  readonly context: BrowserContext;
  /** A new tab that records uncaught page errors, so a test can require there were none. */
  newPage(): Promise<{ page: Page; pageErrors: string[] }>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Command-line switches added to the usual ones (a fake microphone, say). */
  readonly extraArgs?: readonly string[];
}

/**
 * Launches headless Chromium with a fresh profile. The browser runs in New York time so that
 * a round's time zone is visibly different from the viewer's.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<TestBrowser> {
  const profileDir = await mkdtemp(join(tmpdir(), 'roundtwo-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      timezoneId: 'America/New_York',
      locale: 'en-GB',
      viewport: { width: 1100, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        ...(options.extraArgs ?? []),
      ],
    });
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    async newPage() {
      const page = await context.newPage();
      // Generous: the first request that needs the language model loads it on a busy two-core CI machine.
      page.setDefaultTimeout(20_000);
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return { page, pageErrors };
    },
    async close() {
      await context.close().catch(() => undefined);
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
