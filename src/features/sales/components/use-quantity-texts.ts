import { useRef, useState } from 'react';
import type { Language, SaleLine } from '../../../lib/domain';
import type { FieldError } from '../../../i18n/errors';
import { formatNumber } from '../../../lib/money';
import { parseQuantity } from '../../../lib/quantity';
import { quantityError } from '../commands';

/**
 * The quantity fields keep what the seller types ("", "1,", "15") and read it only when she
 * leaves the field, or saves: clearing the field to type 5 gives 5, not 15. A quantity that does
 * not read (1,5 of a counted thing, 5 000) gets its message and is never saved as something else.
 */
export function useQuantityTexts(
  lines: SaleLine[],
  setLines: (lines: SaleLine[]) => void,
  lang: Language,
) {
  // A ref as well as state: a tap on "Enregistrer" blurs the field and submits in the same turn.
  const typed = useRef(new Map<number, string>());
  const [, rerender] = useState(0);
  const [errors, setErrors] = useState<ReadonlyMap<number, FieldError>>(new Map());

  const text = (i: number) => typed.current.get(i) ?? formatNumber(lines[i]?.quantity ?? 0, lang);

  const type = (i: number, value: string) => {
    typed.current.set(i, value);
    rerender((n) => n + 1);
  };

  /** Reads every field still being typed; returns the lines to save, or the first message. */
  const resolve = (): { lines: SaleLine[] } | { error: FieldError } => {
    const next = [...lines];
    const found = new Map<number, FieldError>();
    for (const [i, value] of typed.current) {
      const line = next[i];
      if (!line) continue;
      const parsed = parseQuantity(value, line.unit);
      if (parsed.ok) next[i] = { ...line, quantity: parsed.value };
      else if (parsed.reason !== 'empty') found.set(i, quantityError(parsed.reason, line.unit));
    }
    setErrors(found);
    for (const i of typed.current.keys()) if (!found.has(i)) typed.current.delete(i);
    rerender((n) => n + 1);
    const first = found.values().next();
    return first.done ? { lines: next } : { error: first.value };
  };

  /** Leaving a field: its quantity is read (an emptied field goes back to what it was). */
  const commit = () => {
    const r = resolve();
    if ('lines' in r && r.lines.some((l, i) => l.quantity !== lines[i]?.quantity))
      setLines(r.lines);
  };

  /** A step button or a removed line: the lines change under the fields, which start afresh. */
  const reset = () => {
    typed.current.clear();
    setErrors(new Map());
  };

  return { text, type, commit, resolve, reset, error: (i: number) => errors.get(i) };
}

export type QuantityTexts = ReturnType<typeof useQuantityTexts>;
