import type { CoverageItem } from '../coach/coverage.js';
import type { RoundPlan } from '../coach/plan-types.js';
import type { PostingExtraction } from '../coach/posting-extraction.js';
import { entities, type Entities, type EntityKind } from '../domain/entities.js';
import type { CreateInputOf, PatchOf, RecordOf } from '../domain/records.js';

/** `GET /opportunities/{id}/coverage`: the posting's items and how the evidence covers them. */
export interface OpportunityCoverage {
  readonly opportunityId: string;
  readonly posting: PostingExtraction;
  /** Gaps first, then partial, then strong; in posting order within each. */
  readonly coverage: readonly CoverageItem[];
}

/** `GET /rounds/{id}/plan`: the plan of one round, with what it was made from. */
export interface RoundPlanView {
  readonly round: { readonly id: string; readonly number: number };
  readonly opportunity: { readonly id: string; readonly company: string; readonly role: string };
  readonly posting: PostingExtraction;
  readonly plan: RoundPlan;
}

/** One field the server refused, as listed under `errors` in a problem document. */
export interface FieldProblem {
  readonly field: string;
  readonly pointer: string;
  readonly detail: string;
}

/**
 * A failed API call, carrying the server's RFC 9457 problem document. Network failures become a
 * problem with status 0, so every caller handles one kind of error.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: readonly FieldProblem[] = [],
    /** The problem type's URI, e.g. `/problems/no-such-route`. */
    readonly type = 'about:blank',
  ) {
    super(detail);
    this.name = 'ApiProblem';
  }

  /** The server has no such endpoint: it is older than this web app, or the feature is not built. */
  isMissingRoute(): boolean {
    return this.status === 404 && this.type.endsWith('/no-such-route');
  }

  /**
   * The message of each refused field, by field path (`startsAt`, `priorities.2`), also filed
   * under each parent path (`priorities`) so a form can show it next to the whole list.
   */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const error of this.errors) {
      const parts = error.field.split('.');
      for (let length = parts.length; length > 0; length--) {
        byField[parts.slice(0, length).join('.')] ??= error.detail;
      }
    }
    return byField;
  }
}

/** Any thrown value as an ApiProblem, so that pages show one kind of error. */
export function toProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ApiProblem(0, 'Something went wrong', detail);
}

const TOKEN_PLACEHOLDER = '%ROUNDTWO_API_TOKEN%';

/** The server writes the API token into the page it serves; other sites cannot read it. */
function apiToken(): string {
  const token =
    document.querySelector<HTMLMetaElement>('meta[name="roundtwo-api-token"]')?.content ?? '';
  if (token === '' || token === TOKEN_PLACEHOLDER) {
    throw new ApiProblem(
      0,
      'No API token',
      'This page was not served by Round Two, so it cannot reach your data. Start it with `roundtwo serve` and open the address it prints.',
    );
  }
  return token;
}

function isProblemBody(
  body: unknown,
): body is { type?: unknown; title?: unknown; detail?: unknown; errors?: unknown } {
  return typeof body === 'object' && body !== null;
}

async function problemFrom(response: Response): Promise<ApiProblem> {
  const body: unknown = await response.json().catch(() => null);
  if (!isProblemBody(body)) {
    return new ApiProblem(
      response.status,
      response.statusText,
      `The server answered ${response.status} ${response.statusText}.`,
    );
  }
  const errors = Array.isArray(body.errors) ? (body.errors as FieldProblem[]) : [];
  return new ApiProblem(
    response.status,
    typeof body.title === 'string' ? body.title : response.statusText,
    typeof body.detail === 'string' ? body.detail : `The server answered ${response.status}.`,
    errors,
    typeof body.type === 'string' ? body.type : undefined,
  );
}

