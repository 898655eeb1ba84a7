/** The round's free-text logistics, sorted into whom to ask for, what to bring, and the rest. */
import { clip, sentencesOf } from './brief-text.js';

export interface LogisticsParts {
  readonly askFor: string | null;
  readonly bring: string | null;
  readonly notes: readonly string[];
}

// Matched on lower-cased text (see docs/architecture.md: no case-insensitive Unicode patterns).
const ASK_FOR =
  /\b(?:ask for|ask at|report to|check in|sign in|reception|front desk|host|buzz|meet \w+ at|who to ask)\b/u;
const BRING =
  /\b(?:bring|take (?:a|an|your|the)|carry|photo id|passport|id card|laptop|charger|adapter|printed|copies|usb)\b/u;

/** Where the first cue of a pattern is in a sentence, or Infinity when it has none. */
const cueAt = (pattern: RegExp, sentence: string) => {
  const index = sentence.toLowerCase().search(pattern);
  return index < 0 ? Infinity : index;
};

/**
 * Splits logistics like "Ask for Femke at reception. Bring a laptop with HDMI." into its parts;
 * a sentence with both cues goes where its first cue points.
 * @example splitLogistics('Ask for Femke at reception. Bring a laptop.', 200).bring // 'Bring a laptop.'
 */
export function splitLogistics(
  logistics: string | null,
  max: number,
  maxNotes: number,
): LogisticsParts {
  const askFor: string[] = [];
  const bring: string[] = [];
  const notes: string[] = [];
  for (const sentence of sentencesOf(logistics ?? '')) {
    const ask = cueAt(ASK_FOR, sentence);
    const carry = cueAt(BRING, sentence);
    if (ask === Infinity && carry === Infinity) notes.push(sentence);
    else if (ask <= carry) askFor.push(sentence);
    else bring.push(sentence);
  }
  const joined = (parts: string[]) => (parts.length === 0 ? null : clip(parts.join(' '), max));
  return {
    askFor: joined(askFor),
    bring: joined(bring),
    notes: notes.slice(0, maxNotes).map((note) => clip(note, max)),
  };
}
