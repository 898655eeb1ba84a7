import { z } from 'zod';

/** Identifier of any stored record (UUIDv7 in production, any short token in imports and tests). */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must contain only letters, digits, "-" and "_"');

/** An instant in time, stored and exchanged as UTC ISO-8601 with milliseconds. */
export const instantSchema = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value).toISOString());

/** A calendar date without a time of day (YYYY-MM-DD). */
export const localDateSchema = z.iso.date();

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return value.includes('/') || value === 'UTC';
  } catch {
    return false;
  }
}

/** An IANA time zone name such as `Europe/London`. */
export const timeZoneSchema = z
  .string()
  .refine(isTimeZone, { message: 'must be an IANA time zone such as "Europe/London" or "UTC"' });

export const shortText = z.string().trim().max(300);
export const longText = z.string().max(100_000);
export const requiredName = z.string().trim().min(1, 'must not be empty').max(300);
export const urlSchema = z.url({ protocol: /^https?$/ }).max(2_000);
export const emailSchema = z.email().max(320);
export const ratingSchema = z.number().int().min(1).max(5);
export const tagList = z.array(z.string().trim().min(1).max(100)).max(100);
export const textList = z.array(z.string().trim().min(1).max(2_000)).max(200);
export const moneySchema = z.number().nonnegative().max(1e12);
export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as "EUR"');

/** Optional scalar: absent in input, `null` in stored records. */
export const optional = <T extends z.ZodType>(schema: T) => schema.nullable().default(null);
/** Optional list: absent in input, `[]` in stored records. */
export const list = <T extends z.ZodType>(schema: z.ZodArray<T>) => schema.default([]);
