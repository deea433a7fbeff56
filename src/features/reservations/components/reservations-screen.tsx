import { useState } from 'react';
import { Link } from '../../../ui/link';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useLang, useT, useTn } from '../../../i18n';
import { formatAgo } from '../../../lib/dates';
import { frenchQuantity } from '../../../lib/grammar';
import { formatMoney, formatNumber } from '../../../lib/money';
import { formatCalendarDay } from '../../../lib/when';
import { Button, LinkButton } from '../../../ui/button';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { reportError } from '../../../ui/form-errors';
import { Icon } from '../../../ui/icon';
import { EmptyState, Screen, Section } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { showToast } from '../../../ui/store';
import { cancelReservation, markProductAvailable } from '../commands';
import { listOpenReservations, type ReservationRow } from '../queries';

function Line({ row }: { row: ReservationRow }) {
  const t = useT();
  const lang = useLang();
  const { currency } = useSettings();
  const r = row.reservation;
  return (
    <span className="flex min-w-0 flex-col">
      <Link
        to={`/clients/${r.customerId}`}
        className="flex min-h-12 flex-wrap items-center gap-x-1 text-lg leading-tight font-semibold underline-offset-4 active:underline"
      >
        {row.customer?.firstName ?? '?'}
        {row.customer?.nickname && (
          <span className="font-normal text-stone-600">· {row.customer.nickname}</span>
        )}
      </Link>
      <span className="text-base text-stone-700">
        {lang === 'fr'
          ? frenchQuantity(
              formatNumber(r.quantity, lang),
              row.product?.unit ?? '',
              row.product?.name ?? '?',
            )
          : t('reservations.line', {
              quantity: formatNumber(r.quantity, lang),
              unit: row.product?.unit ?? '',
              product: row.product?.name ?? '?',
            })}
      </span>
      {r.wantedOn && (
        <span className="text-base font-semibold text-brand-800">
          {t('reservations.whenLine', { date: formatCalendarDay(r.wantedOn, lang) })}
        </span>
      )}
      {r.advanceMinor !== undefined && (
        <span className="text-base text-stone-700">
          {t('reservations.advanceLine', { amount: formatMoney(r.advanceMinor, currency, lang) })}
        </span>
      )}
      {r.note && <span className="text-sm text-stone-600">{r.note}</span>}
      <span className="text-sm text-stone-500">{formatAgo(r.createdAt, lang)}</span>
    </span>
  );
}

export default function ReservationsScreen() {
  const t = useT();
  const tn = useTn();
  const rows = useLiveQuery(() => listOpenReservations(db), []);
  const [cancelling, setCancelling] = useState<ReservationRow | null>(null);
  const fail = (e: unknown) => reportError(t, e);
  const waiting = rows?.filter((r) => r.reservation.status === 'waiting') ?? [];
  const ready = rows?.filter((r) => r.reservation.status === 'ready') ?? [];
  const byProduct = new Map<string, ReservationRow[]>();
  for (const r of waiting)
    byProduct.set(r.reservation.productId, [...(byProduct.get(r.reservation.productId) ?? []), r]);

  return (
    <Screen title={t('reservations.title')} back={{ label: t('nav.back'), to: '/plus' }}>
      {rows && rows.length === 0 && <EmptyState title={t('reservations.empty')} />}
      {byProduct.size > 0 && (
        <Section title={t('reservations.waiting')}>
          {[...byProduct.entries()].map(([productId, group]) => (
            <div key={productId} className="flex flex-col gap-2 rounded-2xl bg-white p-3 shadow-sm">
              <ul className="flex flex-col gap-3">
                {group.map((row) => (
                  <li key={row.reservation.id} className="flex items-start justify-between gap-2">
                    <Line row={row} />
                    <button
                      type="button"
                      aria-label={`${t('reservations.cancel')} : ${row.customer?.firstName ?? ''}`}
                      className="flex size-12 shrink-0 items-center justify-center rounded-xl text-stone-500 active:bg-stone-100"
                      onClick={() => setCancelling(row)}
                    >
                      <Icon name="close" />
                    </button>
                  </li>
                ))}
              </ul>
              <Button
                variant="whatsapp"
                icon="check"
                onClick={() =>
                  markProductAvailable(db, productId).then(
                    (n) =>
                      showToast({
                        text: tn('reservations.readyNow', n),
                        tone: 'success',
                        duration: 6000,
                      }),
                    fail,
                  )
                }
              >
                {t('reservations.markAvailable', { product: group[0]?.product?.name ?? '?' })}
              </Button>
            </div>
          ))}
        </Section>
      )}
      {ready.length > 0 && (
        <Section title={t('reservations.ready')}>
          <ul className="flex flex-col gap-2">
            {ready.map((row) => (
              <li
                key={row.reservation.id}
                className="flex flex-col gap-2 rounded-2xl bg-white p-3 shadow-sm"
              >
                <Line row={row} />
                <div className="grid grid-cols-2 gap-2">
                  {/* The sale form, prefilled: she can change the quantity, and undo as after any sale. */}
                  <LinkButton
                    icon="basket"
                    to={`/vente?client=${row.reservation.customerId}&reservation=${row.reservation.id}`}
                  >
                    {t('reservations.fulfil')}
                  </LinkButton>
                  <Button variant="secondary" onClick={() => setCancelling(row)}>
                    {t('common.cancel')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <ConfirmDialog
        open={cancelling !== null}
        danger
        title={t('reservations.cancelTitle', { name: cancelling?.customer?.firstName ?? '' })}
        confirmLabel={t('reservations.cancel')}
        cancelLabel={t('common.close')}
        onCancel={() => setCancelling(null)}
        onConfirm={() => {
          const id = cancelling?.reservation.id;
          setCancelling(null);
          if (id)
            cancelReservation(db, id).then(
              () => showToast({ text: t('reservations.cancelled'), tone: 'success' }),
              fail,
            );
        }}
      />
    </Screen>
  );
}
