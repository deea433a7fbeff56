import { useEffect, useState } from 'react';

/** An object URL for a Blob, revoked when the Blob changes or the screen closes. */
export function useObjectUrl(blob: Blob | null | undefined): string | undefined {
  const [entry, setEntry] = useState<{ blob: Blob; url: string } | null>(null);
  useEffect(() => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    // An object URL is an outside resource: made and revoked with the effect, so React's strict
    // double mount never shows a revoked URL (a URL made during render could not be revoked safely).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setEntry({ blob, url });
    return () => URL.revokeObjectURL(url);
  }, [blob]);
  return blob && entry?.blob === blob ? entry.url : undefined;
}
