import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../lib/contrast';
import { BADGE_DEFAULT, PRODUCT_COLORS, badgeColours } from './components/product-badge';

describe("a product's letter tile (no emoji)", () => {
  it('reads at 4.5:1 at least on every colour the seller can choose, and on the default', () => {
    for (const colour of [...PRODUCT_COLORS, undefined]) {
      const { background, letter } = badgeColours(colour);
      expect(background).toBe(colour ?? BADGE_DEFAULT);
      expect(contrastRatio(background, letter)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
