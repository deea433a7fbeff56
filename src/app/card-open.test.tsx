// @vitest-environment jsdom
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { createCustomer } from '../features/customers/commands';
import { customerInput } from '../test/fixtures';
import { cardRead, useCard } from './card-read';

/** What her card shows at each render: nothing yet, or her name. */
function Probe({ id, seen }: { id: string; seen: string[] }) {
  const { card } = useCard(id);
  seen.push(card === undefined ? 'empty' : (card?.customer.firstName ?? 'not found'));
  return null;
}

afterEach(cleanup);

describe('her card opening', () => {
  it('is drawn whole in its first render when her read is in (a link waited for it)', async () => {
    const awa = await createCustomer(db, customerInput({ firstName: 'Awa' }), { country: 'CI' });
    await cardRead(awa.id);
    const seen: string[] = [];
    render(<Probe id={awa.id} seen={seen} />);
    expect(seen[0]).toBe('Awa');
  });

  it('is drawn empty first, then whole, when her read is not in yet (Back to her card)', async () => {
    const binta = await createCustomer(db, customerInput({ firstName: 'Binta' }), {
      country: 'CI',
    });
    const seen: string[] = [];
    render(<Probe id={binta.id} seen={seen} />);
    expect(seen[0]).toBe('empty');
    await waitFor(() => expect(seen.at(-1)).toBe('Binta'));
  });

  it('shows what was written after her read began, not the read', async () => {
    const awa = await createCustomer(db, customerInput({ firstName: 'Aïcha' }), {
      country: 'CI',
    });
    await cardRead(awa.id);
    await db.customers.update(awa.id, { firstName: 'Aïssata' });
    const seen: string[] = [];
    render(<Probe id={awa.id} seen={seen} />);
    await waitFor(() => expect(seen.at(-1)).toBe('Aïssata'));
    expect(seen).not.toContain('Aïcha');
  });
});
