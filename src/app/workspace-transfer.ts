import { entities, entityKinds, type EntityKind } from '../domain/entities.js';
import type { Reference } from '../domain/entity.js';
import { withoutPrivateFields } from '../domain/private-fields.js';
import {
  documentHeaderSchema,
  WORKSPACE_FORMAT,
  WORKSPACE_FORMAT_VERSION,
  workspaceDocumentSchema,
  type WorkspaceDocument,
} from '../domain/workspace-document.js';
import { UniqueViolation } from '../store/errors.js';
import type { AppContext } from './context.js';
import { ConflictError, ValidationError } from './errors.js';

type AnyRecord = { id: string } & Record<string, unknown>;

export interface ExportOptions {
  /**
   * Make the file for sharing with a coach: every field an entity declares private (the salary
   * walk-away, salary notes…) is left empty, and the document is marked `"share": true`. Such a
   * file imports only into an empty workspace (see `importWorkspace`).
   */
  readonly share?: boolean;
}

/**
 * Collects every record of the workspace into one versioned document; with `share`, without
 * anything private.
 * @example const text = serializeWorkspace(await exportWorkspace(ctx, { share: true }))
 */
export async function exportWorkspace(
  ctx: AppContext,
  options: ExportOptions = {},
): Promise<WorkspaceDocument> {
  const workspace = (await ctx.store.workspaces.list()).find((row) => row.id === ctx.workspaceId);
  const records: Record<string, unknown[]> = {};
  for (const kind of entityKinds) {
    const list = (await ctx.store.records(kind).list(ctx.workspaceId)) as AnyRecord[];
    records[entities[kind].collection] = options.share
      ? list.map((record) => withoutPrivateFields(kind, record))
      : list;
  }
  return workspaceDocumentSchema.parse({
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_FORMAT_VERSION,
    ...(options.share ? { share: true } : {}),
    workspace: { name: workspace?.name ?? 'Workspace' },
    records,
  });
}

/** The document as the text of an export file: two-space JSON and a final newline. */
export function serializeWorkspace(document: WorkspaceDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

export interface ImportOptions {
  /** Delete what the workspace holds before importing; without it, a non-empty workspace is refused. */
  readonly replace?: boolean;
}

export interface ImportSummary {
  readonly records: number;
  readonly byKind: Partial<Record<EntityKind, number>>;
}

/**
 * Reads an export file's text into the workspace, all or nothing: a broken file, a file from a
 * newer Round Two, or a clash leaves the workspace exactly as it was. A share export (made with
 * `share`) goes only into an empty workspace, even with `replace`: it lacks the private fields,
 * so replacing a workspace with it would silently lose them.
 */
export async function importWorkspace(
  ctx: AppContext,
  text: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const document = parseWorkspaceDocument(text);
  checkDocumentReferences(document);
  return ctx.store.transaction(async (store) => {
    const existing = await countRecords({ ...ctx, store });
    if (existing > 0 && document.share) {
      throw new ConflictError(
        `This file is an export made for sharing: it leaves out what is kept private (such as the salary walk-away), so it can only be imported into an empty workspace, and this one already holds ${existing} records. To restore a backup, import a full export (made without --share or ?share=true). Nothing was changed.`,
      );
    }
    if (existing > 0 && !options.replace) {
      throw new ConflictError(
        `The workspace already holds ${existing} records. Import into an empty workspace, or replace its contents (CLI: --replace; API: ?replace=true). Nothing was changed.`,
      );
    }
    for (const kind of [...entityKinds].reverse()) {
      for (const record of await store.records(kind).list(ctx.workspaceId)) {
        await store.records(kind).delete(ctx.workspaceId, record.id);
      }
    }
    await store.workspaces.rename(
      ctx.workspaceId,
      document.workspace.name,
      ctx.clock.now().toISOString(),
    );
    const byKind: Partial<Record<EntityKind, number>> = {};
    let total = 0;
    for (const kind of entityKinds) {
      const list = document.records[entities[kind].collection] as AnyRecord[];
      for (const record of list) {
        try {
          await store.records(kind).insert(ctx.workspaceId, record as never);
        } catch (error) {
          if (error instanceof UniqueViolation) {
            throw new ConflictError(
              `The ${entities[kind].label} "${record.id}" in the file clashes with a record that already exists (another workspace, or a duplicate in the file). Nothing was changed.`,
            );
          }
          throw error;
        }
      }
      if (list.length > 0) byKind[kind] = list.length;
      total += list.length;
    }
    return { records: total, byKind };
  });
}

async function countRecords(ctx: AppContext): Promise<number> {
  let total = 0;
  for (const kind of entityKinds) total += await ctx.store.records(kind).count(ctx.workspaceId);
  return total;
}

function parseWorkspaceDocument(text: string): WorkspaceDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ValidationError(
      `The file is not valid JSON (${error instanceof Error ? error.message : 'parse error'}). Nothing was changed.`,
      [{ field: '', message: 'not JSON' }],
    );
  }
  const header = documentHeaderSchema.safeParse(json);
  if (!header.success) throw ValidationError.fromZod('workspace file', header.error);
  if (header.data.version > WORKSPACE_FORMAT_VERSION) {
    throw new ValidationError(
      `The file was written by a newer Round Two (format version ${header.data.version}); this version reads up to version ${WORKSPACE_FORMAT_VERSION}. Update Round Two to import it. Nothing was changed.`,
      [{ field: 'version', message: `newer than ${WORKSPACE_FORMAT_VERSION}` }],
    );
  }
  const parsed = workspaceDocumentSchema.safeParse(json);
  if (!parsed.success) throw ValidationError.fromZod('workspace file', parsed.error);
  return parsed.data;
}

/** Every reference in the file must point at a record of the right kind in the same file. */
function checkDocumentReferences(document: WorkspaceDocument): void {
  const ids = new Map<EntityKind, Set<string>>();
  for (const kind of entityKinds) {
    const list = document.records[entities[kind].collection] as AnyRecord[];
    ids.set(kind, new Set(list.map((record) => record.id)));
  }
  for (const kind of entityKinds) {
    const collection = entities[kind].collection;
    const list = document.records[collection] as AnyRecord[];
    const references = Object.entries(entities[kind].references as Record<string, Reference>);
    for (const [index, record] of list.entries()) {
      for (const [field, reference] of references) {
        const target = record[field];
        if (typeof target === 'string' && !ids.get(reference.kind as EntityKind)?.has(target)) {
          const path = `records.${collection}.${index}.${field}`;
          throw new ValidationError(
            `Invalid workspace file: ${path} points at ${reference.kind} "${target}", which is not in the file. Nothing was changed.`,
            [{ field: path, message: 'points at a missing record' }],
          );
        }
      }
    }
  }
}
