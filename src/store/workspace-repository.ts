import type { Kysely } from 'kysely';
import type { Tables } from './database.js';

export interface WorkspaceRow {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const toIso = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : String(value);

/** Workspaces: the unit of ownership. Local mode has one; hosted mode one per account. */
export class WorkspaceRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  async insert(workspace: WorkspaceRow): Promise<void> {
    await this.db
      .insertInto('workspaces')
      .values({
        id: workspace.id,
        name: workspace.name,
        created_at: workspace.createdAt,
        updated_at: workspace.updatedAt,
      })
      .execute();
  }

  async list(): Promise<WorkspaceRow[]> {
    const rows = await this.db
      .selectFrom('workspaces')
      .selectAll()
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      id: String(row.id),
      name: String(row.name),
      createdAt: toIso(row.created_at),
      updatedAt: toIso(row.updated_at),
    }));
  }

  async rename(id: string, name: string, updatedAt: string): Promise<void> {
    await this.db
      .updateTable('workspaces')
      .set({ name, updated_at: updatedAt })
      .where('id', '=', id)
      .execute();
  }
}
