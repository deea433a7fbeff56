import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useLeave } from '../../../ui/use-leave';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useT } from '../../../i18n';
import { isoDate } from '../../../lib/dates';
import { currencyLabel } from '../../../lib/money';
import { Button, LinkButton } from '../../../ui/button';
import { SelectField, TextField } from '../../../ui/field';
import { useFormErrors } from '../../../ui/form-errors';
import { EmptyState, Screen } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { createReservation, type ReservationInput } from '../commands';
import { getReservationCustomer, listReservableProducts } from '../queries';

/** /reservations/nouvelle?client=<id>: "Awa veut 2 tas de piment à la prochaine récolte." */
export default function NewReservationScreen() {
  const t = useT();
  const navigate = useLeave();
  const { currency } = useSettings();
  const [params] = useSearchParams();
  const customerId = params.get('client') ?? '';
  const customer = useLiveQuery(() => getReservationCustomer(db, customerId), [customerId]);
  const products = useLiveQuery(() => listReservableProducts(db), []);
  const [input, setInput] = useState<ReservationInput>({
    customerId,
    productId: params.get('produit') ?? '',
    quantity: '1',
    note: '',
    wantedOn: '',
    advance: '',
  });
  const { run, message, busy, clear } = useFormErrors(t);
  // The date picker starts at today: "pour quand ?" is a day to come.
  const [today] = useState(() => isoDate(Date.now()));
  const set = <K extends keyof ReservationInput>(key: K, value: ReservationInput[K]) => {
    setInput((prev) => ({ ...prev, [key]: value }));
    clear(key);
  };
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
      await createReservation(db, input);
      navigate(`/clients/${customerId}`, {
        replace: true,
        message: { text: t('reservations.saved'), tone: 'success' },
      });
    });
  };

  return (
    <Screen
      title={customer ? t('reservations.for', { name: customer.firstName }) : t('reservations.new')}
      subtitle={customer?.nickname}
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
            value={input.productId}
            error={message('productId')}
            onChange={(e) => set('productId', e.target.value)}
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
            value={input.quantity}
            error={message('quantity')}
            onChange={(e) => set('quantity', e.target.value)}
            inputMode="decimal"
          />
          <TextField
            label={t('reservations.when')}
            optional={t('common.optional')}
            type="date"
            min={today}
            value={input.wantedOn}
            error={message('wantedOn')}
            onChange={(e) => set('wantedOn', e.target.value)}
          />
          <TextField
            label={`${t('reservations.advance')} (${currencyLabel(currency)})`}
            optional={t('common.optional')}
            value={input.advance}
            error={message('advance')}
            onChange={(e) => set('advance', e.target.value)}
            inputMode="decimal"
            autoComplete="off"
          />
          <TextField
            label={t('reservations.note')}
            optional={t('common.optional')}
            value={input.note}
            error={message('note')}
            onChange={(e) => set('note', e.target.value)}
          />
          <Button type="submit" icon="check" disabled={busy}>
            {t('reservations.save')}
          </Button>
        </form>
      )}
    </Screen>
  );
}
