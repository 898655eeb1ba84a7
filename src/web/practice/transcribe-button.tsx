import { useState } from 'react';
import { toProblem, type ApiProblem } from '../api.js';
import { ProblemMessage } from '../components/problem-message.js';
import { transcriberInfo, type TranscriberName } from '../transcription-api.js';
import { useLoad } from '../use-load.js';
import { transcribeRecording } from './transcribe-recording.js';

type Progress =
  | { readonly state: 'idle'; readonly message: string }
  | { readonly state: 'transcribing' }
  | { readonly state: 'failed'; readonly problem: ApiProblem };

/** Where a URL's audio goes, short enough for a button: its origin. */
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/**
 * Offers a transcript of a spoken answer from the server's transcriber, saying first where the
 * audio goes: nowhere (pocketsphinx on this computer) or the configured endpoint's URL. When the
 * server has no transcriber, a one-line hint says how to enable one.
 */
export function TranscribeButton({
  samples,
  sampleRate,
  onTranscript,
  onBusyChange,
}: {
  /** The recording's mono samples, as the recorder returns them. */
  readonly samples: Float32Array;
  readonly sampleRate: number;
  readonly onTranscript: (text: string, transcriber: TranscriberName) => void;
  /** Told when a transcription starts and ends, so the answer is not saved half-way. */
  readonly onBusyChange?: (busy: boolean) => void;
}) {
  const info = useLoad('transcriber', transcriberInfo);
  const [progress, setProgress] = useState<Progress>({ state: 'idle', message: '' });

  if (info.status === 'loading') return null;
  if (info.status === 'error') {
    // A server older than this page has no transcription routes: nothing to offer.
    if (info.problem.isMissingRoute()) return null;
    return <ProblemMessage problem={info.problem} onRetry={info.reload} />;
  }
  const { transcriber, sendsAudioTo } = info.data;
  if (transcriber === null)
    return (
      <p className="hint transcribe-hint">
        For a transcript, install pocketsphinx on this computer (
        <code>apt install pocketsphinx pocketsphinx-en-us</code>) or set{' '}
        <code>ROUNDTWO_TRANSCRIBE_URL</code> to an OpenAI-compatible speech-to-text server
        (whisper.cpp, say), then restart Round Two.
      </p>
    );

  const transcribe = async () => {
    setProgress({ state: 'transcribing' });
    onBusyChange?.(true);
    try {
      const result = await transcribeRecording(samples, sampleRate);
      if (result.transcript === '') {
        setProgress({ state: 'idle', message: 'No words were recognised in this recording.' });
        return;
      }
      setProgress({ state: 'idle', message: 'Transcribed.' });
      onTranscript(result.transcript, result.transcriber);
    } catch (error) {
      setProgress({ state: 'failed', problem: toProblem(error) });
    } finally {
      onBusyChange?.(false);
    }
  };
  const label =
    transcriber === 'pocketsphinx'
      ? 'Transcribe on this computer (pocketsphinx)'
      : `Transcribe with ${originOf(sendsAudioTo ?? '')}`;
  const transcribing = progress.state === 'transcribing';
  return (
    <div className="transcribe">
      <button
        type="button"
        className="button secondary"
        disabled={transcribing || samples.length === 0}
        aria-describedby="transcribe-where"
        onClick={() => void transcribe()}
      >
        {transcribing ? 'Transcribing…' : label}
      </button>
      <p className="hint" id="transcribe-where">
        {sendsAudioTo === null
          ? 'The recording stays on this computer; the transcript is rough.'
          : `The recording is sent to ${sendsAudioTo}.`}
      </p>
      <p role="status" className="transcribe-status">
        {progress.state === 'idle' ? progress.message : transcribing ? 'Transcribing…' : ''}
      </p>
      {progress.state === 'failed' ? (
        <ProblemMessage problem={progress.problem} onRetry={() => void transcribe()} />
      ) : null}
    </div>
  );
}
