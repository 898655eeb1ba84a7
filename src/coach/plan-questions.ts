/** Ranks the questions each interviewer is likely to ask, with the reasons behind each. */
import { audienceFocus, formatFocus } from '../content/plan-lexicon.js';
import type { BankQuestion, Competency } from '../domain/question-bank.js';
import type { PlanInput, PlanInterviewer, PlannedQuestion } from './plan-types.js';
import { competenciesOf } from './competency-index.js';
import { parseText } from './text.js';

/** A question before stories are assigned. */
export type Candidate = Omit<PlannedQuestion, 'story' | 'storyAdvice'>;

const contentTags = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);

// Bank texts and stories recur across interviewers and plans: analyse each text once. The caches
// are bounded so a long-running server does not grow without limit.
const lemmaCache = new Map<string, ReadonlySet<string>>();
const competencyCache = new WeakMap<readonly Competency[], Map<string, string[]>>();

function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size > 20_000) cache.clear();
    cache.set(key, value);
  }
  return value;
}

/** Lemmas of a text's content words. */
export function lemmasOf(text: string): ReadonlySet<string> {
  return remember(
    lemmaCache,
    text,
    () =>
      new Set(
        parseText(text)
          .tokens.filter(
            (token) => token.isWord && contentTags.has(token.pos) && token.lemma.length > 2,
          )
          .map((token) => token.lemma),
      ),
  );
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const lemma of a) if (b.has(lemma)) shared += 1;
  return shared / Math.min(a.size, b.size);
}

/** The competencies a text names, by the competency lexicon. */
export function competenciesIn(text: string, competencies: readonly Competency[]): string[] {
  let cache = competencyCache.get(competencies);
  if (!cache) {
    cache = new Map();
    competencyCache.set(competencies, cache);
  }
  return remember(cache, text, () => competenciesOf(text, competencies));
}

/** Duty verbs that are also nouns or adjectives, which the tagger reads the other way. */
const AMBIGUOUS_DUTY_VERBS = new Set([
  'own',
  'present',
  'report',
  'document',
  'design',
  'support',
  'test',
  'record',
  'schedule',
  'budget',
  'forecast',
  'process',
  'track',
  'monitor',
  'review',
  'audit',
  'lead',
  'chair',
  'host',
]);

/** Doubles the final consonant before -ing in short verbs ("plan" → "planning"). */
const DOUBLING = /^[^aeiou]*[aeiou][bdgklmnprt]$/u;

/**
 * A posting's duty, which reads as an order ("Own the roadmap."), as an activity that fits in a
 * question ("owning the roadmap").
 */
export function asActivity(duty: string): string {
  const text = duty.trim().replace(/[.;:]+$/u, '');
  const lowered = text.replace(/^\p{Lu}(?=\p{Ll})/u, (letter) => letter.toLowerCase());
  // After "you will" the tagger reads the first word as the verb it is, even one that could be a
  // noun ("own", "plan", "present").
  const verb = parseText(`You will ${lowered}`).tokens[2];
  const first = parseText(lowered).tokens[0];
  const isVerb = verb?.pos === 'VERB' && verb.lower === first?.lower;
  if (!first || !(isVerb || AMBIGUOUS_DUTY_VERBS.has(first.lower))) return lowered;
  const base = first.lower;
  const ing = base.endsWith('ie')
    ? `${base.slice(0, -2)}ying`
    : base.endsWith('e') && !/(?:ee|ye|oe)$/u.test(base)
      ? `${base.slice(0, -1)}ing`
      : DOUBLING.test(base) && base.length <= 4
        ? `${base}${base.at(-1) ?? ''}ing`
        : `${base}ing`;
  return `${ing}${lowered.slice(first.end)}`;
}

const quote = (text: string) => `“${text.length > 80 ? `${text.slice(0, 77)}…` : text}”`;

