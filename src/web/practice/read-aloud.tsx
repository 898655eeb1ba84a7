import { useEffect, useState } from 'react';

/** English voices the browser has, preferring ones installed locally (no online service). */
function englishVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const english = voices.filter((voice) => voice.lang.toLowerCase().startsWith('en'));
  return english.find((voice) => voice.localService) ?? english[0] ?? voices[0];
}

/** The browser's voices, once it has listed them; empty where speech synthesis is missing. */
function useVoices(): readonly SpeechSynthesisVoice[] {
  const synthesis = typeof window === 'undefined' ? undefined : window.speechSynthesis;
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>(
    () => synthesis?.getVoices() ?? [],
  );
  useEffect(() => {
    if (!synthesis) return;
    const update = () => setVoices(synthesis.getVoices());
    synthesis.addEventListener('voiceschanged', update);
    return () => synthesis.removeEventListener('voiceschanged', update);
  }, [synthesis]);
  return voices;
}

/**
 * "Read the question aloud" with the browser's speech synthesis, so the candidate hears the
 * question as in the room. Shown only where the browser has a voice.
 */
export function ReadAloud({ text }: { readonly text: string }) {
  const voices = useVoices();
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => () => window.speechSynthesis?.cancel(), [text]);
  const voice = englishVoice(voices);
  if (!voice) return null;
  const speak = () => {
    const synthesis = window.speechSynthesis;
    synthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.95;
    utterance.addEventListener('end', () => setSpeaking(false));
    utterance.addEventListener('error', () => setSpeaking(false));
    setSpeaking(true);
    synthesis.speak(utterance);
  };
  return (
    <button
      type="button"
      className="button secondary"
      onClick={() => {
        if (speaking) {
          window.speechSynthesis.cancel();
          setSpeaking(false);
        } else speak();
      }}
    >
      {speaking ? 'Stop reading' : 'Read the question aloud'}
    </button>
  );
}
