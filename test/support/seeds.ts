import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The source articles live beside the repository (../shared/seeds), not in it. */
const SEEDS = join(import.meta.dirname, '../../../shared/seeds');

export const seedsAvailable = existsSync(SEEDS);

if (process.env.CI && !seedsAvailable) {
  throw new Error(`CI must run the seed acceptance cases, but ${SEEDS} is missing.`);
}

/** All seed article text, joined. */
export function seedText(): string {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(SEEDS, name), 'utf8'))
    .join('\n');
}

/** Passages quoted with “…” in the seed articles. */
export function quotedPassages(): string[] {
  return [...seedText().matchAll(/“([^”]{20,})”/gu)].map((match) => match[1] ?? '');
}
