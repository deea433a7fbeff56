import { useEffect, useState } from 'react';
import { formatPhone } from '../lib/phone';

/** A stored E.164 number as the seller reads it; loads the phone metadata only when needed. */
export function useFormattedPhone(
  e164: string | undefined,
  sellerCountry: string | undefined,
): string | undefined {
  const [formatted, setFormatted] = useState<{ of: string; text: string } | null>(null);
  useEffect(() => {
    if (!e164 || !sellerCountry) return;
    let live = true;
    formatPhone(e164, sellerCountry).then(
      (text) => live && setFormatted({ of: e164, text }),
      () => live && setFormatted({ of: e164, text: e164 }),
    );
    return () => {
      live = false;
    };
  }, [e164, sellerCountry]);
  if (!e164) return undefined;
  return formatted?.of === e164 ? formatted.text : undefined;
}
