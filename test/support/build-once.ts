import { execFileSync } from 'node:child_process';

/**
 * Builds the CLI (dist/) and the web app (dist/web) once before the suite, so that tests which
 * run `bin/roundtwo` or load the web app exercise the code as it is now, not a stale build.
 */
export default function buildOnce(): void {
  if (process.env.ROUNDTWO_SKIP_BUILD === '1') return;
  // Vitest sets NODE_ENV=test; the build must still be the production one that `serve` ships.
  execFileSync('npm', ['run', '--silent', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
