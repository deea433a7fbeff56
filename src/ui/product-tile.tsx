import type { ReactNode } from 'react';

interface ProductTileProps {
  name: string;
  emoji?: string;
  color?: string;
  /** Under the name: its price and unit. */
  detail: ReactNode;
  /** How many are in the sale: a badge on the corner, and the tile shown chosen. */
  count?: number;
  onTap: () => void;
}

/**
 * A big product card to tap: its emoji and the count on top, then its name on the whole width
 * (never under the count), then its price. The sale's and the Status maker's.
 */
export function ProductTile({ name, emoji, color, detail, count = 0, onTap }: ProductTileProps) {
  // A grid, so that the count is drawn on top but read after the name ("Piment frais, 2").
  return (
    <button
      type="button"
      onClick={onTap}
      className={`grid min-h-24 grid-cols-[1fr_auto] grid-rows-[minmax(2rem,auto)_auto_1fr] gap-x-1 gap-y-1 rounded-2xl border-2 p-2 text-start active:scale-[0.98] ${
        count ? 'border-brand-700 bg-brand-100' : 'border-stone-200 bg-white'
      }`}
      style={color ? { borderInlineStartColor: color, borderInlineStartWidth: 8 } : undefined}
    >
      <span className="col-start-1 row-start-1 text-2xl leading-none" aria-hidden="true">
        {emoji}
      </span>
      <span className="col-span-2 row-start-2 line-clamp-2 text-base leading-tight font-semibold break-words">
        {name}
      </span>
      <span className="col-span-2 row-start-3 self-end text-sm text-stone-700">{detail}</span>
      {count > 0 && (
        <span className="col-start-2 row-start-1 flex size-8 items-center justify-center rounded-full bg-brand-700 text-base font-bold text-white">
          {count}
        </span>
      )}
    </button>
  );
}

/** The tile that adds a product: same size as the others, a plus and the words. */
export function AddTile({ label, onTap }: { label: string; onTap: () => void }) {
  return (
    <button
      type="button"
      onClick={onTap}
      className="flex min-h-24 flex-col items-center justify-center gap-1 rounded-2xl border-2 border-dashed border-brand-200 bg-white p-2 text-center text-base font-semibold text-brand-800 active:bg-brand-100"
    >
      <span aria-hidden="true" className="text-2xl leading-none">
        +
      </span>
      {label}
    </button>
  );
}
