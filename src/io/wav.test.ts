import { describe, expect, test } from 'vitest';
import { decodeWav, encodeWav16, isWav, WavFormatError } from './wav.js';

/** A WAV file with the given format fields and raw sample bytes. */
function aWav(options: {
  encoding?: number;
  channels?: number;
  sampleRate?: number;
  bits: number;
  data: number[];
  extensible?: boolean;
}): Uint8Array {
  const { channels = 1, sampleRate = 8000, bits, data } = options;
  const fmtSize = options.extensible ? 40 : 16;
  const bytes = new Uint8Array(12 + 8 + fmtSize + 8 + data.length);
  const view = new DataView(bytes.buffer);
  const tag = (at: number, text: string) =>
    [...text].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  tag(0, 'RIFF');
  view.setUint32(4, bytes.length - 8, true);
  tag(8, 'WAVE');
  tag(12, 'fmt ');
  view.setUint32(16, fmtSize, true);
  view.setUint16(20, options.extensible ? 0xfffe : (options.encoding ?? 1), true);
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, (sampleRate * channels * bits) / 8, true);
  view.setUint16(32, (channels * bits) / 8, true);
  view.setUint16(34, bits, true);
  if (options.extensible) view.setUint16(20 + 24, options.encoding ?? 1, true);
  const dataAt = 20 + fmtSize;
  tag(dataAt, 'data');
  view.setUint32(dataAt + 4, data.length, true);
  bytes.set(data, dataAt + 8);
  return bytes;
}

const asBytes = (array: ArrayBufferView) =>
  Array.from(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));

describe('decodeWav', () => {
  test('reads 8-bit PCM, which is unsigned around 128', () => {
    const audio = decodeWav(aWav({ bits: 8, data: [128, 255, 0] }));
    expect(Array.from(audio.samples)).toEqual([0, 127 / 128, -1]);
    expect(audio.sampleRate).toBe(8000);
  });

  test('reads 16-bit PCM', () => {
    const audio = decodeWav(aWav({ bits: 16, data: asBytes(new Int16Array([16384, -32768])) }));
    expect(Array.from(audio.samples)).toEqual([0.5, -1]);
  });

  test('reads 24-bit PCM, sign-extending the top byte', () => {
    // 0x400000 = +0.5, 0xC00000 = −0.5
    const audio = decodeWav(aWav({ bits: 24, data: [0, 0, 0x40, 0, 0, 0xc0] }));
    expect(Array.from(audio.samples)).toEqual([0.5, -0.5]);
  });

  test('reads 32-bit PCM', () => {
    const audio = decodeWav(aWav({ bits: 32, data: asBytes(new Int32Array([-1073741824])) }));
    expect(Array.from(audio.samples)).toEqual([-0.5]);
  });

  test('reads 32-bit float, also in a WAVE_FORMAT_EXTENSIBLE header', () => {
    const data = asBytes(new Float32Array([0.25, -0.75]));
    for (const extensible of [false, true]) {
      const audio = decodeWav(aWav({ encoding: 3, bits: 32, data, extensible }));
      expect(Array.from(audio.samples)).toEqual([0.25, -0.75]);
    }
  });

  test('mixes several channels to mono and keeps the sample rate', () => {
    const data = asBytes(new Int16Array([16384, 0, -16384, -16384]));
    const audio = decodeWav(aWav({ bits: 16, channels: 2, sampleRate: 48000, data }));
    expect(Array.from(audio.samples)).toEqual([0.25, -0.5]);
    expect(audio.sampleRate).toBe(48000);
  });

  test('refuses a file that is not WAV', () => {
    const mp3 = new TextEncoder().encode('ID3\u0004\u0000 not a wave file at all');
    expect(isWav(mp3)).toBe(false);
    expect(() => decodeWav(mp3)).toThrow(/not a WAV file/);
  });

  test('names an unsupported encoding', () => {
    const alaw = aWav({ encoding: 6, bits: 8, data: [1, 2] });
    expect(() => decodeWav(alaw)).toThrow(WavFormatError);
    expect(() => decodeWav(alaw)).toThrow(/unsupported WAV encoding: format 6, 8 bits/);
  });

  test('reads back what encodeWav16 wrote', () => {
    const samples = new Float32Array([0, 0.5, -0.5, 0.999]);
    const audio = decodeWav(encodeWav16({ samples, sampleRate: 22050 }));
    expect(audio.sampleRate).toBe(22050);
    Array.from(audio.samples).forEach((sample, i) => expect(sample).toBeCloseTo(samples[i]!, 3));
  });
});
