/** Matches each requirement and responsibility of a posting to the candidate's stories and résumé. */
import { coverageStopwords, coverageStrengths } from '../content/coverage-lexicon.js';
import type { Competency } from '../domain/question-bank.js';
import { competenciesOf } from './competency-index.js';
import { parseText } from './text.js';

/** A story or résumé item, as plain text to match against. */
export interface EvidenceText {
  readonly id: string;
  readonly kind: 'story' | 'evidence';
  readonly title: string;
  readonly text: string;
  /** Competency tags or skills the candidate gave it. */
  readonly tags: readonly string[];
}

export type CoverageStrength = 'strong' | 'partial' | 'none';

export interface EvidenceMatch {
  readonly id: string;
  readonly kind: EvidenceText['kind'];
  readonly title: string;
  /** Share of the requirement's weight this evidence matches, 0–1. */
  readonly score: number;
  /** The words and competencies both share, most telling first. */
  readonly terms: readonly string[];
}

export interface CoverageItem {
  readonly text: string;
  readonly kind: 'requirement' | 'preferred' | 'responsibility';
  readonly strength: CoverageStrength;
  /** Competencies the requirement asks for (ids). */
  readonly competencies: readonly string[];
  /** Best matches first; empty for a gap. */
  readonly matches: readonly EvidenceMatch[];
  /** What to do about a gap or a thin match. */
  readonly advice?: string;
}

export interface PostingItems {
  readonly requirements: readonly string[];
  readonly preferred?: readonly string[];
  readonly responsibilities: readonly string[];
}

const stopwords = new Set<string>(coverageStopwords);
const contentTags = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'X']);

/** A text as weighted terms: lemmas of content words, plus the competencies it names. */
interface Terms {
  readonly words: ReadonlySet<string>;
  readonly competencies: ReadonlySet<string>;
}

interface CompetencyIndex {
  readonly competencies: readonly Competency[];
  readonly names: ReadonlyMap<string, string>;
}

function indexOf(competencies: readonly Competency[]): CompetencyIndex {
  return {
    competencies,
    names: new Map(competencies.map((competency) => [competency.id, competency.name])),
  };
}

function termsOf(text: string, index: CompetencyIndex): Terms {
  const parsed = parseText(text);
  const words = new Set<string>();
  for (const token of parsed.tokens) {
    if (!token.isWord || !contentTags.has(token.pos)) continue;
    const lemma = token.lemma.replaceAll('’', "'");
    if (lemma.length < 2 || stopwords.has(lemma) || stopwords.has(token.lower)) continue;
    words.add(lemma);
  }
  return { words, competencies: new Set(competenciesOf(parsed, index.competencies)) };
}

/**
 * For every requirement, preferred item and responsibility: how well the candidate's evidence
 * covers it, by which story or résumé item, and through which shared words and competencies.
 * Words are weighted by how rare they are across the evidence (inverse document frequency), so a
 * match on "Kubernetes" counts for more than one on "customer". Gaps come first.
 * @example assessCoverage({ requirements: ['Stakeholder management'], responsibilities: [] }, stories, competencies)
 */
export function assessCoverage(
  posting: PostingItems,
  evidence: readonly EvidenceText[],
  competencies: readonly Competency[],
): CoverageItem[] {
  const index = indexOf(competencies);
  const documents = evidence.map((item) => {
    const terms = termsOf(`${item.title}. ${item.text} ${item.tags.join('. ')}`, index);
    return { item, terms };
  });
  const documentFrequency = new Map<string, number>();
  for (const { terms } of documents) {
    for (const term of [...terms.words, ...[...terms.competencies].map((id) => `#${id}`)]) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const weightOf = (term: string) =>
    Math.log(1 + (documents.length + 1) / ((documentFrequency.get(term) ?? 0) + 0.5));

  const assess = (text: string, kind: CoverageItem['kind']): CoverageItem => {
    const wanted = termsOf(text, index);
    const wantedTerms = [...wanted.words, ...[...wanted.competencies].map((id) => `#${id}`)];
    // Competencies count double: they are the skill itself, not a word that happens to match.
    const weight = (term: string) => weightOf(term) * (term.startsWith('#') ? 2 : 1);
    const total = wantedTerms.reduce((sum, term) => sum + weight(term), 0);
    const matches: EvidenceMatch[] = [];
    for (const { item, terms } of documents) {
      const shared = wantedTerms.filter((term) =>
        term.startsWith('#') ? terms.competencies.has(term.slice(1)) : terms.words.has(term),
      );
      if (shared.length === 0 || total === 0) continue;
      const score = shared.reduce((sum, term) => sum + weight(term), 0) / total;
      const named = shared
        .sort((a, b) => weight(b) - weight(a))
        .map((term) => (term.startsWith('#') ? (index.names.get(term.slice(1)) ?? term) : term));
      matches.push({
        id: item.id,
        kind: item.kind,
        title: item.title,
        score: round(score),
        terms: named,
      });
    }
    matches.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
    const best = matches[0]?.score ?? 0;
    const strength: CoverageStrength =
      best >= coverageStrengths.strong
        ? 'strong'
        : best >= coverageStrengths.partial
          ? 'partial'
          : 'none';
    const competencyNames = [...wanted.competencies].map((id) => index.names.get(id) ?? id);
    const topic =
      competencyNames[0]?.toLowerCase() ?? `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;
    const advice =
      strength === 'none'
        ? `No story or résumé item shows ${topic}. Add a story that does, or prepare how you would address it.`
        : strength === 'partial'
          ? `Only a thin match for ${topic}: make the link explicit in a story, with what you did and the result.`
          : undefined;
    return {
      text,
      kind,
      strength,
      competencies: [...wanted.competencies],
      matches: matches.slice(0, 3).filter((match) => match.score >= coverageStrengths.partial / 2),
      ...(advice ? { advice } : {}),
    };
  };

  const items = [
    ...posting.requirements.map((text) => assess(text, 'requirement')),
    ...(posting.preferred ?? []).map((text) => assess(text, 'preferred')),
    ...posting.responsibilities.map((text) => assess(text, 'responsibility')),
  ];
  const order: Record<CoverageStrength, number> = { none: 0, partial: 1, strong: 2 };
  return items
    .map((item, position) => ({ item, position }))
    .sort((a, b) => order[a.item.strength] - order[b.item.strength] || a.position - b.position)
    .map(({ item }) => item);
}

const round = (value: number) => Math.round(value * 100) / 100;
