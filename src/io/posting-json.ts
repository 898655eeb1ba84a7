/**
 * Job postings in JSON: a schema.org `JobPosting` (as JSON-LD in a page, or on its own) and a
 * JSON Resume `job.json` (https://jsonresume.org/job-description-schema). Both are read loosely:
 * a field of an unexpected shape is skipped, never fatal.
 */
import type { PostingDocument, PostingSalary } from '../domain/posting.js';
import { fragmentToText } from './html-text.js';

type Json = Record<string, unknown>;
type PostingFields = Omit<PostingDocument, 'sourceFormat'>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asList = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

function typeNames(node: Json): string[] {
  return asList(node['@type']).filter((type): type is string => typeof type === 'string');
}

/** Whether a node is a schema.org `JobPosting` (`"JobPosting"` or a full schema.org IRI). */
export function isJobPosting(node: unknown): node is Json {
  return isObject(node) && typeNames(node).some((type) => /(^|[/#:])JobPosting$/.test(type));
}

/** The first `JobPosting` in a JSON-LD value: itself, an array member or an `@graph` node. */
export function findJobPosting(value: unknown, depth = 0): Json | undefined {
  if (depth > 4) return undefined;
  if (isJobPosting(value)) return value;
  const children = Array.isArray(value) ? value : isObject(value) ? asList(value['@graph']) : [];
  for (const child of children) {
    const found = findJobPosting(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : fragmentToText(value);
  if (typeof value === 'number') return String(value);
  return undefined;
}

const name = (value: unknown): string | undefined =>
  text(value) ?? (isObject(value) ? text(value.name) : undefined);

function nonEmpty(list: string[]): string[] | undefined {
  const kept = list.filter((entry) => entry.trim() !== '');
  return kept.length > 0 ? kept : undefined;
}

/** A schema.org credential or experience requirement as a line of text. */
function requirementText(value: unknown): string | undefined {
  const direct = text(value);
  if (direct !== undefined || !isObject(value)) return direct;
  const described = text(value.description) ?? text(value.name);
  if (described !== undefined) return described;
  const months = Number(value.monthsOfExperience);
  if (Number.isFinite(months) && months > 0) {
    return months % 12 === 0
      ? `At least ${months / 12} year${months === 12 ? '' : 's'} of experience`
      : `At least ${months} months of experience`;
  }
  const category = text(value.credentialCategory) ?? text(value.educationalLevel);
  return category === undefined ? undefined : category[0]!.toUpperCase() + category.slice(1);
}

const listOf = (value: unknown, read: (entry: unknown) => string | undefined) =>
  nonEmpty(asList(value).flatMap((entry) => read(entry) ?? []));

function place(value: unknown): string | undefined {
  if (!isObject(value)) return text(value);
  const address = value.address;
  if (!isObject(address)) return text(address) ?? text(value.name);
  const parts = [address.addressLocality, address.addressRegion, address.addressCountry]
    .map((part) => name(part))
    .filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join(', ') : text(value.name);
}

const number = (value: unknown): number | undefined => {
  const parsed = typeof value === 'string' ? Number(value.replace(/[,\s]/g, '')) : value;
  return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : undefined;
};

function salary(value: unknown, currency: unknown): PostingSalary | undefined {
  const fixed = number(value);
  const amount: Json = isObject(value) ? value : {};
  const quantity: Json = isObject(amount.value) ? amount.value : {};
  const single = fixed ?? number(amount.value) ?? number(quantity.value) ?? number(amount.price);
  const result: PostingSalary = {};
  const code = text(amount.currency) ?? text(amount.priceCurrency) ?? text(currency);
  const min = number(quantity.minValue) ?? number(amount.minValue) ?? single;
  const max = number(quantity.maxValue) ?? number(amount.maxValue) ?? single;
  const unit = text(quantity.unitText) ?? text(amount.unitText);
  if (code !== undefined) result.currency = code;
  if (min !== undefined) result.min = min;
  if (max !== undefined) result.max = max;
  if (unit !== undefined) result.unit = unit.toUpperCase();
  return min === undefined && max === undefined ? undefined : result;
}

/** Only the fields that have a value, so that absent stays absent. */
function defined(fields: { [K in keyof PostingFields]: PostingFields[K] | undefined }) {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as PostingFields;
}

/** Reads a schema.org `JobPosting` node. HTML inside its texts becomes readable text. */
export function readJobPosting(node: Json): PostingFields {
  const remote = asList(node.jobLocationType).some((type) => /telecommute/i.test(String(type)));
  const places = asList(node.jobLocation).flatMap((entry) => place(entry) ?? []);
  const location = places.length > 0 ? places.join('; ') : undefined;
  return defined({
    title: text(node.title) ?? text(node.name),
    company: name(asList(node.hiringOrganization)[0]),
    location: remote ? (location ? `${location} (remote)` : 'Remote') : location,
    description: text(node.description) ?? '',
    responsibilities: listOf(node.responsibilities, text),
    qualifications: listOf(node.qualifications, requirementText),
    skills: listOf(node.skills, name),
    experienceRequirements: listOf(node.experienceRequirements, requirementText),
    educationRequirements: listOf(node.educationRequirements, requirementText),
    baseSalary: salary(node.baseSalary, node.salaryCurrency),
  });
}

const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY' };

/** "$90,000 - $110,000", "100000", "€50k–60k" as a salary range. */
export function salaryFromText(value: string): PostingSalary | undefined {
  const figures = [...value.matchAll(/(\d[\d,.]*)\s*(k)?\b/gi)]
    .map((match) => Number((match[1] ?? '').replace(/,/g, '')) * (match[2] ? 1000 : 1))
    .filter((figure) => Number.isFinite(figure) && figure > 0);
  if (figures.length === 0) return undefined;
  const sign = /[$£€¥]/.exec(value)?.[0];
  const code = /\b[A-Z]{3}\b/.exec(value)?.[0] ?? (sign ? CURRENCY_SIGNS[sign] : undefined);
  const unit = /\b(hour|day|week|month|year)/i.exec(value)?.[1]?.toUpperCase();
  return {
    ...(code ? { currency: code } : {}),
    min: Math.min(...figures),
    max: Math.max(...figures),
    ...(unit ? { unit } : {}),
  };
}

/** Reads a JSON Resume `job.json`. Its `highlights`, if any, join the description as items. */
export function readJsonResumeJob(job: Json): PostingFields {
  const location = isObject(job.location)
    ? [job.location.address, job.location.city, job.location.region, job.location.countryCode]
        .map((part) => text(part))
        .filter((part): part is string => part !== undefined)
        .join(', ')
    : text(job.location);
  const remote = typeof job.remote === 'string' ? job.remote : undefined;
  const highlights = listOf(job.highlights, text) ?? [];
  const description = [text(job.description) ?? '', ...highlights.map((line) => `- ${line}`)]
    .join('\n')
    .trim();
  const skills = asList(job.skills).flatMap((skill) =>
    isObject(skill) ? [name(skill), ...asList(skill.keywords).map(text)] : [text(skill)],
  );
  return defined({
    title: text(job.title),
    company: text(job.company),
    location:
      remote === 'Full'
        ? location
          ? `${location} (remote)`
          : 'Remote'
        : remote === 'Hybrid' && location
          ? `${location} (hybrid)`
          : location || undefined,
    description,
    responsibilities: listOf(job.responsibilities, text),
    qualifications: listOf(job.qualifications, text),
    skills: nonEmpty(skills.filter((skill): skill is string => skill !== undefined)),
    baseSalary:
      typeof job.salary === 'string' ? salaryFromText(job.salary) : salary(job.salary, undefined),
  });
}
