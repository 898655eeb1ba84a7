import type { Kysely } from 'kysely';
import { entities, type EntityKind } from '../domain/entities.js';
import type { RecordOf } from '../domain/records.js';
import type { Database, Dialect, Tables } from './database.js';
import { EntityRepository } from './entity-repository.js';
import { columnName } from './columns.js';
import { WorkspaceRepository } from './workspace-repository.js';

/** The repositories of one database connection (or of one open transaction). */
export interface Store {
  readonly dialect: Dialect;
  readonly workspaces: WorkspaceRepository;
  records<K extends EntityKind>(kind: K): EntityRepository<RecordOf<K>>;
  /** Runs `work` in one transaction: all of its writes land, or none. */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
}

/** The table that keeps each kind: its collection name in snake case. */
export function tableOf(kind: EntityKind): string {
  return columnName(entities[kind].collection.replaceAll('-', '_'));
}

export function createStore(database: Database): Store {
  return storeOver(database.db, database.dialect, false);
}

function storeOver(db: Kysely<Tables>, dialect: Dialect, inTransaction: boolean): Store {
  const repositories = new Map<EntityKind, EntityRepository<never>>();
  const store: Store = {
    dialect,
    workspaces: new WorkspaceRepository(db),
    records<K extends EntityKind>(kind: K) {
      let repository = repositories.get(kind);
      if (!repository) {
        repository = new EntityRepository<never>(db, dialect, {
          table: tableOf(kind),
          record: entities[kind].record,
        });
        repositories.set(kind, repository);
      }
      return repository;
    },
    transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
      // Nested calls join the transaction already open.
      if (inTransaction) return work(store);
      return db.transaction().execute((trx) => work(storeOver(trx, dialect, true)));
    },
  };
  return store;
}
