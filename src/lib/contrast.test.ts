import { describe, expect, it } from 'vitest';
import { contrastRatio, readableOn } from './contrast';

describe('a product letter on its colour', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 0);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
  });

  it('picks white on dark colours and near-black on light ones', () => {
    expect(readableOn('#1e3a8a')).toBe('#ffffff');
    expect(readableOn('#fde68a')).toBe('#1c1917');
  });
});
