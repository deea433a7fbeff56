// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CreditEntry } from '../../../lib/domain';
import { sellerSettings } from '../../../test/fixtures';
import { drawsScreens } from '../../../test/screens';
import type { StatementRow } from '../../../lib/ledger';
import { SettingsProvider } from '../../../ui/settings-context';
import { StatementList } from './statement-list';

const seller = sellerSettings();

const DAY = 86_400_000;

/** Her entries, oldest first (as the ledger gives them): credits of 100, 200, … FCFA. */
function rows(count: number): StatementRow[] {
  return Array.from({ length: count }, (_, i): StatementRow => {
    const entry: CreditEntry = {
      id: `e${i + 1}`,
      lineId: `e${i + 1}`,
      customerId: 'awa',
      kind: 'credit',
      amountMinor: (i + 1) * 100,
      at: Date.UTC(2026, 9, 1) + i * DAY,
      createdAt: 1,
      updatedAt: 1,
    };
    return { entry, balanceMinor: (i + 1) * 100 };
  });
}

function List({ of }: { of: StatementRow[] }) {
  return (
    <SettingsProvider value={seller}>
      <StatementList rows={of} sales={new Map()} onPick={() => undefined} />
    </SettingsProvider>
  );
}

/** The amounts of the rows shown, top to bottom. */
const shown = () =>
  screen
    .getAllByRole('listitem')
    .map((li) => /\+([\d\s\u202f\u00a0]+)/.exec(li.textContent ?? '')?.[1]?.replace(/\D/g, ''));

drawsScreens('credit');

describe('her credit book', () => {
  it('shows her ten newest entries first, the older ones behind "Voir plus"', () => {
    render(<List of={rows(15)} />);
    expect(shown()).toEqual([
      '1500',
      '1400',
      '1300',
      '1200',
      '1100',
      '1000',
      '900',
      '800',
      '700',
      '600',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Voir plus' }));
    expect(shown()).toHaveLength(15);
    expect(screen.queryByRole('button', { name: 'Voir plus' })).toBeNull();
  });

  // A payment made while she looks at the end of the list: her new entry comes on top. The row
  // at the bottom, under her eyes, stays, and no "Voir plus" appears below it: what she sees
  // does not move (a row taken away under the browser's scroll anchor moved it, 18 px at 6× CPU).
  it('takes no row away from the bottom when an entry comes on top', () => {
    const view = render(<List of={rows(10)} />);
    expect(shown()).toHaveLength(10);
    act(() => view.rerender(<List of={rows(11)} />));
    expect(shown()).toHaveLength(11);
    expect(shown()[0]).toBe('1100');
    expect(shown().at(-1)).toBe('100');
    expect(screen.queryByRole('button', { name: 'Voir plus' })).toBeNull();
  });

  it('keeps the same oldest row shown when more are behind "Voir plus"', () => {
    const view = render(<List of={rows(14)} />);
    expect(shown().at(-1)).toBe('500');
    act(() => view.rerender(<List of={rows(16)} />));
    expect(shown()).toHaveLength(12);
    expect(shown().at(-1)).toBe('500');
    expect(screen.getByRole('button', { name: 'Voir plus' })).toBeTruthy();
  });
});
