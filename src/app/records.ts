import { z } from 'zod';
import { entities, type EntityKind } from '../domain/entities.js';
import type { Reference } from '../domain/entity.js';
import type { RecordOf } from '../domain/records.js';
import { UniqueViolation } from '../store/errors.js';
import type { AppContext } from './context.js';
import { ConflictError, InvalidReferenceError, NotFoundError, ValidationError } from './errors.js';
import { prepareRecord } from './record-rules.js';

type AnyRecord = { id: string } & Record<string, unknown>;

function parse<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw ValidationError.fromZod(what, result.error);
  return result.data;
}

function referencesOf(kind: EntityKind): [string, Reference][] {
  return Object.entries(entities[kind].references as Record<string, Reference>);
}

/**
 * Creates a record of any kind in the workspace, after checking its fields against the kind's
 * schema and its references against the workspace.
 * @example await createRecord(ctx, 'story', { title: 'Saved the launch' })
 */
export async function createRecord<K extends EntityKind>(
  ctx: AppContext,
  kind: K,
  input: unknown,
): Promise<RecordOf<K>> {
  const entity = entities[kind];
  const values = parse(entity.create, input, entity.label) as Record<string, unknown>;
  return ctx.store.transaction(async (store) => {
    const tx = { ...ctx, store };
    const prepared = await prepareRecord(tx, kind, values);
    await checkReferences(tx, kind, prepared);
    const now = ctx.clock.now().toISOString();
    const record = { id: ctx.newId(), ...prepared, createdAt: now, updatedAt: now } as AnyRecord;
    await writeOrConflict(kind, () => store.records(kind).insert(ctx.workspaceId, record as never));
    return (await store.records(kind).findById(ctx.workspaceId, record.id)) as RecordOf<K>;
  });
}

/** Reads one record; a missing one is a NotFoundError. */
export async function getRecord<K extends EntityKind>(
  ctx: AppContext,
  kind: K,
  id: string,
): Promise<RecordOf<K>> {
  const record = await ctx.store.records(kind).findById(ctx.workspaceId, id);
  if (!record) throw new NotFoundError(entities[kind].label, id);
  return record;
}

/**
 * Lists the records of a kind in creation order, optionally only those pointing at given records,
 * e.g. `{ opportunityId }` for one opportunity's rounds.
 */
export async function listRecords<K extends EntityKind>(
  ctx: AppContext,
  kind: K,
  filter: Readonly<Record<string, unknown>> = {},
): Promise<RecordOf<K>[]> {
  const allowed = referencesOf(kind).map(([field]) => field);
  const filterSchema = z.strictObject(
    Object.fromEntries(allowed.map((field) => [field, z.string().min(1).optional()])),
  );
  const where = parse(filterSchema, filter, `filter for ${entities[kind].label} list`) as Record<
    string,
    string | undefined
  >;
  const defined = Object.fromEntries(
    Object.entries(where).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return ctx.store.records(kind).list(ctx.workspaceId, defined);
}

/** Changes some fields of a record; fields absent from `patch` keep their value. */
export async function updateRecord<K extends EntityKind>(
  ctx: AppContext,
  kind: K,
  id: string,
  patch: unknown,
): Promise<RecordOf<K>> {
  const entity = entities[kind];
  const changes = parse(entity.patch, patch, `change to ${entity.label}`) as Record<
    string,
    unknown
  >;
  return ctx.store.transaction(async (store) => {
    const tx = { ...ctx, store };
    const current = (await getRecord(tx, kind, id)) as AnyRecord;
    const merged = await prepareRecord(tx, kind, { ...current, ...changes });
    await checkReferences(tx, kind, merged);
    const written = Object.fromEntries(Object.keys(changes).map((field) => [field, merged[field]]));
    const values = { ...written, updatedAt: ctx.clock.now().toISOString() };
    await writeOrConflict(kind, () =>
      store.records(kind).update(ctx.workspaceId, id, values as never),
    );
    return getRecord(tx, kind, id);
  });
}

/** Deletes a record and everything it owns (an opportunity's rounds, a round's debrief…). */
export async function deleteRecord(ctx: AppContext, kind: EntityKind, id: string): Promise<void> {
  const deleted = await ctx.store.records(kind).delete(ctx.workspaceId, id);
  if (!deleted) throw new NotFoundError(entities[kind].label, id);
}

/**
 * Every reference must name a record of the right kind in this workspace, and a record may not
 * tie together two different opportunities (a round of one and an interviewer of another).
 */
async function checkReferences(
  ctx: AppContext,
  kind: EntityKind,
  values: Record<string, unknown>,
): Promise<void> {
  const opportunities = new Map<string, string>();
  for (const [field, reference] of referencesOf(kind)) {
    const id = values[field];
    if (typeof id !== 'string') continue;
    const target = reference.kind as EntityKind;
    const found = (await ctx.store.records(target).findById(ctx.workspaceId, id)) as
      AnyRecord | undefined;
    if (!found) {
      throw new InvalidReferenceError(
        field,
        `${field}: no ${entities[target].label} with id "${id}" in this workspace.`,
      );
    }
    const opportunityId = target === 'opportunity' ? found.id : found.opportunityId;
    if (typeof opportunityId === 'string') opportunities.set(field, opportunityId);
  }
  const distinct = new Set(opportunities.values());
  if (distinct.size > 1) {
    const [field] = [...opportunities.keys()].slice(-1);
    throw new InvalidReferenceError(
      field ?? '',
      `${field}: points at a record of another opportunity; a ${entities[kind].label} belongs to one opportunity.`,
    );
  }
}

async function writeOrConflict(kind: EntityKind, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (error instanceof UniqueViolation) throw new ConflictError(conflictMessage(kind));
    throw error;
  }
}

function conflictMessage(kind: EntityKind): string {
  const entity = entities[kind];
  if ('onePer' in entity && entity.onePer) {
    return `There is already a ${entity.label} for this ${entity.onePer.replace(/Id$/, '')}; change that one instead of adding another.`;
  }
  switch (kind) {
    case 'round':
      return 'This opportunity already has a round with that number.';
    case 'participation':
      return 'This interviewer is already in that round.';
    case 'thankYouNote':
      return 'There is already a thank-you note for this interviewer after that round; change that one.';
    default:
      return `A ${entity.label} with that id already exists.`;
  }
}
