import type { Clock, IdGenerator } from '../domain/runtime.js';
import type { Store } from '../store/store.js';
import type { AppContext } from './context.js';

export const LOCAL_WORKSPACE_NAME = 'My workspace';

/**
 * Opens the single workspace of local mode, creating it on first use.
 * @example const ctx = await openLocalWorkspace(store, systemClock, uuidV7)
 */
export async function openLocalWorkspace(
  store: Store,
  clock: Clock,
  newId: IdGenerator,
): Promise<AppContext> {
  const workspaceId = await store.transaction(async (tx) => {
    const [existing] = await tx.workspaces.list();
    if (existing) return existing.id;
    const now = clock.now().toISOString();
    const id = newId();
    await tx.workspaces.insert({ id, name: LOCAL_WORKSPACE_NAME, createdAt: now, updatedAt: now });
    return id;
  });
  return { store, workspaceId, clock, newId };
}
