import { useEffect, useRef, useState } from 'react';
import type { AudioFinding } from '../../coach/audio-delivery.js';
import type { VoiceActivity } from '../../coach/voice-activity.js';
import { toProblem, type ApiProblem } from '../api.js';
import { loadVoiceCoach } from '../coach/load-coach.js';
import { FormProblem } from '../components/problem-message.js';
import { clockOf } from './answer-timer.js';
import {
  hasBrowserRecognition,
  startBrowserRecognition,
  type RunningRecognition,
} from './browser-recognition.js';
import { startRecording, type Recorder } from './recorder.js';

/** A spoken answer once recorded: the audio to store and what was measured on it. */
export interface SpokenAnswerResult {
  readonly audio: Blob;
  readonly activity: VoiceActivity;
  readonly findings: readonly AudioFinding[];
  /** The raw mono samples, for a transcript made on this computer; never stored. */
  readonly samples: Float32Array;
  readonly sampleRate: number;
}

const secondsOf = (value: number) => `${value.toFixed(1)} s`;

/** The delivery measured on the recording itself, with no transcript. */
export function AudioDelivery({ result }: { readonly result: SpokenAnswerResult }) {
  const { activity, findings } = result;
  const rows: [string, string, number | null, string][] = [
    ['duration', 'Duration', activity.durationSeconds, clockOf(activity.durationSeconds)],
    ['speaking', 'Speaking time', activity.speakingSeconds, secondsOf(activity.speakingSeconds)],
    ['pauses', 'Pauses (0.3 s or more)', activity.pauses.length, String(activity.pauses.length)],
    [
      'longest-pause',
      'Longest pause',
      activity.longestPauseSeconds,
      secondsOf(activity.longestPauseSeconds),
    ],
    ['long-pauses', 'Pauses over 2 s', activity.longPauses, String(activity.longPauses)],
    [
      'first-word',
      'Time to first word',
      activity.timeToFirstWordSeconds,
      activity.timeToFirstWordSeconds === null
        ? 'no speech found'
        : secondsOf(activity.timeToFirstWordSeconds),
    ],
  ];
  return (
    <div className="audio-delivery" aria-labelledby="audio-delivery-title">
      <h3 id="audio-delivery-title">Delivery from the recording</h3>
      <dl>
        {rows.map(([measure, label, value, shown]) => (
          <div key={measure}>
            <dt>{label}</dt>
            <dd data-measure={measure} data-value={value ?? ''}>
              {shown}
            </dd>
          </div>
        ))}
      </dl>
      {findings.length === 0 ? (
        <p className="findings-empty">Nothing to flag in the pauses or the start.</p>
      ) : (
        <ul className="findings">
          {findings.map((finding) => (
            <li
              key={finding.kind}
              className={`finding severity-${finding.severity}`}
              data-kind={finding.kind}
            >
              <p>{finding.message}</p>
              <p className="finding-advice">{finding.advice}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">
        Measured in this browser from the sound level alone (speech against silence, with a short
        hangover between syllables). For the STAR and filler analysis the words are needed:
        transcribe them on this computer where a local engine is set up, or type or paste what you
        said under “Your answer”.
      </p>
    </div>
  );
}

/**
 * "Record" beside typing: records the microphone, and on stop measures the pauses and the start
 * on the raw samples and hands the recording up to be saved with the attempt.
 */
export function SpokenAnswer({
  disabled,
  onRecorded,
  onWords,
}: {
  readonly disabled: boolean;
  readonly onRecorded: (result: SpokenAnswerResult | undefined) => void;
  /** The words the browser's own recognition heard, when the candidate turned it on. */
  readonly onWords?: (words: string) => void;
}) {
  const recorder = useRef<Recorder | undefined>(undefined);
  const [state, setState] = useState<'idle' | 'starting' | 'recording' | 'measuring'>('idle');
  const [result, setResult] = useState<SpokenAnswerResult>();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const recognition = useRef<RunningRecognition | undefined>(undefined);
  // Off by default and for every new answer: it sends the voice to an online service.
  const [online, setOnline] = useState(false);
  const mounted = useRef(true);
  const release = () => {
    recorder.current?.cancel();
    recorder.current = undefined;
    recognition.current?.abort();
    recognition.current = undefined;
  };
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      release();
    };
  }, []);

  const start = async () => {
    setProblem(null);
    setState('starting');
    try {
      // Load the analysis before the microphone opens, so stopping is quick.
      await loadVoiceCoach();
      recorder.current = await startRecording();
      // The candidate may have moved on while the microphone was opening: close it again.
      if (!mounted.current) {
        release();
        return;
      }
      if (online && onWords)
        recognition.current = startBrowserRecognition((reason) =>
          setProblem(toProblem(new Error(`The browser's speech recognition stopped (${reason}).`))),
        );
      setResult(undefined);
      onRecorded(undefined);
      setState('recording');
    } catch (error) {
      release();
      if (!mounted.current) return;
      setProblem(
        error instanceof DOMException
          ? toProblem(
              new Error(
                `The microphone could not be used (${error.message}). You can type instead.`,
              ),
            )
          : toProblem(error),
      );
      setState('idle');
    }
  };
  const stop = async () => {
    const running = recorder.current;
    if (!running) return;
    recorder.current = undefined;
    setState('measuring');
    try {
      const heard = recognition.current;
      recognition.current = undefined;
      const recorded = await running.stop();
      // The online service answers after the audio ends; a silent one is not waited for long.
      const words = heard
        ? await Promise.race([
            heard.stop(),
            new Promise<string>((resolve) => setTimeout(() => resolve(''), 5_000)),
          ])
        : '';
      if (words !== '') onWords?.(words);
      const { detectVoiceActivity, audioDeliveryFindings } = await loadVoiceCoach();
      const activity = detectVoiceActivity(recorded.samples, recorded.sampleRate);
      const measured = {
        audio: recorded.audio,
        activity,
        findings: audioDeliveryFindings(activity),
        samples: recorded.samples,
        sampleRate: recorded.sampleRate,
      };
      setResult(measured);
      onRecorded(measured);
    } catch (error) {
      setProblem(toProblem(error));
    }
    setState('idle');
  };

  return (
    <div className="spoken-answer">
      <div className="actions">
        {state === 'recording' ? (
          <button type="button" className="button" onClick={() => void stop()}>
            Stop recording
          </button>
        ) : (
          <button
            type="button"
            className="button secondary"
            disabled={disabled || state !== 'idle'}
            onClick={() => void start()}
          >
            {state === 'starting'
              ? 'Opening the microphone…'
              : state === 'measuring'
                ? 'Measuring…'
                : result
                  ? 'Record again'
                  : 'Record'}
          </button>
        )}
        {state === 'recording' ? (
          <span role="status" className="recording-status">
            {online && onWords
              ? 'Recording… the browser’s speech recognition is listening too.'
              : 'Recording… nothing leaves this computer.'}
          </span>
        ) : null}
      </div>
      {onWords && hasBrowserRecognition() && state === 'idle' ? (
        <label className="checkbox online-recognition">
          <input
            type="checkbox"
            checked={online}
            onChange={(event) => setOnline(event.currentTarget.checked)}
          />{' '}
          Also transcribe with this browser’s speech recognition. It sends your voice to an online
          service run by the browser’s maker, so it is off unless you turn it on.
        </label>
      ) : null}
      <FormProblem problem={problem} />
      {result ? <AudioDelivery result={result} /> : null}
    </div>
  );
}
