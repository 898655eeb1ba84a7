import type { z } from 'zod';

/** One thing wrong with the input, located by its field path (e.g. `startsAt`, `sections.0.title`). */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

/** A failure the user can act on. Every door (HTTP, CLI, web) shows `message` as it is. */
export abstract class AppError extends Error {
  abstract readonly code: 'invalid_input' | 'not_found' | 'conflict' | 'invalid_reference';
  readonly issues: readonly FieldIssue[] = [];
}

export class ValidationError extends AppError {
  readonly code = 'invalid_input';
  constructor(
    message: string,
    override readonly issues: readonly FieldIssue[],
  ) {
    super(message);
    this.name = 'ValidationError';
  }

  static fromZod(what: string, error: z.ZodError): ValidationError {
    const issues = error.issues.map((issue) => ({
      field: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    const summary = issues
      .slice(0, 3)
      .map((issue) => (issue.field ? `${issue.field}: ${issue.message}` : issue.message))
      .join('; ');
    return new ValidationError(`Invalid ${what}: ${summary}`, issues);
  }
}

export class NotFoundError extends AppError {
  readonly code = 'not_found';
  constructor(
    readonly label: string,
    readonly id: string,
  ) {
    super(`No ${label} with id "${id}" in this workspace.`);
    this.name = 'NotFoundError';
  }
}

export class ConflictError extends AppError {
  readonly code = 'conflict';
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** A field names a record that does not exist, or that belongs to another opportunity. */
export class InvalidReferenceError extends AppError {
  readonly code = 'invalid_reference';
  constructor(field: string, message: string) {
    super(message);
    this.name = 'InvalidReferenceError';
    (this as { issues: readonly FieldIssue[] }).issues = [{ field, message }];
  }
}
