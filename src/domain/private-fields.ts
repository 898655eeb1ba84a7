import type { z } from 'zod';
import { entities, type EntityKind } from './entities.js';

/**
 * A record of `kind` with every field its entity declares private (`privateFields`) set to the
 * value the field has when nothing was entered (null, or its default), so that the record still
 * passes its schema. The other fields are left as they are.
 * @example withoutPrivateFields('salaryPrep', prep).walkAway // null
 */
export function withoutPrivateFields<T extends Record<string, unknown>>(
  kind: EntityKind,
  record: T,
): T {
  const entity = entities[kind];
  const hidden: readonly string[] = entity.privateFields ?? [];
  if (hidden.length === 0) return record;
  const shape = entity.fields.shape as Record<string, z.ZodType>;
  const blanked: Record<string, unknown> = { ...record };
  for (const field of hidden) blanked[field] = emptyValueOf(kind, field, shape[field]);
  return blanked as T;
}

/** What a field holds when nothing was entered: what its schema makes of no value at all. */
function emptyValueOf(kind: string, field: string, schema: z.ZodType | undefined): unknown {
  const empty = schema?.safeParse(undefined);
  // A private field must be one a record can do without; declaring a required one is a bug.
  if (!empty?.success) throw new Error(`The private field ${kind}.${field} has no empty value.`);
  return empty.data;
}
