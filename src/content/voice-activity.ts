import type { Threshold } from './thresholds.js';

/**
 * The numbers of the energy-based voice-activity detector, each with why it has that value. The
 * browser recorder and `roundtwo analyze audio` use the same ones.
 */
export const voiceActivitySettings = {
  /**
   * Frame length. Speech codecs and classic VADs (G.729 Annex B, WebRTC VAD) work on 10–30 ms
   * frames: short enough to place a pause edge within a few hundredths of a second, long enough
   * to hold two periods of a low male voice (~85 Hz), so a voiced frame's RMS does not flicker.
   */
  frameSeconds: 0.02,
  /**
   * The noise floor is this percentile of the frame energies. A recorded answer is at least a
   * tenth silence (breaths, the start before the first word), so the 10th percentile lands in
   * the background noise rather than in speech.
   */
  noisePercentile: 0.1,
  /**
   * A frame is voiced when it is this much louder than the noise floor. 10 dB is the usual
   * margin of simple energy VADs: room noise varies by a few dB, while even the quiet consonants
   * of speech close to a microphone stand well above it.
   */
  marginDb: 10,
  /**
   * Never call a frame voiced below this level, whatever the floor: digital silence otherwise
   * gives a floor of minus infinity. −70 dBFS is well above 16-bit dither (near −90 dBFS) and
   * below a quiet room through a laptop microphone (−60 to −50 dBFS, where the noise floor takes
   * over); at −60 the soft consonants of a very quiet speaker (peaks near −35 dBFS) were lost.
   */
  absoluteFloorDbfs: -70,
  /**
   * The threshold stays at least this far below the loud end of the recording (its 95th
   * percentile frame), so that a recording with almost no silence — where the 10th percentile
   * is itself speech — still counts its softer syllables as voiced. When the loud end is not
   * even this far above the floor, the recording is noise alone and nothing is voiced.
   */
  loudPercentile: 0.95,
  minimumDynamicRangeDb: 15,
  /**
   * Hangover: silent gaps shorter than this between voiced frames are bridged. Stop closures and
   * the gaps between syllables last up to ~150 ms; bridging 180 ms keeps a word whole while a
   * real pause (the 0.3 s below) is still seen.
   */
  hangoverSeconds: 0.18,
  /** A voiced stretch shorter than this is a click or a tap on the desk, not a word (a syllable takes ~100 ms or more). */
  minimumVoicedSeconds: 0.05,
  /**
   * A silence of this length or more is a pause. Studies of read and spontaneous speech place
   * the boundary between articulatory gaps and perceived (hesitation) pauses at 0.25–0.3 s
   * (Goldman-Eisler; Campione & Véronis 2002); the issue sets 0.3 s.
   */
  pauseSeconds: 0.3,
} as const;

const pauseResearch =
  'Pauses over about 2 s in conversation are heard as hesitation or a lost thread (Jefferson on the ~1 s standard maximum silence; interview coaches use 2–3 s as the limit before a listener steps in).';
const startResearch =
  'Interview coaches advise starting within a few seconds, with a bridge sentence if needed; a silence of more than ~3 s after a question reads as being caught unprepared.';

/** Delivery thresholds from the audio itself, with their sources. */
export const audioDeliveryThresholds = {
  /** A pause longer than this is a long pause. */
  longPauseSeconds: { value: 2, unit: 'seconds', source: pauseResearch },
  /** More time than this before the first word is a slow start. */
  slowStartSeconds: { value: 3, unit: 'seconds', source: startResearch },
} as const satisfies Record<string, Threshold>;

export type AudioDeliveryThresholdName = keyof typeof audioDeliveryThresholds;
