let cached: readonly string[] | undefined;

/**
 * The IANA time zones the browser knows, plus `extra` (the browser's own zone, a saved one) when
 * the list lacks it: some browsers leave out aliases such as `UTC`.
 */
export function timeZoneChoices(...extra: string[]): string[] {
  cached ??= Intl.supportedValuesOf('timeZone');
  const missing = extra.filter((zone) => zone !== '' && !cached?.includes(zone));
  return [...missing, ...cached];
}
