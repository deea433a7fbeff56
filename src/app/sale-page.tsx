import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useLeave } from '../ui/use-leave';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { getCustomer } from '../features/customers/queries';
import { getReservationForSale } from '../features/reservations/queries';
import { deleteSale } from '../features/sales/commands';
import { SaleForm, type SaleReservation } from '../features/sales/components/sale-form';
import { queueMessages, thanksDraft } from '../features/outbox/commands';
import type { Customer, Settings } from '../lib/domain';
import type { MessageDraft } from '../features/outbox/commands';
import { useLang, useT } from '../i18n';
import { frenchQuantity } from '../lib/grammar';
import { formatMoney, formatNumber } from '../lib/money';
import { Screen } from '../ui/screen';
import { useSettings } from '../ui/settings-context';
import { showToast } from '../ui/store';
import { reportError } from '../ui/form-errors';
import { whenQuietOrLeaving } from '../ui/idle';
import { afterPaint } from '../ui/use-painted';
import { readCardAhead, warmCardFormats } from './card-read';
import { CustomerPicker } from './customer-picker';

const UNDO_MS = 8000;

/** The card opens right after the sale: fetch its code while the seller taps products. */
const prefetchCard = () => import('./customer-page');

/**
 * Her thank-you, written once the sale screen is painted, while the seller picks products:
 * filling the template (the market day's name through Intl) takes a long moment on a slow phone,
 * which would otherwise stand between "Enregistrer la vente" and her card. The sale's id is added
 * at the save; a draft written for another customer or other settings is not used. Her card's
 * formatters are made at the same moment, for the card that opens after the save.
 */
function useThanksDraft(settings: Settings, customer: Customer | null | undefined) {
  const [ready, setReady] = useState<{
    settings: Settings;
    customer: Customer;
    draft: MessageDraft;
  }>();
  useEffect(() => {
    if (!customer) return;
    return afterPaint(() => {
      if (customer.acceptsMessages)
        setReady({ settings, customer, draft: thanksDraft(settings, customer, '') });
      // Her card opens after the sale: its formatters are made now, not then.
      warmCardFormats(settings.language, settings.currency);
    });
  }, [settings, customer]);
  return (customer: Customer, saleId: string): MessageDraft =>
    ready &&
    ready.settings === settings &&
    ready.customer.id === customer.id &&
    ready.customer.firstName === customer.firstName
      ? { ...ready.draft, saleId }
      : thanksDraft(settings, customer, saleId);
}

/**
 * /vente: who (from the URL: ?client=<id> or ?client=passage), then the products.
 * &reservation=<id>: the sale of a reservation, prefilled. &produit=<id>: a product just added
 * from here, picked.
 */
export default function SalePage() {
  const t = useT();
  const lang = useLang();
  const settings = useSettings();
  const { currency } = settings;
  const navigate = useLeave();
  const [params, setParams] = useSearchParams();
  const client = params.get('client');
  const reservationId = params.get('reservation');
  useEffect(() => {
    prefetchCard().catch(() => undefined);
  }, []);
  const customer = useLiveQuery(
    () => (client && client !== 'passage' ? getCustomer(db, client) : Promise.resolve(null)),
    [client],
  );
  const reserved = useLiveQuery(
    async () => (reservationId ? getReservationForSale(db, reservationId) : null),
    [reservationId],
  );
  const thanksFor = useThanksDraft(settings, customer);
  const quantity = reserved ? formatNumber(reserved.reservation.quantity, lang) : '';
  const reservation: SaleReservation | undefined = reserved
    ? {
        id: reserved.reservation.id,
        line:
          lang === 'fr'
            ? frenchQuantity(quantity, reserved.product.unit, reserved.product.name)
            : t('reservations.line', {
                quantity,
                unit: reserved.product.unit,
                product: reserved.product.name,
              }),
        advanceMinor: reserved.reservation.advanceMinor,
        lines: [
          {
            productId: reserved.product.id,
            name: reserved.product.name,
            unit: reserved.product.unit,
            unitPriceMinor: reserved.product.priceMinor,
            quantity: reserved.reservation.quantity,
          },
        ],
      }
    : undefined;
  const title = customer
    ? t('sales.forCustomer', { name: customer.firstName })
    : client === 'passage'
      ? t('sales.passing')
      : t('sales.title');
  // Wait for what prefills the form: its draft starts from it.
  const ready = client && (customer || client === 'passage') && reserved !== undefined;

  return (
    <Screen title={title} subtitle={customer?.nickname} back={{ label: t('nav.back'), to: '/' }}>
      {!client && (
        <CustomerPicker
          then="vente"
          onPick={(c) => setParams({ client: c === 'passage' ? 'passage' : c.id })}
        />
      )}
      {ready && (
        <SaleForm
          key={`${client}:${reservation?.id ?? ''}`}
          customerId={customer?.id}
          thanksLabel={customer?.acceptsMessages ? t('outbox.thanksOption') : undefined}
          reservation={reservation}
          pickProductId={params.get('produit') ?? undefined}
          newProductTo={`/produits/nouveau?ensuite=vente&client=${client}`}
          onSaved={(sale, { thanks, creditMinor }) => {
            // The thank-you is its own record: the sale stands even if preparing it fails, and
            // the card opens without waiting for it (the undo does wait, to take it back too).
            // Its write waits for her card to be drawn (a second at most), or for her to
            // leave the app: it never stands between the sale and her card on a slow phone.
            const draft = thanks && customer ? thanksFor(customer, sale.id) : undefined;
            const thanked = draft
              ? whenQuietOrLeaving()
                  .then(() => queueMessages(db, [draft]))
                  .catch((e) => reportError(t, e))
              : Promise.resolve();
            const total = formatMoney(sale.totalMinor, currency, lang);
            // Her card is read while the screen changes: it draws whole at once.
            if (customer) readCardAhead(customer.id);
            navigate(customer ? `/clients/${customer.id}` : '/', {
              replace: true,
              message: {
                text: creditMinor
                  ? t('sales.savedCredit', {
                      total,
                      credit: formatMoney(creditMinor, currency, lang),
                    })
                  : t('sales.saved', { total }),
                tone: 'success',
                undo: true,
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
              },
            });
          }}
        />
      )}
    </Screen>
  );
}
