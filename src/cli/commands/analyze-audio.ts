import type { Command } from 'commander';
import type { AudioAnalysis } from '../../app/analyze-audio.js';
import type { AnswerFindingKind } from '../../coach/answer-analysis.js';
import type { AudioFinding } from '../../coach/audio-delivery.js';
import type { Finding } from '../../coach/finding.js';
import { formatFindings } from '../analysis-report.js';
import { printJson, UsageError, type CliRuntime } from '../output.js';
import { transcriberHelp, transcriberSettingsFrom } from '../transcriber-settings.js';

// Decoding, voice activity and the answer analyser's language model load only when this runs.
const audioAnalysis = () => import('../../app/analyze-audio.js');

const seconds = (value: number) => `${value.toFixed(1)} s`;

function parseSeconds(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new UsageError(`--seconds must be a positive number, not "${text}".`);
  return value;
}

function formatAudioFindings(findings: readonly AudioFinding[]): string[] {
  return findings.flatMap((finding) => [
    `  [${finding.severity}] ${finding.kind}: ${finding.message}`,
    `      at: ${finding.at.map((span) => `${seconds(span.start)}–${seconds(span.end)}`).join(', ')}`,
    `      → ${finding.advice}`,
    ...(finding.threshold
      ? [
          `      threshold: ${finding.threshold.value} ${finding.threshold.unit} (${finding.threshold.source})`,
        ]
      : []),
  ]);
}

/** The text report of `roundtwo analyze audio`. */
export function formatAudioReport(analysis: AudioAnalysis): string {
  const audioFindings = analysis.findings.filter(
    (finding): finding is AudioFinding => 'at' in finding,
  );
  const textFindings = analysis.findings.filter(
    (finding): finding is Finding<AnswerFindingKind> => !('at' in finding),
  );
  const longest =
    analysis.pauses.length === 0 ? '' : `, longest ${seconds(analysis.longestPauseSeconds)}`;
  const lines = [
    `Duration ${seconds(analysis.durationSeconds)}, speaking ${seconds(analysis.speakingSeconds)}`,
    `First word after ${analysis.timeToFirstWordSeconds === null ? '— (no speech found)' : seconds(analysis.timeToFirstWordSeconds)}`,
    `Pauses of 0.3 s or more: ${analysis.pauses.length}${longest}`,
  ];
  if (analysis.transcript !== undefined)
    lines.push(
      '',
      analysis.transcriber === 'openai-compatible'
        ? 'Transcript (OpenAI-compatible endpoint):'
        : 'Transcript (pocketsphinx, rough):',
      `  ${analysis.transcript}`,
      ...(analysis.wordsPerMinute === undefined
        ? []
        : [`${analysis.wordsPerMinute} words a minute`]),
    );
  else if (analysis.transcriptError !== undefined)
    lines.push('No transcript: the transcriber failed (see the warning).');
  else
    lines.push(
      'No transcript (for a rough local one: apt install pocketsphinx pocketsphinx-en-us; or set ROUNDTWO_TRANSCRIBE_URL to an OpenAI-compatible server).',
    );
  lines.push('');
  if (analysis.findings.length === 0) lines.push('No findings.');
  else {
    lines.push(`Findings (${analysis.findings.length}):`, ...formatAudioFindings(audioFindings));
    if (textFindings.length > 0)
      lines.push(...formatFindings(analysis.transcript ?? '', textFindings).slice(1));
  }
  return lines.join('\n');
}

/**
 * Registers `roundtwo analyze audio --file F [--json]` under the `analyze` command.
 * @example registerAnalyzeAudio(analyze, runtime)
 */
export function registerAnalyzeAudio(analyzeCommand: Command, runtime: CliRuntime): void {
  analyzeCommand
    .command('audio')
    .description(
      'Analyse a recorded answer: duration, speaking time, pauses, time to first word; with a transcriber, pace and the answer findings',
    )
    .requiredOption('--file <file>', 'the recording (WAV; other formats need ffmpeg)')
    .option('--seconds <n>', 'seconds to use for the pace instead of the measured speaking time')
    .option('--no-transcript', 'skip transcription, even when an engine is available')
    .option('--json', 'print the full analysis as JSON')
    .addHelpText(
      'after',
      '\nJSON output: {"durationSeconds","speakingSeconds","pauses":[{"start","end"}],"longestPauseSeconds","timeToFirstWordSeconds","transcript"?,"transcriber"?,"transcriptError"?,"wordsPerMinute"?,"findings":[…]}\n' +
        '"transcriber" is "pocketsphinx" or "openai-compatible". When the transcriber fails, the delivery\n' +
        'measures are still given, the reason is in "transcriptError" (a warning on stderr in the\n' +
        'text report) and the exit code stays 0.\n' +
        transcriberHelp,
    )
    .action(
      async (options: { file: string; seconds?: string; transcript: boolean; json?: boolean }) => {
        const { analyzeAudioFile } = await audioAnalysis();
        const wanted = parseSeconds(options.seconds);
        const analysis = await analyzeAudioFile(options.file, {
          transcribe: options.transcript,
          ...(options.transcript ? { transcriber: transcriberSettingsFrom(runtime.env) } : {}),
          ...(wanted === undefined ? {} : { seconds: wanted }),
        });
        if (options.json) printJson(runtime, analysis);
        else {
          if (analysis.transcriptError !== undefined)
            runtime.err(`roundtwo: warning: no transcript: ${analysis.transcriptError}`);
          runtime.out(formatAudioReport(analysis));
        }
      },
    );
}
