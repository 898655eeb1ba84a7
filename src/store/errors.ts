/** The database cannot be reached or opened: wrong URL, server down, unusable file. */
export class DatabaseUnavailableError extends Error {
  constructor(location: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `Could not open the database at ${location}: ${reason}. ` +
        'Check that PostgreSQL is running and DATABASE_URL is right, or that the data directory is writable.',
      { cause },
    );
    this.name = 'DatabaseUnavailableError';
  }
}

/** A write broke a uniqueness rule of the schema (e.g. a second round 2 of one opportunity). */
export class UniqueViolation extends Error {
  constructor(
    readonly table: string,
    cause: unknown,
  ) {
    super(`a ${table} record with the same key already exists`, { cause });
    this.name = 'UniqueViolation';
  }
}

/** A write pointed at a record that does not exist. */
export class ForeignKeyViolation extends Error {
  constructor(
    readonly table: string,
    cause: unknown,
  ) {
    super(`a ${table} record points at a record that does not exist`, { cause });
    this.name = 'ForeignKeyViolation';
  }
}

/** Translates the drivers' constraint errors (SQLite codes, PostgreSQL SQLSTATEs) into the two above. */
export function translateConstraintError(table: string, error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === '23505'
  ) {
    return new UniqueViolation(table, error);
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503') {
    return new ForeignKeyViolation(table, error);
  }
  return error;
}
