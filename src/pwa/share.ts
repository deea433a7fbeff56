/**
 * Sends a file out of the app: the phone's share sheet (WhatsApp to oneself, Drive…) where it
 * accepts files, a download otherwise. Closing the share sheet is the seller's choice, not an
 * error: it returns 'cancelled' and nothing is recorded.
 */
export type ShareOutcome = 'shared' | 'downloaded' | 'cancelled';

export function downloadFile(file: File): void {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start reading the object URL before releasing it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function shareOrDownload(
  file: File,
  text: { title: string; text: string },
): Promise<ShareOutcome> {
  const data: ShareData = { files: [file], title: text.title, text: text.text };
  if (navigator.canShare?.(data) && navigator.share) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // NotAllowedError and the like: the file must still reach the seller.
      console.warn('share failed, downloading instead', error);
    }
  }
  downloadFile(file);
  return 'downloaded';
}
