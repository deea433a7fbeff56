import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useT } from '../../../i18n';
import { Button, LinkButton } from '../../../ui/button';
import { SelectField, TextField } from '../../../ui/field';
import { useFormErrors } from '../../../ui/form-errors';
import { EmptyState, Screen } from '../../../ui/screen';
import { showToast } from '../../../ui/store';
import { createReservation } from '../commands';
import { getReservationCustomer, listReservableProducts } from '../queries';

/** /reservations/nouvelle?client=<id>: "Awa veut 2 tas de piment à la prochaine récolte." */
export default function NewReservationScreen() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const customerId = params.get('client') ?? '';
  const customer = useLiveQuery(() => getReservationCustomer(db, customerId), [customerId]);
  const products = useLiveQuery(() => listReservableProducts(db), []);
  const [productId, setProductId] = useState(params.get('produit') ?? '');
  const [quantity, setQuantity] = useState('1');
  const [note, setNote] = useState('');
  const { run, message, busy } = useFormErrors(t);
  const back = {
    label: t('nav.back'),
    to: customerId ? `/clients/${customerId}` : '/reservations',
  };

  if (customer === null) {
    return (
      <Screen title={t('reservations.new')} back={back}>
        <EmptyState title={t('customers.notFound')} />
      </Screen>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await createReservation(db, { customerId, productId, quantity, note });
      showToast({ text: t('reservations.saved'), tone: 'success' });
      navigate(`/clients/${customerId}`, { replace: true });
    });
  };

  return (
    <Screen
      title={customer ? t('reservations.for', { name: customer.firstName }) : t('reservations.new')}
      back={back}
    >
      {products && products.length === 0 ? (
        <EmptyState title={t('reservations.noProducts')}>
          <LinkButton to="/produits/nouveau" icon="plus">
            {t('products.new')}
          </LinkButton>
        </EmptyState>
      ) : (
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          <SelectField
            label={t('reservations.product')}
            value={productId}
            error={message('productId')}
            onChange={(e) => setProductId(e.target.value)}
          >
            <option value="">{t('compose.chooseProduct')}</option>
            {products?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.unit}){p.available ? '' : ` · ${t('products.nextHarvest')}`}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('reservations.quantity')}
            value={quantity}
            error={message('quantity')}
            onChange={(e) => setQuantity(e.target.value)}
            inputMode="decimal"
          />
          <TextField
            label={t('reservations.note')}
            optional={t('common.optional')}
            value={note}
            error={message('note')}
            onChange={(e) => setNote(e.target.value)}
          />
          <Button type="submit" icon="check" disabled={busy}>
            {t('reservations.save')}
          </Button>
        </form>
      )}
    </Screen>
  );
}
