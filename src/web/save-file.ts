/**
 * Hands a file to the browser's download manager under `filename`, as a link with `download`
 * would. The object URL outlives the click: revoking it at once can cancel the download in some
 * browsers, and a minute is plenty.
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
