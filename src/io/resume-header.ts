/**
 * The title line(s) of a résumé entry read into a title, an organisation, dates and a link:
 * "Data Engineer — Northwind Health, 2019–2023", "Northwind Health | Data Engineer | 2019 – now",
 * "BSc Computer Science, University of Leeds (2012–2015)", or two lines in columns.
 */
import type { EvidenceKind } from '../domain/resume.js';
import { findDates, type DatesInLine } from './resume-dates.js';

export interface EntryHeader {
  readonly title?: string;
  readonly organization?: string;
  readonly startDate?: string;
  readonly endDate?: string;
  readonly url?: string;
  /** Parts that are neither title, organisation nor a short place name. */
  readonly rest: readonly string[];
}

const ROLE =
  /\b(engineer|developer|programmer|manager|director|analyst|scientist|designer|consultant|architect|lead|head|officer|specialist|coordinator|administrator|assistant|associate|intern|trainee|apprentice|nurse|teacher|lecturer|professor|researcher|accountant|technician|supervisor|executive|representative|advis[eo]r|president|vp|founder|co-founder|owner|editor|writer|producer|strategist|planner|tester|auditor|controller|clerk|agent|buyer|chef|therapist|pharmacist|physician|doctor|surgeon|paramedic|midwife|carer|operator|partner|principal|chief|cto|ceo|cfo|coo|sre|fellow|tutor|instructor|coach|recruiter|librarian|mechanic|electrician|cashier|marketer|product owner|scrum master|volunteer|mentor|organi[sz]er|member|chair|treasurer|secretary|ambassador|contractor|freelancer|postdoc|attorney|lawyer|paralegal|solicitor|barrister|economist|statistician|receptionist|bookkeeper|underwriter|broker|trader|investigator|inspector|counsell?or|psychologist|dentist|worker|staff)s?\b/i;
const ORGANIZATION =
  /\b(inc|ltd|llc|llp|plc|gmbh|ag|corp|corporation|company|group|holdings|labs?|technologies|technology|solutions|systems|software|partners|consulting|agency|bank|university|college|school|institute|academy|hospital|clinic|health|healthcare|trust|nhs|council|foundation|charity|society|ministry|department|government|services|studios?|media|ventures|capital|industries|international|network|cent(er|re)|association|press|journal|publishing)s?\b\.?/i;
const DEGREE =
  /\b(b\.?sc|b\.?a|b\.?eng|b\.?s|m\.?sc|m\.?a|m\.?eng|m\.?s|mba|ph\.?d|dphil|bachelor'?s?|master'?s?|doctorate|diploma|certificate|a-levels?|gcses?|high school|degree|hnd|hnc|bsn|msn|llb|llm|md|jd|postgraduate|undergraduate|btec|ib)\b/i;
const INSTITUTION = /\b(university|college|school|institute|academy|polytechnic|conservatory)\b/i;
const WEB = /^(https?:\/\/|www\.)\S+$|^[\w-]+(\.[\w-]+)+\/\S*$/i;
const COMPANY_SUFFIX = /^(inc|ltd|llc|llp|plc|gmbh|ag|s\.?a|corp|co)\.?$/i;
// Words that end a certificate's or award's own name rather than start an issuer's.
const NAME_TAIL =
  /\b(associate|professional|practitioner|foundation|level|part|expert|specialty|fundamentals|certificate|certification)\b/i;

/** Entries that are a line each (awards, certificates, publications), not a role with bullets. */
export const listKinds: ReadonlySet<EvidenceKind> = new Set([
  'award',
  'certificate',
  'publication',
]);

