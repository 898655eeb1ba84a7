import { entities, type EntityKind } from '../domain/entities.js';
import type { AppContext } from './context.js';
import { NotFoundError, ValidationError } from './errors.js';

/**
 * Finds a record by its id or by the start of it, so that a person at a terminal can type
 * `019a…` rather than a whole UUID. A prefix that fits more than one record is refused.
 */
export async function resolveRecordId(
  ctx: AppContext,
  kind: EntityKind,
  reference: string,
): Promise<string> {
  const repository = ctx.store.records(kind);
  const exact = await repository.findById(ctx.workspaceId, reference);
  if (exact) return exact.id;
  const matches = (await repository.list(ctx.workspaceId)).filter((record) =>
    record.id.startsWith(reference),
  );
  const [only] = matches;
  if (matches.length === 1 && only) return only.id;
  const label = entities[kind].label;
  if (matches.length === 0) throw new NotFoundError(label, reference);
  throw new ValidationError(
    `"${reference}" is the start of ${matches.length} ${label} ids; type more of it.`,
    [{ field: 'id', message: 'ambiguous id prefix' }],
  );
}
