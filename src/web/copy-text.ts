/**
 * Puts `text` on the clipboard. The Clipboard API needs a secure context, which
 * `http://127.0.0.1` is, but a browser may still refuse it; the old `execCommand('copy')` on a
 * hidden text box is the fallback. Resolves to whether either worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithSelection(text);
  }
}

function copyWithSelection(text: string): boolean {
  const box = document.createElement('textarea');
  box.value = text;
  box.setAttribute('readonly', '');
  box.style.position = 'fixed';
  box.style.opacity = '0';
  document.body.append(box);
  box.select();
  try {
    // Deprecated, yet the only way left when the Clipboard API is refused.
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    box.remove();
  }
}
