import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { createHttpApp } from '../../server/app.js';
import { listenOnLoopback, loopbackHosts } from '../../server/listen.js';
import { DEFAULT_PORT, loadOrCreateToken, openConfiguredWorkspace } from '../environment.js';
import { parsePort, type CliRuntime } from '../output.js';
import { transcriberSettingsFrom } from '../transcriber-settings.js';
import { describeTranscriber, type TranscriberConfig } from '../../io/transcribe.js';

const packageRoot = fileURLToPath(new URL('../../../', import.meta.url));

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(`${packageRoot}package.json`, 'utf8')) as { version: string };
  return pkg.version;
}

export function registerServe(program: Command, runtime: CliRuntime): void {
  program
    .command('serve')
    .description('Serve the web app and the HTTP API on 127.0.0.1 (local mode)')
    .option('-p, --port <port>', `port to listen on (default: PORT or ${DEFAULT_PORT})`)
    .action(async (options: { port?: string }) => {
      const port = parsePort(options.port ?? runtime.env.PORT ?? String(DEFAULT_PORT));
      const settings = runtime.settings();
      const transcription = transcriberSettingsFrom(runtime.env);
      const workspace = await openConfiguredWorkspace(settings);
      const token = loadOrCreateToken(settings.dataDir);
      const webRoot = `${packageRoot}dist/web`;
      const allowedHosts = new Set<string>();
      const app = createHttpApp({
        ctx: workspace.ctx,
        token,
        allowedHosts,
        version: packageVersion(),
        dataDir: settings.dataDir,
        transcription,
        ...(existsSync(webRoot) ? { webRoot } : {}),
      });
      let server;
      try {
        server = await listenOnLoopback(app, port);
      } catch (error) {
        await workspace.close();
        throw error;
      }
      for (const host of loopbackHosts(server.port)) allowedHosts.add(host);
      runtime.out(`Round Two is running at ${server.url}`);
      // Load the analysers (and their language model) now, in the background, so the first page
      // that needs them answers at once; start-up does not wait for it.
      setTimeout(() => {
        import('../../app/plan-round.js').catch(() => undefined);
      }, 0);
      runtime.out(`Data: ${workspace.database.location}.`);
      runtime.out(`Transcripts of spoken answers: ${transcriberLine(transcription)}`);
      runtime.out('Press Ctrl+C to stop.');
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      await workspace.close();
    });
}

/** Which engine would transcribe, and where the audio would go: said once, at start-up. */
function transcriberLine(config: TranscriberConfig): string {
  const engine = describeTranscriber(config);
  if (engine === undefined)
    return 'none (install pocketsphinx or set ROUNDTWO_TRANSCRIBE_URL; typing always works).';
  return engine.sendsAudioTo === null
    ? `${engine.transcriber}, on this computer.`
    : `sent to ${engine.sendsAudioTo} when you ask for one.`;
}
