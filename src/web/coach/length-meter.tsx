import type { StoryAnalysis } from '../../coach/story-analysis.js';
import { thresholds } from '../../content/thresholds.js';
import { WhyThisNumber } from './why-this-number.js';

type Light = StoryAnalysis['timing']['light'];

/** "1:05" from 65 seconds. */
export function clock(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

const minimum = clock(thresholds.answerMinimumSeconds.value);
const amber = clock(thresholds.answerAmberSeconds.value);
const maximum = clock(thresholds.answerMaximumSeconds.value);

/** What each timing light means, with the marks it is measured against. */
const lights = {
  under: { name: 'Short', meaning: `Under ${minimum}: probably too thin for a second round.` },
  green: {
    name: 'Good length',
    meaning: `${minimum}–${amber}: enough detail, still easy to follow.`,
  },
  amber: { name: 'Getting long', meaning: `${amber}–${maximum}: head for the result.` },
  red: { name: 'Too long', meaning: `Over ${maximum}: attention drops; cut the set-up.` },
} satisfies Record<Light, { name: string; meaning: string }>;

/** Words, time to say them at a conversational pace, and the timing light. */
export function LengthMeter({ analysis }: { readonly analysis: StoryAnalysis }) {
  const light = lights[analysis.timing.light];
  return (
    <div className="length-meter">
      <p className="length-figures">
        <strong>{analysis.words}</strong> {analysis.words === 1 ? 'word' : 'words'} · about{' '}
        <strong>{clock(analysis.estimatedSeconds)}</strong> to say
      </p>
      <p className={`timing-light light-${analysis.timing.light}`}>
        <span className="light-dot" aria-hidden="true" />
        <span>
          <strong>{light.name}.</strong> {light.meaning}
        </span>
      </p>
      <WhyThisNumber
        summary="Why these times"
        thresholds={[
          thresholds.conversationalWordsPerMinute,
          thresholds.answerMinimumSeconds,
          thresholds.answerAmberSeconds,
          thresholds.answerMaximumSeconds,
        ]}
      />
    </div>
  );
}
