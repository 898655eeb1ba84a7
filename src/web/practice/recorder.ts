/** A recording made in the browser: the encoded audio to keep, and its raw samples to measure. */
export interface Recorded {
  /** What MediaRecorder encoded (webm/opus where supported), stored with the attempt. */
  readonly audio: Blob;
  /** Mono samples at `sampleRate`, for voice activity; never leaves the browser. */
  readonly samples: Float32Array;
  readonly sampleRate: number;
}

export interface Recorder {
  stop(): Promise<Recorded>;
  /** Stops without keeping anything (leaving the page, say). */
  cancel(): void;
}

const preferredTypes = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus'];

function joined(chunks: readonly Float32Array[]): Float32Array {
  const samples = new Float32Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    samples.set(chunk, offset);
    offset += chunk.length;
  }
  return samples;
}

/**
 * Starts recording the microphone twice over: MediaRecorder for the file, and a Web Audio tap
 * copying the raw samples at the context's rate, so the pauses are measured on the signal itself
 * rather than on a decoded, lossy copy. Nothing is sent anywhere.
 */
export async function startRecording(): Promise<Recorder> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const mimeType = preferredTypes.find((type) => MediaRecorder.isTypeSupported(type));
  const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : {});
  const parts: Blob[] = [];
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size > 0) parts.push(event.data);
  });

  const context = new AudioContext();
  const source = context.createMediaStreamSource(stream);
  // ScriptProcessorNode is deprecated in favour of AudioWorklet, which needs a separate module
  // file served to the worklet; this tap is the simplest gapless copy of the samples.
  const tap = context.createScriptProcessor(4096, 1, 1);
  const chunks: Float32Array[] = [];
  tap.onaudioprocess = (event) =>
    chunks.push(new Float32Array(event.inputBuffer.getChannelData(0)));
  source.connect(tap);
  // The processor only runs when connected onwards; its output stays silent.
  tap.connect(context.destination);
  if (context.state === 'suspended') await context.resume();
  recorder.start(1000);

  const release = () => {
    source.disconnect();
    tap.disconnect();
    for (const track of stream.getTracks()) track.stop();
    void context.close();
  };
  return {
    async stop() {
      const stopped = new Promise<void>((resolve) =>
        recorder.addEventListener('stop', () => resolve(), { once: true }),
      );
      recorder.stop();
      await stopped;
      const sampleRate = context.sampleRate;
      release();
      const type = (recorder.mimeType || mimeType || 'audio/webm').split(';')[0] ?? 'audio/webm';
      return { audio: new Blob(parts, { type }), samples: joined(chunks), sampleRate };
    },
    cancel() {
      if (recorder.state !== 'inactive') recorder.stop();
      release();
    },
  };
}
