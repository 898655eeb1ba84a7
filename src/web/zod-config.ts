import { z } from 'zod';

// The server's Content-Security-Policy forbids eval. Zod probes for it with `new Function` when a
// schema is built, which logs a CSP violation on every page load; jitless mode skips the probe.
// This module must be imported before any schema is defined (first import of main.tsx).
z.config({ jitless: true });
