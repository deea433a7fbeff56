// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Sale } from '../../../lib/domain';
import { customerRow, sellerSettings } from '../../../test/fixtures';
import { drawsScreens } from '../../../test/screens';
import { SettingsProvider } from '../../../ui/settings-context';
import { historyOf } from '../queries';
import CustomerCardScreen from './customer-card-screen';

const DAY = 86_400_000;
const awa = customerRow('awa', { firstName: 'Awa' });

/** Her sales, oldest first: the i-th of 100 × i FCFA, a day apart. */
function sales(count: number): Sale[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `s${i + 1}`,
    customerId: 'awa',
    at: Date.UTC(2026, 0, 1) + i * DAY,
    lines: [],
    productIds: [],
    totalMinor: (i + 1) * 100,
    manualTotal: true,
    createdAt: 1,
    updatedAt: 1,
  }));
}

/** Her card with `count` sales; undefined: not read yet (her empty card first). */
function Card({ count }: { count?: number }) {
  return (
    <MemoryRouter initialEntries={['/clients/awa']}>
      <SettingsProvider value={sellerSettings()}>
        <CustomerCardScreen
          card={
            count === undefined
              ? undefined
              : { customer: awa, history: historyOf(sales(count), [], 0) }
          }
        />
      </SettingsProvider>
    </MemoryRouter>
  );
}

/** The amounts of her history's rows, top to bottom. */
function amounts(): string[] {
  const list = screen.getByRole('heading', { name: 'Historique' }).closest('section');
  // Each row's amount is its last line of text (the row's date comes before it).
  return [...(list?.querySelectorAll('li') ?? [])].map((li) =>
    (li.querySelector('a > span:last-child')?.textContent ?? '').replace(/\D/g, ''),
  );
}

/** Her card's first frame, then the next (the rows below the fold come in it). */
const frame = () =>
  act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(() => done(), 0))));

drawsScreens('stall');

describe('her history on her card', () => {
  // A sale that comes while her card shows (from the other phone): on top, and the row at the
  // bottom, where she may be looking, stays (as in her credit book).
  it('takes no row away from the bottom when a sale comes on top', async () => {
    const view = render(<Card count={31} />);
    await frame();
    await frame();
    expect(amounts()).toHaveLength(30);
    expect(amounts().at(-1)).toBe('200');
    expect(screen.getByRole('button', { name: 'Voir plus' })).toBeTruthy();
    act(() => view.rerender(<Card count={32} />));
    expect(amounts()).toHaveLength(31);
    expect(amounts()[0]).toBe('3200');
    expect(amounts().at(-1)).toBe('200');
    act(() => screen.getByRole('button', { name: 'Voir plus' }).click());
    expect(amounts()).toHaveLength(32);
    expect(screen.queryByRole('button', { name: 'Voir plus' })).toBeNull();
  });

  it('counts the same way when her history is read after her card first shows', async () => {
    const view = render(<Card />);
    act(() => view.rerender(<Card count={31} />));
    await frame();
    await frame();
    expect(amounts()).toHaveLength(30);
    act(() => view.rerender(<Card count={32} />));
    expect(amounts()).toHaveLength(31);
    expect(amounts().at(-1)).toBe('200');
  });
});
