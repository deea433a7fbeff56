import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { customerLabel } from '../features/customers/components/customer-search';
import { getCustomer } from '../features/customers/queries';
import { deleteSale } from '../features/sales/commands';
import { SaleForm } from '../features/sales/components/sale-form';
import { queueMessages, thanksDraft } from '../features/outbox/commands';
import { useLang, useT } from '../i18n';
import { formatMoney } from '../lib/money';
import { Screen } from '../ui/screen';
import { useSettings } from '../ui/settings-context';
import { showToast } from '../ui/store';
import { reportError } from '../ui/form-errors';
import { CustomerPicker } from './customer-picker';

const UNDO_MS = 8000;

/** The card opens right after the sale: fetch its code while the seller taps products. */
const prefetchCard = () => import('./customer-page');

/** /vente: who (from the URL: ?client=<id> or ?client=passage), then the products. */
export default function SalePage() {
  const t = useT();
  const lang = useLang();
  const settings = useSettings();
  const { currency } = settings;
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const client = params.get('client');
  useEffect(() => {
    prefetchCard().catch(() => undefined);
  }, []);
  const customer = useLiveQuery(
    () => (client && client !== 'passage' ? getCustomer(db, client) : Promise.resolve(null)),
    [client],
  );
  const title = customer
    ? t('sales.forCustomer', { name: customer.firstName })
    : client === 'passage'
      ? t('sales.passing')
      : t('sales.title');

  return (
    <Screen title={title} back={{ label: t('nav.back'), to: '/' }}>
      {!client && (
        <CustomerPicker
          then="vente"
          onPick={(c) => setParams({ client: c === 'passage' ? 'passage' : c.id })}
        />
      )}
      {client && (customer || client === 'passage') && (
        <>
          {customer && <p className="-mb-2 text-lg text-stone-700">{customerLabel(customer)}</p>}
          <SaleForm
            key={client}
            customerId={customer?.id}
            thanksLabel={customer?.acceptsMessages ? t('outbox.thanksOption') : undefined}
            onSaved={(sale, { thanks, creditMinor }) => {
              // The thank-you is its own record: the sale stands even if preparing it fails, and
              // the card opens without waiting for it (the undo does wait, to take it back too).
              const thanked =
                thanks && customer
                  ? queueMessages(db, [thanksDraft(settings, customer, sale.id)]).catch((e) =>
                      reportError(t, e),
                    )
                  : Promise.resolve();
              const total = formatMoney(sale.totalMinor, currency, lang);
              showToast({
                text: creditMinor
                  ? t('sales.savedCredit', {
                      total,
                      credit: formatMoney(creditMinor, currency, lang),
                    })
                  : t('sales.saved', { total }),
                tone: 'success',
                duration: UNDO_MS,
                action: {
                  label: t('common.undo'),
                  run: () =>
                    thanked
                      .then(() => deleteSale(db, sale.id))
                      .then(
                        () => showToast({ text: t('sales.undone'), tone: 'info' }),
                        (e) => reportError(t, e),
                      ),
                },
              });
              navigate(customer ? `/clients/${customer.id}` : '/', { replace: true });
            }}
          />
        </>
      )}
    </Screen>
  );
}
