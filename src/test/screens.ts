import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, vi } from 'vitest';
import { loadArea, type Area } from '../i18n';

/**
 * For a test file that draws whole screens in jsdom: the strings of `areas` loaded first, a
 * ResizeObserver that observes nothing (jsdom has none; the screen's bars measure themselves with
 * it), and every screen taken down after each test.
 */
export function drawsScreens(...areas: Area[]): void {
  beforeAll(async () => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    for (const area of areas) await loadArea(area);
  });
  afterEach(cleanup);
}
