import type { ColumnDataType } from 'kysely';

/**
 * The SQL type of each kind of column in each dialect. Migrations name kinds, so that one
 * migration reads the same for SQLite and PostgreSQL. A migration that needs SQL only one dialect
 * has goes in that dialect's list in `index.ts`.
 */
export interface ColumnTypes {
  readonly id: ColumnDataType;
  readonly text: ColumnDataType;
  readonly int: ColumnDataType;
  readonly real: ColumnDataType;
  readonly bool: ColumnDataType;
  readonly json: ColumnDataType;
  readonly instant: ColumnDataType;
  readonly date: ColumnDataType;
}

export const sqliteTypes: ColumnTypes = {
  id: 'text',
  text: 'text',
  int: 'integer',
  real: 'real',
  bool: 'integer',
  json: 'text',
  instant: 'text',
  date: 'text',
};

export const postgresTypes: ColumnTypes = {
  id: 'text',
  text: 'text',
  int: 'integer',
  real: 'double precision',
  bool: 'boolean',
  json: 'jsonb',
  instant: 'timestamptz',
  date: 'date',
};
