import { readableOn } from '../../../lib/contrast';
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

export const BADGE_DEFAULT = '#fed7aa';

/** The tile's colour and its letter's: near-black or white, whichever reads on that colour. */
export function badgeColours(color: string | undefined): { background: string; letter: string } {
  const background = color && /^#[0-9a-f]{6}$/i.test(color) ? color : BADGE_DEFAULT;
  return { background, letter: readableOn(background) };
}

/** The product's picture: its emoji on its colour, or its first letter, readable on it. */
export function ProductBadge({
  product,
  size = 'size-12',
}: {
  product: Pick<Product, 'name' | 'emoji' | 'color'>;
  size?: string;
}) {
  const { background, letter } = badgeColours(product.color);
  return (
    <span
      aria-hidden="true"
      className={`flex ${size} shrink-0 items-center justify-center rounded-xl text-2xl font-bold`}
      style={{ backgroundColor: background, color: letter }}
    >
      {product.emoji ?? [...product.name][0]?.toLocaleUpperCase('fr')}
    </span>
  );
}