function trimPart(part: string): string {
  return part
    .replace(/^[\s,;:|–—·•-]+|[\s,;:|–—·•(-]+$/g, '')
    .replace(/^["“'‘](.*)["”'’]$/, '$1')
    .trim();
}

/** A line cut at its separators: columns, bars, dashes, "at", then commas. */
function splitLine(line: string, kind: EvidenceKind): string[] {
  const pieces = line
    .split(/\t+|\s{3,}/)
    .flatMap((piece) => piece.split(/\s*\|\s*|\s+[·•]\s+/))
    .flatMap((piece) => splitAtDashes(piece, listKinds.has(kind)))
    // "Analyst at Acme" names a role and its employer; "Spoke at GopherCon" is one title.
    .flatMap((piece) =>
      kind === 'work' || kind === 'volunteer' ? piece.split(/\s+(?:at|@)\s+/i) : [piece],
    )
    .flatMap((piece) => splitAtCommas(piece));
  return pieces.map(trimPart).filter((piece) => piece !== '');
}

function splitAtDashes(piece: string, nameWithDashes: boolean): string[] {
  const parts = piece.split(/\s+[–—-]\s+|—/);
  if (!nameWithDashes || parts.length < 2) return parts;
  // "AWS Certified Solutions Architect – Associate" is one name; "Certified ScrumMaster – Scrum
  // Alliance" names the issuer after the dash.
  const joined: string[] = [];
  for (const part of parts) {
    const words = part.trim().split(/\s+/).length;
    if (joined.length > 0 && (words < 2 || (words === 2 && NAME_TAIL.test(part)))) {
      joined[joined.length - 1] += ` – ${part}`;
    } else joined.push(part);
  }
  return joined;
}

function splitAtCommas(piece: string): string[] {
  const parts: string[] = [];
  for (const part of piece.split(/,\s+/)) {
    // "Acme, Inc." is one name.
    if (parts.length > 0 && COMPANY_SUFFIX.test(part.trim()))
      parts[parts.length - 1] += `, ${part}`;
    else parts.push(part);
  }
  return parts;
}

function webAddress(part: string): string | undefined {
  if (!WEB.test(part)) return undefined;
  const address = /^https?:\/\//i.test(part) ? part : `https://${part}`;
  try {
    new URL(address);
    return address;
  } catch {
    return undefined;
  }
}

/** How strongly a part reads as the entry's title for its kind. */
function titleScore(part: string, kind: EvidenceKind): number {
  switch (kind) {
    case 'work':
    case 'volunteer':
      return (ROLE.test(part) ? 2 : 0) - (ORGANIZATION.test(part) ? 1 : 0);
    case 'education':
      return (DEGREE.test(part) ? 2 : 0) - (INSTITUTION.test(part) ? 1 : 0);
    default:
      return 0;
  }
}

function isOrganization(part: string, kind: EvidenceKind): boolean {
  return kind === 'education'
    ? INSTITUTION.test(part) || ORGANIZATION.test(part)
    : ORGANIZATION.test(part);
}

/** Reads an entry's title lines: dates from the first line that has them, then the parts. */
export function readEntryHeader(lines: readonly string[], kind: EvidenceKind): EntryHeader {
  let dates: DatesInLine | undefined;
  const parts: string[] = [];
  let url: string | undefined;
  for (const line of lines) {
    let rest = line;
    if (dates === undefined) {
      dates = findDates(line);
      if (dates) rest = dates.rest;
    }
    for (const part of splitLine(rest, kind)) {
      const address = webAddress(part);
      if (address !== undefined) url ??= address;
      else parts.push(part);
    }
  }

  let titleIndex = 0;
  parts.forEach((part, index) => {
    if (titleScore(part, kind) > Math.max(0, titleScore(parts[titleIndex] ?? '', kind)))
      titleIndex = index;
  });
  const others = parts
    .map((part, index) => ({ part, index }))
    .filter(({ index }) => index !== titleIndex);
  // A project's second part is usually its description, not an organisation.
  const organization =
    others.find(({ part }) => isOrganization(part, kind)) ??
    (kind === 'project' ? undefined : others[0]);
  const rest = others
    .filter(({ index }) => index !== organization?.index)
    .map(({ part }) => part)
    // A short leftover is a place ("London", "Remote"); a longer one is kept.
    .filter((part) => part.split(/\s+/).length > 3);

  const single = dates?.single === true;
  const start = single && kind === 'education' ? undefined : dates?.start;
  // A lone year beside a degree is when it was awarded.
  const end = single ? (kind === 'education' ? dates?.start : undefined) : dates?.end;
  return {
    ...(parts[titleIndex] === undefined ? {} : { title: parts[titleIndex] }),
    ...(organization === undefined ? {} : { organization: organization.part }),
    ...(start === undefined ? {} : { startDate: start }),
    ...(end === undefined ? {} : { endDate: end }),
    ...(url === undefined ? {} : { url }),
    rest,
  };
}
