/**
 * Reads and writes WAV (RIFF/WAVE) audio: PCM of 8, 16, 24 or 32 bits and 32-bit IEEE float, any
 * number of channels (mixed to mono), any sample rate.
 */

/** Mono audio as samples in [−1, 1]. */
export interface MonoAudio {
  readonly samples: Float32Array;
  readonly sampleRate: number;
}

/** The file is not a WAV file, or one in an encoding this reader does not handle. */
export class WavFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WavFormatError';
  }
}

const PCM = 1;
const IEEE_FLOAT = 3;
const EXTENSIBLE = 0xfffe;

interface Format {
  readonly encoding: number;
  readonly channels: number;
  readonly sampleRate: number;
  readonly bitsPerSample: number;
}

/** Whether the bytes start like a WAV file. */
export function isWav(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return bytes.byteLength >= 12 && tag(view, 0) === 'RIFF' && tag(view, 8) === 'WAVE';
}

function tag(view: DataView, offset: number): string {
  return String.fromCharCode(
    view.getUint8(offset),
    view.getUint8(offset + 1),
    view.getUint8(offset + 2),
    view.getUint8(offset + 3),
  );
}

function readFormat(view: DataView, offset: number, size: number): Format {
  if (size < 16) throw new WavFormatError('the WAV "fmt " chunk is too short.');
  let encoding = view.getUint16(offset, true);
  // WAVE_FORMAT_EXTENSIBLE keeps the real format in the first two bytes of its sub-format GUID.
  if (encoding === EXTENSIBLE && size >= 26) encoding = view.getUint16(offset + 24, true);
  return {
    encoding,
    channels: view.getUint16(offset + 2, true),
    sampleRate: view.getUint32(offset + 4, true),
    bitsPerSample: view.getUint16(offset + 14, true),
  };
}

/** A reader of one sample at a byte offset, scaled to [−1, 1]. */
function sampleReader(format: Format): (view: DataView, offset: number) => number {
  const { encoding, bitsPerSample: bits } = format;
  if (encoding === PCM && bits === 8) return (view, at) => (view.getUint8(at) - 128) / 128;
  if (encoding === PCM && bits === 16) return (view, at) => view.getInt16(at, true) / 32768;
  if (encoding === PCM && bits === 24)
    return (view, at) => {
      const value = view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16);
      return value / 8388608;
    };
  if (encoding === PCM && bits === 32) return (view, at) => view.getInt32(at, true) / 2147483648;
  if (encoding === IEEE_FLOAT && bits === 32) return (view, at) => view.getFloat32(at, true);
  if (encoding === IEEE_FLOAT && bits === 64) return (view, at) => view.getFloat64(at, true);
  const name =
    encoding === PCM ? 'PCM' : encoding === IEEE_FLOAT ? 'IEEE float' : `format ${encoding}`;
  throw new WavFormatError(
    `unsupported WAV encoding: ${name}, ${bits} bits (supported: PCM 8/16/24/32-bit, float 32/64-bit).`,
  );
}

/**
 * Decodes a WAV file into mono samples, averaging the channels.
 * @example decodeWav(readFileSync('answer.wav')).sampleRate // 48000
 */
export function decodeWav(bytes: Uint8Array): MonoAudio {
  if (!isWav(bytes)) throw new WavFormatError('not a WAV file (no RIFF/WAVE header).');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let format: Format | undefined;
  let offset = 12;
  while (offset + 8 <= view.byteLength) {
    const id = tag(view, offset);
    const declared = view.getUint32(offset + 4, true);
    const body = offset + 8;
    // Recorders that stream write 0 or 0xFFFFFFFF as the data size: read to the end of the file.
    const size = Math.min(declared, view.byteLength - body);
    if (id === 'fmt ') format = readFormat(view, body, size);
    if (id === 'data') {
      if (format === undefined) throw new WavFormatError('the WAV data comes before its format.');
      return decodeData(view, body, declared === 0 ? view.byteLength - body : size, format);
    }
    offset = body + size + (size % 2); // chunks are padded to an even length
  }
  throw new WavFormatError('the WAV file has no audio data.');
}

function decodeData(view: DataView, start: number, size: number, format: Format): MonoAudio {
  if (format.channels < 1 || format.sampleRate < 1)
    throw new WavFormatError('the WAV format names no channels or no sample rate.');
  const read = sampleReader(format);
  const bytesPerSample = format.bitsPerSample / 8;
  const frameBytes = bytesPerSample * format.channels;
  const frames = Math.floor(size / frameBytes);
  const samples = new Float32Array(frames);
  for (let frame = 0; frame < frames; frame++) {
    let sum = 0;
    const at = start + frame * frameBytes;
    for (let channel = 0; channel < format.channels; channel++)
      sum += read(view, at + channel * bytesPerSample);
    samples[frame] = sum / format.channels;
  }
  return { samples, sampleRate: format.sampleRate };
}

/** Encodes mono samples as a 16-bit PCM WAV file. */
export function encodeWav16(audio: MonoAudio): Uint8Array {
  const bytes = new Uint8Array(44 + audio.samples.length * 2);
  const view = new DataView(bytes.buffer);
  const writeTag = (offset: number, text: string) => {
    for (let i = 0; i < 4; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  writeTag(0, 'RIFF');
  view.setUint32(4, bytes.length - 8, true);
  writeTag(8, 'WAVE');
  writeTag(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, PCM, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, audio.sampleRate, true);
  view.setUint32(28, audio.sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  writeTag(36, 'data');
  view.setUint32(40, audio.samples.length * 2, true);
  audio.samples.forEach((sample, index) => {
    const clipped = Math.max(-1, Math.min(1, sample));
    view.setInt16(44 + index * 2, Math.round(clipped * 32767), true);
  });
  return bytes;
}
