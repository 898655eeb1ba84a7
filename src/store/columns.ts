import { z } from 'zod';
import type { Dialect, Row } from './database.js';

/** How a field is kept in a column. */
export type ColumnKind = 'text' | 'int' | 'real' | 'bool' | 'json' | 'instant' | 'date';

export interface Column {
  readonly field: string;
  readonly column: string;
  readonly kind: ColumnKind;
}

export function columnName(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** Reads the storage kind of a field off its zod schema, looking through defaults and transforms. */
export function columnKind(schema: z.ZodType): ColumnKind {
  let inner: z.ZodType = schema;
  for (;;) {
    if (
      inner instanceof z.ZodDefault ||
      inner instanceof z.ZodNullable ||
      inner instanceof z.ZodOptional
    ) {
      inner = inner.unwrap() as z.ZodType;
    } else if (inner instanceof z.ZodPipe) {
      inner = inner.in as z.ZodType;
    } else {
      break;
    }
  }
  if (inner instanceof z.ZodISODateTime) return 'instant';
  if (inner instanceof z.ZodISODate) return 'date';
  if (inner instanceof z.ZodBoolean) return 'bool';
  if (inner instanceof z.ZodNumber) return inner.isInt ? 'int' : 'real';
  if (inner instanceof z.ZodArray || inner instanceof z.ZodObject) return 'json';
  return 'text';
}

/** The columns of a record schema, in the schema's field order. */
export function columnsOf(record: z.ZodObject): Column[] {
  return Object.entries(record.shape).map(([field, schema]) => ({
    field,
    column: columnName(field),
    kind: columnKind(schema as z.ZodType),
  }));
}

/** Turns a record's value into what the dialect's driver stores. */
export function toColumn(kind: ColumnKind, dialect: Dialect, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'json':
      return JSON.stringify(value);
    case 'bool':
      return dialect === 'sqlite' ? (value ? 1 : 0) : value;
    case 'text':
    case 'int':
    case 'real':
    case 'instant':
    case 'date':
      return value;
  }
}

/** Turns what the driver returned into the record's value. */
export function fromColumn(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'json':
      return typeof value === 'string' ? JSON.parse(value) : value;
    case 'bool':
      return value === true || value === 1;
    case 'instant':
      return value instanceof Date ? value.toISOString() : value;
    case 'real':
    case 'int':
      return typeof value === 'string' ? Number(value) : value;
    case 'text':
    case 'date':
      return value;
  }
}

export function encodeRow(columns: readonly Column[], dialect: Dialect, record: Row): Row {
  const row: Row = {};
  for (const { field, column, kind } of columns) {
    if (field in record) row[column] = toColumn(kind, dialect, record[field]);
  }
  return row;
}

export function decodeRow(columns: readonly Column[], row: Row): Row {
  const record: Row = {};
  for (const { field, column, kind } of columns) record[field] = fromColumn(kind, row[column]);
  return record;
}
