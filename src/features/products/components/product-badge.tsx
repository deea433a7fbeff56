import type { Product } from '../../../lib/domain';

export const PRODUCT_EMOJI = [
  '🌶️',
  '🥜',
  '🍅',
  '🧅',
  '🧄',
  '🥬',
  '🥔',
  '🍠',
  '🌽',
  '🍌',
  '🥭',
  '🍍',
  '🍊',
  '🥥',
  '🍉',
  '🫘',
  '🐟',
  '🥚',
  '🧺',
  '🧴',
];
export const PRODUCT_COLORS = [
  '#dc2626',
  '#ea580c',
  '#ca8a04',
  '#16a34a',
  '#0d9488',
  '#2563eb',
  '#7c3aed',
  '#78350f',
];

/** The product's picture: its emoji on its colour, or its first letter. */
export function ProductBadge({
  product,
  size = 'size-12',
}: {
  product: Pick<Product, 'name' | 'emoji' | 'color'>;
  size?: string;
}) {
  return (
    <span
      aria-hidden="true"
      className={`flex ${size} shrink-0 items-center justify-center rounded-xl text-2xl font-bold text-white`}
      style={{ backgroundColor: product.color ?? '#fed7aa' }}
    >
      {product.emoji ?? (
        <span className="text-brand-800">{[...product.name][0]?.toLocaleUpperCase('fr')}</span>
      )}
    </span>
  );
}
