import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { columnName, columnsOf, decodeRow, encodeRow, type Column } from './columns.js';
import type { Dialect, Row, Tables } from './database.js';
import { translateConstraintError } from './errors.js';

/** The stored shape of one kind of record. */
export interface RecordTable {
  readonly table: string;
  readonly record: z.ZodObject;
}

/**
 * Reads and writes the records of one kind inside one workspace. It holds no rules: the use cases
 * decide what may be written; this only keeps it.
 */
export class EntityRepository<R extends { id: string } = { id: string } & Row> {
  private readonly columns: Column[];

  constructor(
    private readonly db: Kysely<Tables>,
    private readonly dialect: Dialect,
    private readonly spec: RecordTable,
  ) {
    this.columns = columnsOf(spec.record);
  }

  async insert(workspaceId: string, record: R): Promise<void> {
    const row = { ...encodeRow(this.columns, this.dialect, record), workspace_id: workspaceId };
    try {
      await this.db.insertInto(this.spec.table).values(row).execute();
    } catch (error) {
      throw translateConstraintError(this.spec.table, error);
    }
  }

  async findById(workspaceId: string, id: string): Promise<R | undefined> {
    const row = await this.db
      .selectFrom(this.spec.table)
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? this.decode(row) : undefined;
  }

  /** Records in creation order, optionally only those whose fields equal the given values. */
  async list(workspaceId: string, where: Readonly<Record<string, string>> = {}): Promise<R[]> {
    let query = this.db
      .selectFrom(this.spec.table)
      .selectAll()
      .where('workspace_id', '=', workspaceId);
    for (const [field, value] of Object.entries(where)) {
      query = query.where(columnName(field), '=', value);
    }
    const rows = await query.orderBy('created_at').orderBy('id').execute();
    return rows.map((row) => this.decode(row));
  }

  /** Writes the given fields; returns false when there is no such record. */
  async update(workspaceId: string, id: string, changes: Partial<R>): Promise<boolean> {
    const row = encodeRow(this.columns, this.dialect, changes);
    try {
      const result = await this.db
        .updateTable(this.spec.table)
        .set(row)
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    } catch (error) {
      throw translateConstraintError(this.spec.table, error);
    }
  }

  /** Deletes one record (and, through the schema, what it owns); returns false when there was none. */
  async delete(workspaceId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom(this.spec.table)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async count(workspaceId: string): Promise<number> {
    const { count } = await this.db
      .selectFrom(this.spec.table)
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('count'))
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirstOrThrow();
    return Number(count);
  }

  /** Rows are parsed back through the record schema, so every dialect returns the same shape. */
  private decode(row: Row): R {
    return this.spec.record.parse(decodeRow(this.columns, row)) as unknown as R;
  }
}
