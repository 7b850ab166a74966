/** navigator.clipboard where the page may use it; a hidden text area and execCommand otherwise. */
export async function writeClipboard(text: string): Promise<void> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(text);
  } catch (err) {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    const focused = document.activeElement as HTMLElement | null;
    document.body.append(area);
    area.select();
    // execCommand is deprecated but is the only fallback where the async clipboard API is refused.
    const ok = document.execCommand('copy');
    area.remove();
    focused?.focus();
    if (!ok) throw err;
  }
}
