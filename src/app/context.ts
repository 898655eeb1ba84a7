import type { Clock, IdGenerator } from '../domain/runtime.js';
import type { Store } from '../store/store.js';

/** Everything a use case needs: where to keep data, whose data it is, the time, and new ids. */
export interface AppContext {
  readonly store: Store;
  readonly workspaceId: string;
  readonly clock: Clock;
  readonly newId: IdGenerator;
}
