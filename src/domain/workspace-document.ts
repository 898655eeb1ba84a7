import { z } from 'zod';
import { entities, entityKinds, type EntityKind } from './entities.js';

export const WORKSPACE_FORMAT = 'roundtwo-workspace';
/** The version of the export file this code writes, and the newest it reads. */
export const WORKSPACE_FORMAT_VERSION = 1;

const recordLists = Object.fromEntries(
  entityKinds.map((kind) => [
    entities[kind].collection,
    z.array(entities[kind].record).default([]),
  ]),
) as {
  [K in EntityKind as (typeof entities)[K]['collection']]: z.ZodDefault<
    z.ZodArray<(typeof entities)[K]['record']>
  >;
};

/**
 * A whole workspace as one JSON document: every record of every kind, owners first. Writing it,
 * reading it and writing it again gives the same bytes.
 */
export const workspaceDocumentSchema = z.strictObject({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(WORKSPACE_FORMAT_VERSION),
  /**
   * Present (and true) only on an export made for sharing with a coach: every private field
   * (`privateFields` of each entity: the salary walk-away, salary notes…) is left empty. Absent on
   * a full export, so a full export's bytes stay the same.
   */
  share: z.literal(true).optional(),
  workspace: z.strictObject({ name: z.string().trim().min(1).max(200) }),
  records: z.strictObject(recordLists),
});

export type WorkspaceDocument = z.output<typeof workspaceDocumentSchema>;

/** The part of a document read first, to tell a file from a newer Round Two from a broken one. */
export const documentHeaderSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT, {
    message: `not a Round Two workspace export (format must be "${WORKSPACE_FORMAT}")`,
  }),
  version: z.number().int().positive(),
});