/** Sends `body` as JSON, or as itself with its own type when it is a Blob (a recording). */
async function send(method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { Authorization: `Bearer ${apiToken()}` };
  if (body instanceof Blob) headers['Content-Type'] = body.type;
  else if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: body instanceof Blob ? body : JSON.stringify(body) }),
    });
  } catch {
    throw new ApiProblem(
      0,
      'Round Two is not answering',
      'Round Two is not answering. Check that `roundtwo serve` is still running, then try again.',
    );
  }
  if (!response.ok) throw await problemFrom(response);
  return response;
}

/**
 * The server's JSON answer to `method path` (under `/api/v1`); its shape is the one the server's
 * schema enforces for that endpoint.
 */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, body);
  return (await response.json()) as T;
}

/** A file the server sends as a download: its content and the name it suggests. */
export interface DownloadedFile {
  readonly blob: Blob;
  readonly filename: string;
}

/** Downloads `path` (under `/api/v1`) with the API token; the name comes from Content-Disposition. */
export async function fetchFile(path: string, fallbackName: string): Promise<DownloadedFile> {
  const response = await send('GET', path);
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallbackName;
  return { blob: await response.blob(), filename };
}

/** List filters of a kind: its references, such as `{ opportunityId }` for rounds. */
export type FilterOf<K extends EntityKind> = Partial<
  Record<keyof Entities[K]['references'] & string, string>
>;

const collectionPath = (kind: EntityKind) => `/${entities[kind].collection}`;
const recordPath = (kind: EntityKind, id: string) =>
  `${collectionPath(kind)}/${encodeURIComponent(id)}`;

/** The Round Two HTTP API, as the web app uses it. Every call throws an ApiProblem on failure. */
export const api = {
  list<K extends EntityKind>(kind: K, filter: FilterOf<K> = {}): Promise<RecordOf<K>[]> {
    const query = new URLSearchParams(
      Object.entries(filter).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ).toString();
    return request('GET', `${collectionPath(kind)}${query ? `?${query}` : ''}`);
  },
  get<K extends EntityKind>(kind: K, id: string): Promise<RecordOf<K>> {
    return request('GET', recordPath(kind, id));
  },
  create<K extends EntityKind>(kind: K, input: CreateInputOf<K>): Promise<RecordOf<K>> {
    return request('POST', collectionPath(kind), input);
  },
  update<K extends EntityKind>(kind: K, id: string, patch: PatchOf<K>): Promise<RecordOf<K>> {
    return request('PATCH', recordPath(kind, id), patch);
  },
  async remove(kind: EntityKind, id: string): Promise<void> {
    await send('DELETE', recordPath(kind, id));
  },
  /** How the candidate's stories and résumé cover an opportunity's job posting. */
  coverage(opportunityId: string): Promise<OpportunityCoverage> {
    return request('GET', `${recordPath('opportunity', opportunityId)}/coverage`);
  },
  /** The plan of a round: likely questions and a story for each, per interviewer. */
  roundPlan(roundId: string): Promise<RoundPlanView> {
    return request('GET', `${recordPath('round', roundId)}/plan`);
  },
  /** Loads the example opportunity into the workspace and returns it. */
  loadExample(): Promise<RecordOf<'opportunity'>> {
    return request('POST', '/workspace/example');
  },
  /** Stores a practice attempt's recording (webm, ogg or wav) and answers the attempt. */
  putRecording(attemptId: string, audio: Blob): Promise<RecordOf<'practiceAttempt'>> {
    return request('PUT', `${recordPath('practiceAttempt', attemptId)}/recording`, audio);
  },
  /** A practice attempt's recording, fetched with the token (an audio element cannot send it). */
  async recording(attemptId: string): Promise<Blob> {
    return (await send('GET', `${recordPath('practiceAttempt', attemptId)}/recording`)).blob();
  },
  async deleteRecording(attemptId: string): Promise<void> {
    await send('DELETE', `${recordPath('practiceAttempt', attemptId)}/recording`);
  },
  /** The whole workspace as one JSON file, for a backup or a move. */
  async exportWorkspace(): Promise<Blob> {
    return (await send('GET', '/workspace/export')).blob();
  },
};
