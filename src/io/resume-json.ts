/**
 * JSON Resume (https://jsonresume.org/schema) to evidence items: one item per entry of work,
 * volunteer, education, awards, certificates, publications, projects, skills and languages; the
 * `basics.summary` as an `other` item. Interests, references and meta are not evidence.
 */
import {
  resumeDateToLocalDate,
  type EvidenceKind,
  type JsonResume,
  type ResumeEvidence,
} from '../domain/resume.js';

type Text = string | null | undefined;

/** A trimmed string, or undefined when empty. */
function clean(value: Text): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function cleanList(values: readonly string[] | null | undefined): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const value of values ?? []) {
    const trimmed = value.trim();
    if (trimmed === '' || seen.has(trimmed.toLowerCase())) continue;
    seen.add(trimmed.toLowerCase());
    kept.push(trimmed);
  }
  return kept;
}

const dateOf = (value: Text) => {
  const text = clean(value);
  return text === undefined ? undefined : resumeDateToLocalDate(text);
};

/** Only web addresses: the evidence item's `url` is http(s), and a stray value is not fatal. */
function webAddress(value: Text): string | undefined {
  const text = clean(value);
  if (text === undefined || !/^https?:\/\//i.test(text)) return undefined;
  try {
    new URL(text);
    return text;
  } catch {
    return undefined;
  }
}

function joinSentences(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.filter((part): part is string => part !== undefined);
  return kept.length > 0 ? kept.join('\n') : undefined;
}

interface Draft {
  kind: EvidenceKind;
  title: string | undefined;
  organization?: string | undefined;
  startDate?: string | undefined;
  endDate?: string | undefined;
  summary?: string | undefined;
  highlights?: string[];
  skills?: string[];
  url?: string | undefined;
}

/** The item, with absent fields left out; undefined when the entry says nothing. */
function evidence(draft: Draft): ResumeEvidence | undefined {
  const highlights = draft.highlights ?? [];
  const skills = draft.skills ?? [];
  const title = draft.title ?? draft.organization;
  if (title === undefined) {
    if (draft.summary === undefined && highlights.length === 0 && skills.length === 0)
      return undefined;
  }
  return {
    kind: draft.kind,
    title: title ?? `Untitled ${draft.kind}`,
    ...(draft.organization === undefined ? {} : { organization: draft.organization }),
    ...(draft.startDate === undefined ? {} : { startDate: draft.startDate }),
    ...(draft.endDate === undefined ? {} : { endDate: draft.endDate }),
    ...(draft.summary === undefined ? {} : { summary: draft.summary }),
    highlights,
    skills,
    ...(draft.url === undefined ? {} : { url: draft.url }),
  };
}

function educationTitle(studyType: string | undefined, area: string | undefined) {
  if (studyType && area) return `${studyType} in ${area}`;
  return studyType ?? area;
}

/** The evidence items of a validated JSON Resume, section by section in the spec's order. */
export function jsonResumeToEvidence(resume: JsonResume): ResumeEvidence[] {
  const drafts: Draft[] = [];
  const profile = clean(resume.basics?.summary);
  if (profile) drafts.push({ kind: 'other', title: 'Profile', summary: profile });
  for (const job of resume.work ?? []) {
    drafts.push({
      kind: 'work',
      title: clean(job.position) ?? clean(job.name),
      organization: clean(job.name),
      startDate: dateOf(job.startDate),
      endDate: dateOf(job.endDate),
      summary: clean(job.summary),
      highlights: cleanList(job.highlights),
      url: webAddress(job.url),
    });
  }
  for (const role of resume.volunteer ?? []) {
    drafts.push({
      kind: 'volunteer',
      title: clean(role.position) ?? clean(role.organization),
      organization: clean(role.organization),
      startDate: dateOf(role.startDate),
      endDate: dateOf(role.endDate),
      summary: clean(role.summary),
      highlights: cleanList(role.highlights),
      url: webAddress(role.url),
    });
  }
  for (const study of resume.education ?? []) {
    const score = clean(study.score);
    drafts.push({
      kind: 'education',
      title: educationTitle(clean(study.studyType), clean(study.area)) ?? clean(study.institution),
      organization: clean(study.institution),
      startDate: dateOf(study.startDate),
      endDate: dateOf(study.endDate),
      summary: score === undefined ? undefined : `Score: ${score}`,
      highlights: cleanList(study.courses),
      url: webAddress(study.url),
    });
  }
  for (const award of resume.awards ?? []) {
    drafts.push({
      kind: 'award',
      title: clean(award.title),
      organization: clean(award.awarder),
      startDate: dateOf(award.date),
      summary: clean(award.summary),
    });
  }
  for (const certificate of resume.certificates ?? []) {
    drafts.push({
      kind: 'certificate',
      title: clean(certificate.name),
      organization: clean(certificate.issuer),
      startDate: dateOf(certificate.date),
      url: webAddress(certificate.url),
    });
  }
  for (const publication of resume.publications ?? []) {
    drafts.push({
      kind: 'publication',
      title: clean(publication.name),
      organization: clean(publication.publisher),
      startDate: dateOf(publication.releaseDate),
      summary: clean(publication.summary),
      url: webAddress(publication.url),
    });
  }
  for (const project of resume.projects ?? []) {
    const roles = cleanList(project.roles);
    drafts.push({
      kind: 'project',
      title: clean(project.name),
      organization: clean(project.entity),
      startDate: dateOf(project.startDate),
      endDate: dateOf(project.endDate),
      summary: joinSentences(
        clean(project.description),
        roles.length > 0 ? `Roles: ${roles.join(', ')}` : undefined,
      ),
      highlights: cleanList(project.highlights),
      skills: cleanList(project.keywords),
      url: webAddress(project.url),
    });
  }
  for (const skill of resume.skills ?? []) {
    const name = clean(skill.name);
    const keywords = cleanList(skill.keywords);
    const level = clean(skill.level);
    drafts.push({
      kind: 'skill',
      title: name ?? keywords[0],
      summary: level === undefined ? undefined : `Level: ${level}`,
      skills: keywords.length > 0 ? keywords : name === undefined ? [] : [name],
    });
  }
  for (const spoken of resume.languages ?? []) {
    const language = clean(spoken.language);
    const fluency = clean(spoken.fluency);
    drafts.push({
      kind: 'skill',
      title: language,
      summary: fluency === undefined ? undefined : `Fluency: ${fluency}`,
      skills: language === undefined ? [] : [language],
    });
  }
  return drafts.flatMap((draft) => evidence(draft) ?? []);
}
