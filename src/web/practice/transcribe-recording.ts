/**
 * Turns a recording's raw samples into what the server's transcribers take — a 16 kHz mono 16-bit
 * WAV — and asks the server for a transcript. The conversion is pure, so it is tested in Node.
 */
import { transcribeWav, type Transcription } from '../transcription-api.js';

/** Speech recognisers (pocketsphinx, Whisper) work on 16 kHz audio. */
export const TRANSCRIPTION_RATE = 16_000;

/**
 * Resamples mono samples. Going down, each new sample is the mean of the source over its span (a
 * box low-pass, so what lies above the new Nyquist frequency is damped instead of folding back
 * at full strength); going up, it interpolates linearly.
 * @example resampleMono(samples48k, 48_000, 16_000).length // samples48k.length / 3
 */
export function resampleMono(
  samples: Float32Array,
  fromRate: number,
  toRate: number,
): Float32Array {
  if (fromRate === toRate) return samples;
  const ratio = fromRate / toRate;
  const length = Math.floor(samples.length / ratio);
  const resampled = new Float32Array(length);
  if (ratio > 1) {
    for (let i = 0; i < length; i++) {
      const from = i * ratio;
      const to = from + ratio;
      let sum = 0;
      for (let j = Math.floor(from); j < to && j < samples.length; j++)
        sum += (samples[j] ?? 0) * (Math.min(to, j + 1) - Math.max(from, j));
      resampled[i] = sum / ratio;
    }
    return resampled;
  }
  for (let i = 0; i < length; i++) {
    const position = i * ratio;
    const index = Math.floor(position);
    const a = samples[index] ?? 0;
    const b = samples[index + 1] ?? a;
    resampled[i] = a + (b - a) * (position - index);
  }
  return resampled;
}

/**
 * Encodes mono samples in [−1, 1] as a 16-bit PCM WAV file (44-byte header, little-endian).
 * @example encodeWav16(new Float32Array(16_000), 16_000).byteLength // 32_044
 */
export function encodeWav16(samples: Float32Array, sampleRate: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const tag = (offset: number, text: string) => {
    for (let i = 0; i < 4; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  tag(0, 'RIFF');
  view.setUint32(4, bytes.length - 8, true);
  tag(8, 'WAVE');
  tag(12, 'fmt ');
  view.setUint32(16, 16, true); // size of the fmt chunk
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes a second
  view.setUint16(32, 2, true); // bytes a frame
  view.setUint16(34, 16, true); // bits a sample
  tag(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((sample, index) => {
    const clipped = Math.max(-1, Math.min(1, sample));
    view.setInt16(44 + index * 2, Math.round(clipped * 32767), true);
  });
  return bytes;
}

/** The recording as the 16 kHz mono 16-bit WAV the transcription endpoint takes. */
export function transcriptionWav(samples: Float32Array, sampleRate: number): Blob {
  const wav = encodeWav16(
    resampleMono(samples, sampleRate, TRANSCRIPTION_RATE),
    TRANSCRIPTION_RATE,
  );
  return new Blob([wav], { type: 'audio/wav' });
}

/**
 * Sends the recording to the server's transcriber. Throws an ApiProblem on failure.
 * @example (await transcribeRecording(recorded.samples, recorded.sampleRate)).transcript
 */
export function transcribeRecording(
  samples: Float32Array,
  sampleRate: number,
): Promise<Transcription> {
  return transcribeWav(transcriptionWav(samples, sampleRate));
}
