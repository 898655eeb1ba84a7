/**
 * The browser's own speech recognition (the Web Speech API), where the browser has one. Chrome and
 * Edge send the audio to their makers' online services to recognise it, so Round Two never starts
 * it unless the candidate turns it on for the answer at hand.
 */

interface RecognitionAlternative {
  readonly transcript: string;
}

interface RecognitionResult {
  readonly isFinal: boolean;
  readonly [index: number]: RecognitionAlternative | undefined;
}

interface RecognitionEvent {
  readonly resultIndex: number;
  readonly results: { readonly length: number; readonly [index: number]: RecognitionResult };
}

interface Recognition {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  onresult: ((event: RecognitionEvent) => void) | null;
  onerror: ((event: { readonly error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

type RecognitionConstructor = new () => Recognition;

function recognitionConstructor(): RecognitionConstructor | undefined {
  if (typeof window === 'undefined') return undefined;
  const scope = window as unknown as {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition;
}

/** Whether this browser offers speech recognition at all. */
export const hasBrowserRecognition = (): boolean => recognitionConstructor() !== undefined;

/** A recognition under way: `stop` resolves with the words heard (final results only). */
export interface RunningRecognition {
  stop(): Promise<string>;
  abort(): void;
}

/**
 * Starts the browser's recognition in English for a whole answer.
 * @example const words = await startBrowserRecognition(onError).stop()
 */
export function startBrowserRecognition(
  onError: (reason: string) => void,
): RunningRecognition | undefined {
  const Constructor = recognitionConstructor();
  if (!Constructor) return undefined;
  const recognition = new Constructor();
  recognition.continuous = true;
  recognition.interimResults = false;
  recognition.lang = document.documentElement.lang || 'en-GB';
  const heard: string[] = [];
  let ended: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    ended = resolve;
  });
  recognition.onresult = (event) => {
    for (let i = event.resultIndex; i < event.results.length; i++) {
      const result = event.results[i];
      const words = result?.[0]?.transcript.trim();
      if (result?.isFinal && words) heard.push(words);
    }
  };
  recognition.onerror = (event) => onError(event.error);
  recognition.onend = () => ended();
  recognition.start();
  return {
    async stop() {
      recognition.stop();
      await done;
      return heard.join(' ');
    },
    abort() {
      recognition.abort();
    },
  };
}
