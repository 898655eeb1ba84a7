import { describe, expect, test } from 'vitest';
import { encodeWav16, resampleMono, transcriptionWav } from './transcribe-recording.js';

const tone = (frequency: number, rate: number, seconds = 1, amplitude = 0.5) =>
  Float32Array.from(
    { length: Math.round(rate * seconds) },
    (_, i) => amplitude * Math.sin((2 * Math.PI * frequency * i) / rate),
  );

/** Upward zero crossings a second: the frequency of a pure tone. */
const frequencyOf = (samples: Float32Array, rate: number) => {
  let crossings = 0;
  for (let i = 1; i < samples.length; i++) if (samples[i - 1]! < 0 && samples[i]! >= 0) crossings++;
  return crossings / (samples.length / rate);
};

const peakOf = (samples: Float32Array) =>
  samples.reduce((peak, s) => Math.max(peak, Math.abs(s)), 0);

describe('resampleMono', () => {
  test('48 kHz to 16 kHz keeps a 440 Hz tone’s pitch and loudness in a third of the samples', () => {
    const resampled = resampleMono(tone(440, 48_000), 48_000, 16_000);
    expect(resampled).toHaveLength(16_000);
    expect(frequencyOf(resampled, 16_000)).toBeCloseTo(440, -1);
    expect(peakOf(resampled)).toBeGreaterThan(0.48);
    expect(peakOf(resampled)).toBeLessThanOrEqual(0.5);
  });

  test('44.1 kHz to 16 kHz gives the right length and keeps a steady level', () => {
    const steady = new Float32Array(44_100).fill(0.25);
    const resampled = resampleMono(steady, 44_100, 16_000);
    expect(resampled).toHaveLength(Math.floor(44_100 / (44_100 / 16_000)));
    for (const sample of resampled) expect(sample).toBeCloseTo(0.25, 5);
  });

  test('a 12 kHz tone, above the new 8 kHz limit, is damped instead of folding back whole', () => {
    // Keeping every third sample would turn this into a full-strength 4 kHz tone.
    const resampled = resampleMono(tone(12_000, 48_000), 48_000, 16_000);
    expect(peakOf(resampled)).toBeLessThan(0.5 / 2);
  });

  test('8 kHz to 16 kHz doubles the samples and interpolates between them', () => {
    const resampled = resampleMono(Float32Array.from([0, 1, 0, -1]), 8_000, 16_000);
    expect(Array.from(resampled)).toEqual([0, 0.5, 1, 0.5, 0, -0.5, -1, -1]);
  });

  test('audio already at the rate is returned as it is', () => {
    const samples = tone(440, 16_000, 0.1);
    expect(resampleMono(samples, 16_000, 16_000)).toBe(samples);
  });
});

describe('encodeWav16', () => {
  const header = (wav: Uint8Array) => {
    const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
    const tag = (offset: number) => String.fromCharCode(...wav.subarray(offset, offset + 4));
    return {
      riff: tag(0),
      riffSize: view.getUint32(4, true),
      wave: tag(8),
      fmt: tag(12),
      fmtSize: view.getUint32(16, true),
      encoding: view.getUint16(20, true),
      channels: view.getUint16(22, true),
      sampleRate: view.getUint32(24, true),
      byteRate: view.getUint32(28, true),
      blockAlign: view.getUint16(32, true),
      bitsPerSample: view.getUint16(34, true),
      data: tag(36),
      dataSize: view.getUint32(40, true),
    };
  };

  test('writes a 44-byte RIFF header for 16 kHz mono 16-bit PCM', () => {
    const wav = encodeWav16(new Float32Array(16_000), 16_000);
    expect(wav.byteLength).toBe(44 + 32_000);
    expect(header(wav)).toEqual({
      riff: 'RIFF',
      riffSize: 36 + 32_000,
      wave: 'WAVE',
      fmt: 'fmt ',
      fmtSize: 16,
      encoding: 1,
      channels: 1,
      sampleRate: 16_000,
      byteRate: 32_000,
      blockAlign: 2,
      bitsPerSample: 16,
      data: 'data',
      dataSize: 32_000,
    });
  });

  test('stores samples as little-endian 16-bit integers, clipping what is beyond ±1', () => {
    const wav = encodeWav16(Float32Array.from([0, 0.5, -1, 1, 2, -3]), 16_000);
    const view = new DataView(wav.buffer, 44);
    const stored = Array.from({ length: 6 }, (_, i) => view.getInt16(i * 2, true));
    expect(stored).toEqual([0, 16384, -32767, 32767, 32767, -32767]);
  });
});

test('transcriptionWav makes an audio/wav Blob at 16 kHz from a 48 kHz recording', async () => {
  const blob = transcriptionWav(tone(440, 48_000, 0.5), 48_000);
  expect(blob.type).toBe('audio/wav');
  const wav = new Uint8Array(await blob.arrayBuffer());
  expect(new DataView(wav.buffer).getUint32(24, true)).toBe(16_000);
  expect(wav.byteLength).toBe(44 + 8_000 * 2);
});
