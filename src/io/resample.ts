import type { MonoAudio } from './wav.js';

/**
 * Resamples mono audio by linear interpolation, after a moving-average low-pass when
 * downsampling so that content above the new Nyquist frequency does not fold back as noise.
 * Good enough for a speech recogniser's 16 kHz input; not for music.
 */
export function resample(audio: MonoAudio, sampleRate: number): MonoAudio {
  if (audio.sampleRate === sampleRate) return audio;
  const ratio = audio.sampleRate / sampleRate;
  const source = ratio > 1 ? movingAverage(audio.samples, Math.round(ratio)) : audio.samples;
  const length = Math.floor(audio.samples.length / ratio);
  const samples = new Float32Array(length);
  for (let i = 0; i < length; i++) {
    const position = i * ratio;
    const index = Math.floor(position);
    const fraction = position - index;
    const a = source[index] ?? 0;
    const b = source[index + 1] ?? a;
    samples[i] = a + (b - a) * fraction;
  }
  return { samples, sampleRate };
}

function movingAverage(samples: Float32Array, width: number): Float32Array {
  if (width <= 1) return samples;
  const prefix = new Float64Array(samples.length + 1);
  samples.forEach((sample, i) => (prefix[i + 1] = (prefix[i] ?? 0) + sample));
  const half = Math.floor(width / 2);
  return samples.map((_, i) => {
    const from = Math.max(0, i - half);
    const to = Math.min(samples.length, i - half + width);
    return ((prefix[to] ?? 0) - (prefix[from] ?? 0)) / width;
  });
}
