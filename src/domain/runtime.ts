/** Where the current time comes from. Injected everywhere so that tests and the coach stay deterministic. */
export interface Clock {
  now(): Date;
}

/** Makes a new, unique, time-ordered identifier (UUIDv7 in production). */
export type IdGenerator = () => string;
