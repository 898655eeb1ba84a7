import type { z } from 'zod';
import type { Entities, EntityKind } from './entities.js';

/** A stored record of a kind, as the API returns it. */
export type RecordOf<K extends EntityKind> = z.output<Entities[K]['record']>;
/** What creating a record of a kind accepts. */
export type CreateInputOf<K extends EntityKind> = z.input<Entities[K]['create']>;
/** What changing a record of a kind accepts. */
export type PatchOf<K extends EntityKind> = z.input<Entities[K]['patch']>;
