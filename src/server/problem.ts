import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type FieldIssue } from '../app/errors.js';

/** RFC 9457 problem details, with the fields that failed under `errors`. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly errors?: readonly {
    readonly field: string;
    readonly pointer: string;
    readonly detail: string;
  }[];
}

/** An HTTP-level failure (bad JSON, wrong media type, too large) raised by the doors themselves. */
export class HttpProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly slug: string,
    readonly title: string,
    detail: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

const appErrorStatus: Record<AppError['code'], { status: ContentfulStatusCode; title: string }> = {
  invalid_input: { status: 422, title: 'The request has invalid fields' },
  invalid_reference: { status: 422, title: 'The request points at a record that cannot be used' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict with stored data' },
};

/** Problem types are documented in docs/api.md under their slug. */
const typeUri = (slug: string) => `/problems/${slug}`;

function pointerOf(field: string): string {
  return field === '' ? '#' : `#/${field.split('.').join('/')}`;
}

/** The one place where errors become HTTP responses. */
export function problemResponse(c: Context, error: unknown): Response {
  let status: ContentfulStatusCode = 500;
  let problem: Problem;
  if (error instanceof HttpProblem) {
    status = error.status;
    problem = { type: typeUri(error.slug), title: error.title, status, detail: error.message };
    if (error.issues.length > 0) problem = { ...problem, errors: toErrors(error.issues) };
  } else if (error instanceof AppError) {
    ({ status } = appErrorStatus[error.code]);
    problem = {
      type: typeUri(error.code.replace('_', '-')),
      title: appErrorStatus[error.code].title,
      status,
      detail: error.message,
      ...(error.issues.length > 0 ? { errors: toErrors(error.issues) } : {}),
    };
  } else {
    console.error('Unexpected error while handling %s %s:', c.req.method, c.req.path, error);
    problem = {
      type: typeUri('internal'),
      title: 'Internal error',
      status,
      detail:
        'Round Two could not complete the request. Nothing was lost; details are in the server log.',
    };
  }
  return c.body(JSON.stringify({ ...problem, instance: c.req.path }), status, {
    'Content-Type': 'application/problem+json',
  });
}

function toErrors(issues: readonly FieldIssue[]) {
  return issues.map((issue) => ({
    field: issue.field,
    pointer: pointerOf(issue.field),
    detail: issue.message,
  }));
}
