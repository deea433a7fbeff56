// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { db } from '../../../db/db';
import { customerInput, sellerSettings } from '../../../test/fixtures';
import { drawsScreens } from '../../../test/screens';
import { SettingsProvider } from '../../../ui/settings-context';
import { createCustomer } from '../../customers/commands';
import { SellerForm } from './seller-form';
import { SettingsScreen } from './settings-screen';

const awa = sellerSettings();

function Form({ phone }: { phone: string }) {
  return (
    <SellerForm
      initial={awa}
      initialPhone={phone}
      submitLabel="Enregistrer mes informations"
      hasRecords
      onSubmit={() => Promise.resolve()}
    />
  );
}

drawsScreens('stall');

describe('Réglages, her number formatted after the form shows', () => {
  // The phone metadata loads on demand: on a slow phone her number arrives a moment after the
  // screen. A country picked meanwhile, and the currency switch it offers, stay (a clean-clone CI
  // run lost them: the form was drawn again from the start when the number came).
  it('keeps what she already chose, and shows the number once it comes', async () => {
    await createCustomer(db, customerInput({ firstName: 'Adèle' }), { country: 'CI' });
    render(
      <MemoryRouter>
        <SettingsProvider value={awa}>
          <SettingsScreen />
        </SettingsProvider>
      </MemoryRouter>,
    );
    const phone = screen.getByLabelText<HTMLInputElement>(/Votre numéro/);
    expect(phone.value).toBe('');
    fireEvent.change(screen.getByLabelText('Pays'), { target: { value: 'MA' } });
    const change = await screen.findByLabelText<HTMLInputElement>('Passer le carnet en MAD');
    fireEvent.click(change);
    await waitFor(() => expect(phone.value).toBe('07 07 12 34 56'));
    expect(screen.getByLabelText<HTMLSelectElement>('Pays').value).toBe('MA');
    expect(screen.getByLabelText('Passer le carnet en MAD')).toBe(change);
    expect(change.checked).toBe(true);
  });

  it('keeps the number she typed over the one that comes late', () => {
    const { rerender } = render(<Form phone="" />);
    fireEvent.change(screen.getByLabelText(/Votre numéro/), { target: { value: '01 02 03 04' } });
    act(() => rerender(<Form phone="07 07 12 34 56" />));
    expect(screen.getByLabelText<HTMLInputElement>(/Votre numéro/).value).toBe('01 02 03 04');
  });
});
