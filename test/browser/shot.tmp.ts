import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startAppServer } from './support/app-server.js';
import { launchBrowser } from './support/browser.js';

const dataDir = await mkdtemp(join(tmpdir(), 'rt-shot-'));
const server = await startAppServer(dataDir, await freePort());
const browser = await launchBrowser();
try {
  const { page, pageErrors } = await browser.newPage();
  page.on('console', (m) => console.log('console:', m.type(), m.text()));
  await page.goto(`${server.url}/stories/new`);
  const t0 = Date.now();
  await page
    .getByText('Preparing the coach…')
    .waitFor()
    .catch(() => console.log('no preparing text seen'));
  await page.getByRole('list', { name: 'Parts the coach found' }).waitFor();
  console.log('coach ready after', Date.now() - t0, 'ms');
  await page.getByLabel('Title').fill('Triage rules');
  await page
    .getByLabel('Situation')
    .fill(
      'Our support queue was growing every week, and honestly my manager was useless about it.',
    );
  await page
    .getByLabel('Action')
    .fill(
      'I rewrote the triage rules and trained the team on them. I think maybe we could sort of have done it sooner, I guess.',
    );
  await page.getByLabel('Result').fill('The backlog fell.');
  await page.waitForTimeout(300);
  for (const [w, name] of [
    [1100, 'desktop'],
    [390, 'phone'],
  ] as const) {
    await page.setViewportSize({ width: w, height: 900 });
    await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
  }
  console.log(pageErrors);
} finally {
  await browser.close();
  await server.stop();
}