/** Fills a role-specific template from the posting; undefined when the posting lacks what it needs. */
function fillTemplate(
  question: BankQuestion,
  input: PlanInput,
  turn: number,
): { text: string; reason: string } | undefined {
  let reason = '';
  const pick = (list: readonly string[], what: string) => {
    const value = list.length > 0 ? list[turn % list.length] : undefined;
    if (value !== undefined) reason = `uses ${what} ${quote(value)} from the posting`;
    return value;
  };
  let missing = false;
  const text = question.text.replace(
    /\{(skill|responsibility|company|role)\}/g,
    (_, name: string) => {
      const value =
        name === 'skill'
          ? pick(input.skills, 'the skill')
          : name === 'responsibility'
            ? pick(input.responsibilities.map(asActivity), 'the responsibility')
            : name === 'company'
              ? input.company
              : input.role;
      if (!value) missing = true;
      return value ?? '';
    },
  );
  return missing ? undefined : { text, reason: reason || 'fits the role as posted' };
}

/**
 * Scores every bank question for one interviewer: their audience kind, the round's formats, the
 * competencies the posting asks for (more when the candidate's evidence is thin), their stated
 * priorities; questions already asked in an earlier round drop.
 */
export function rankBankQuestions(input: PlanInput, interviewer: PlanInterviewer): Candidate[] {
  const focus = audienceFocus[interviewer.audienceKind ?? 'unknown'];
  const gapCompetencies = new Set(
    input.coverage
      .filter((item) => item.strength !== 'strong')
      .flatMap((item) => item.competencies),
  );
  const postingCompetencies = new Set(input.coverage.flatMap((item) => item.competencies));
  const names = new Map(
    input.competencies.map((competency) => [competency.id, competency.name.toLowerCase()]),
  );
  const asked = input.earlierAnswers.map((answer) => lemmasOf(answer.question));
  const priorities = lemmasOf(interviewer.priorities.join('. '));
  const candidates: Candidate[] = [];
  let templateTurn = 0;

  for (const question of input.bank) {
    const reasons: string[] = [];
    let score = 0;
    let text = question.text;
    if (question.type === 'role_specific') {
      const filled = fillTemplate(question, input, templateTurn);
      if (!filled) continue;
      templateTurn += 1;
      text = filled.text;
      reasons.push(`it ${filled.reason}`);
      score += 1;
    }
    const typeWeight = focus.types[question.type] ?? 0;
    if (interviewer.audienceKind && question.audiences.includes(interviewer.audienceKind)) {
      score += 2 + typeWeight;
      reasons.push(focus.summary);
    } else {
      score += typeWeight / 2;
    }
    for (const format of input.formats) {
      const weight = formatFocus[format]?.types[question.type];
      if (weight) {
        score += weight;
        reasons.push(`${formatFocus[format]?.reason ?? format}`);
      }
    }
    const focused = question.competencies.filter((id) =>
      (focus.competencies as readonly string[]).includes(id),
    );
    score += Math.min(2, focused.length);
    const gaps = question.competencies.filter((id) => gapCompetencies.has(id));
    if (gaps.length > 0) {
      score += 2;
      reasons.push(
        `the posting asks for ${gaps.map((id) => names.get(id) ?? id).join(' and ')}, which your evidence covers thinly`,
      );
    } else if (question.competencies.some((id) => postingCompetencies.has(id))) {
      score += 1;
      reasons.push('it probes a competency the posting asks for');
    }
    if (priorities.size > 0 && similarity(lemmasOf(text), priorities) > 0) {
      score += 1;
      reasons.push(`it touches what ${interviewer.name} cares about`);
    }
    const lemmas = lemmasOf(text);
    const repeat = input.earlierAnswers.find(
      (_, index) => similarity(lemmas, asked[index] ?? new Set()) >= 0.6,
    );
    if (repeat) {
      score -= 3;
      reasons.push(`you were asked something close in round ${repeat.roundNumber}`);
    }
    if (score <= 0) continue;
    candidates.push({
      id: question.id,
      text,
      type: question.type,
      origin: 'bank',
      score,
      reasons,
      competencies: question.competencies,
      listeningFor: question.listeningFor,
    });
  }
  return candidates;
}
