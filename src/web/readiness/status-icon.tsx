import type { ReadinessStatus } from '../../coach/readiness-types.js';

export const readinessStatusLabels = {
  done: 'Done',
  partly: 'Partly done',
  not_started: 'Not started',
} satisfies Record<ReadinessStatus, string>;

/**
 * A tick, a half-filled circle or an empty circle: the status at a glance. It is decoration; the
 * status is always written beside it.
 */
export function StatusIcon({ status }: { readonly status: ReadinessStatus }) {
  return (
    <svg className="status-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
      <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" />
      {status === 'done' ? (
        <>
          <circle cx="10" cy="10" r="8.5" fill="currentColor" />
          <path
            d="M5.5 10.5l3 3 6-6.5"
            fill="none"
            stroke="var(--surface)"
            strokeWidth="2.2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </>
      ) : null}
      {status === 'partly' ? <path d="M10 1.5a8.5 8.5 0 0 1 0 17z" fill="currentColor" /> : null}
    </svg>
  );
}
