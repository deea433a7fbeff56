import { useSearchParams } from 'react-router';
import { useLeave } from '../ui/use-leave';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { getCustomer } from '../features/customers/queries';
import { GiftForm } from '../features/gifts/components/gift-form';
import { getSale } from '../features/sales/queries';
import { useLang, useT } from '../i18n';
import { formatWhen } from '../lib/when';
import { Screen } from '../ui/screen';
import { CustomerPicker } from './customer-picker';

/** /cadeau?client=<id>[&vente=<saleId>] */
export default function GiftPage() {
  const t = useT();
  const lang = useLang();
  const navigate = useLeave();
  const [params, setParams] = useSearchParams();
  const client = params.get('client');
  const saleId = params.get('vente') ?? undefined;
  const customer = useLiveQuery(
    () => (client && client !== 'passage' ? getCustomer(db, client) : Promise.resolve(null)),
    [client],
  );
  const sale = useLiveQuery(async () => (saleId ? getSale(db, saleId) : null), [saleId]);
  const title = customer ? t('gifts.forCustomer', { name: customer.firstName }) : t('gifts.title');
  return (
    <Screen
      title={title}
      subtitle={customer?.nickname}
      back={{ label: t('nav.back'), to: customer ? `/clients/${customer.id}` : '/' }}
    >
      {!client && (
        <CustomerPicker
          then="cadeau"
          onPick={(c) => setParams({ client: c === 'passage' ? 'passage' : c.id })}
        />
      )}
      {/* Who, and the sale it goes with, both read before the form draws: nothing moves. */}
      {client && (customer || client === 'passage') && sale !== undefined && (
        <>
          {sale && (
            <p className="text-base text-stone-700">
              {t('gifts.withSale', { time: formatWhen(sale.at, lang) })}
            </p>
          )}
          <GiftForm
            key={client}
            customerId={customer?.id}
            saleId={saleId}
            onSaved={(gift) => {
              // A gift given as an apology: offer the "excuse" message to go with it.
              const to =
                customer?.acceptsMessages && gift.reason === 'excuse'
                  ? `/messages/nouveau?client=${customer.id}&modele=excuse`
                  : customer
                    ? `/clients/${customer.id}`
                    : '/';
              navigate(to, { replace: true, message: { text: t('gifts.saved'), tone: 'success' } });
            }}
          />
        </>
      )}
    </Screen>
  );
}
