import { memo, type ReactNode } from 'react';
import { Link, type AppPath } from '../../../ui/link';
import { useLeave } from '../../../ui/use-leave';
import { db } from '../../../db/db';
import { useLang, useT, useTn } from '../../../i18n';
import type { Customer } from '../../../lib/domain';
import { formatAgo } from '../../../lib/dates';
import { formatList, formatWhen } from '../../../lib/when';
import { formatMoney, formatNumber } from '../../../lib/money';
import type { ContactChannel } from '../../../lib/domain';
import { channelOf, smsToLink, telLink } from '../../../lib/contact-link';
import { Button, buttonClass, LinkButton } from '../../../ui/button';
import { DeleteButton } from '../../../ui/delete-button';
import { reportError } from '../../../ui/form-errors';
import { Icon, type IconName } from '../../../ui/icon';
import { EmptyState, Screen, Section } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { useFormattedPhone } from '../../../ui/use-phone';
import { deleteCustomer } from '../commands';
import type { CustomerHistory, CustomerSummary, TimelineEntry } from '../queries';
import { customerLabel } from './customer-search';
import { usePainted } from '../../../ui/use-painted';
import { usePageFromOldest } from '../../../ui/use-page-from-oldest';

const HISTORY_PAGE = 30;
/**
 * Rows drawn in the card's first frame: more than the screen shows below her figures and
 * buttons, so the rest of the page (drawn in the next frame, below the fold) moves nothing in
 * view. A loyal customer's card then opens as fast as a new one's on a slow phone.
 */
const FIRST_ROWS = 10;

const CHANNEL_ICON: Record<ContactChannel, IconName> = {
  whatsapp: 'whatsapp',
  sms: 'message',
  call: 'phone',
};

/**
 * Her number, and two ways to use it straight away: the dialer and the messages app. Always there
 * when she has a number, whatever her channel or her answer to prepared messages: the seller
 * tapping it is not a message sent on her behalf. Shown as stored until formatted (the phone
 * metadata loads on demand): the line is there from the first frame, so nothing below it moves.
 */
function PhoneLine({ e164, shown }: { e164: string; shown: string | undefined }) {
  const t = useT();
  const link = buttonClass('secondary', 'min-w-0 flex-1 !gap-1 !px-2 max-[359px]:text-base');
  return (
    <div className="flex flex-col gap-2">
      <p className="flex min-h-7 items-center gap-2 text-lg font-semibold text-stone-900">
        <Icon name="phone" className="size-5 shrink-0 text-stone-500" />
        {/* Digit groups read left to right in an Arabic line too. */}
        <span dir="ltr">{shown ?? e164}</span>
      </p>
      <div className="flex gap-2">
        <a href={telLink(e164)} className={link}>
          <Icon name="phone" />
          {t('customers.callNumber')}
        </a>
        <a href={smsToLink(e164)} className={link}>
          <Icon name="message" />
          {t('customers.textNumber')}
        </a>
      </div>
    </div>
  );
}

/** One line of her summary: the label at the start, the amount at the end, wrapping under it
 * rather than being cut when a long amount meets a 320 px phone. */
function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-3 border-b border-stone-200 py-1 last:border-0">
      <dt className="text-base text-stone-600">{label}</dt>
      <dd className="ms-auto text-end text-lg font-bold text-stone-900">{value}</dd>
    </div>
  );
}

function Summary({ summary }: { summary: CustomerSummary }) {
  const t = useT();
  const tn = useTn();
  const lang = useLang();
  const { currency } = useSettings();
  return (
    <div className="flex flex-col gap-1">
      <dl className="flex flex-col rounded-xl bg-brand-50 px-3 py-1">
        <Stat
          label={t('customers.totalSpent')}
          value={formatMoney(summary.totalSpentMinor, currency, lang)}
        />
        <Stat
          label={t('customers.lastVisit')}
          value={summary.lastVisitAt ? formatAgo(summary.lastVisitAt, lang) : t('customers.never')}
        />
        <Stat label={t('customers.visitsLabel')} value={String(summary.visits)} />
        <Stat
          label={t('customers.gifts')}
          value={`${summary.giftCount}${summary.giftValueMinor ? ` · ${formatMoney(summary.giftValueMinor, currency, lang)}` : ''}`}
        />
      </dl>
      {summary.recommendedCount > 0 && (
        <p className="flex items-center gap-2 text-base font-semibold text-leaf-700">
          <Icon name="star" className="size-5" />
          {tn('customers.recommended', summary.recommendedCount)}
        </p>
      )}
    </div>
  );
}

/**
 * One sale or gift. Memoised on the row and its last change: after a write her card is read
 * again, and the rows that did not change are not drawn again.
 */
const EntryRow = memo(
  function EntryRow({ entry }: { entry: TimelineEntry }) {
    const t = useT();
    const lang = useLang();
    const { currency } = useSettings();
    if (entry.kind === 'sale') {
      const s = entry.sale;
      const what = s.lines.length
        ? formatList(
            s.lines.map((l) => `${formatNumber(l.quantity, lang)} ${l.unit} ${l.name}`),
            lang,
          )
        : t('sales.amountOnly');
      return (
        <li>
          <Link
            to={`/ventes/${s.id}`}
            className="flex min-h-14 items-center gap-3 px-3 py-2 active:bg-brand-100"
          >
            <Icon name="basket" className="size-6 shrink-0 text-brand-700" />
            <span className="flex min-w-0 flex-1 flex-col">
              <span className="line-clamp-2 text-base font-semibold">{what}</span>
              <span className="text-sm text-stone-600">{formatWhen(s.at, lang)}</span>
            </span>
            <span className="text-lg font-bold">{formatMoney(s.totalMinor, currency, lang)}</span>
          </Link>
        </li>
      );
    }
    const g = entry.gift;
    return (
      <li>
        <Link
          to={`/cadeaux/${g.id}`}
          className="flex min-h-14 items-center gap-3 px-3 py-2 active:bg-brand-100"
        >
          <Icon name="gift" className="size-6 shrink-0 text-leaf-700" />
          <span className="flex min-w-0 flex-1 flex-col">
            <span className="line-clamp-2 text-base font-semibold">
              {t('gifts.given', { what: g.what })}
            </span>
            <span className="text-sm text-stone-600">
              {t(`gifts.reason.${g.reason}`)} · {formatWhen(g.at, lang)}
            </span>
          </span>
          {g.valueMinor !== undefined && (
            <span className="text-base text-stone-700">
              {formatMoney(g.valueMinor, currency, lang)}
            </span>
          )}
        </Link>
      </li>
    );
  },
  (was, now) => {
    const a = was.entry.kind === 'sale' ? was.entry.sale : was.entry.gift;
    const b = now.entry.kind === 'sale' ? now.entry.sale : now.entry.gift;
    return a.id === b.id && a.updatedAt === b.updatedAt;
  },
);

interface CustomerCardScreenProps {
  /**
   * Who she is and her history, read together (by the app layer) so the card draws once, whole:
   * its buttons never move under a finger when the figures arrive (a tap on "Cadeau" right after
   * a sale lands). Undefined while read, null when she is not there.
   */
  card: { customer: Customer; history: CustomerHistory } | null | undefined;
  /** What she owes, in one line (another feature), composed by the app layer under her name. */
  creditSummary?: (customer: Customer) => ReactNode;
  /** Her credit book (another feature), composed by the app layer under the actions. */
  credit?: (customer: Customer) => ReactNode;
  /** Her history's rows away from the screen left out of this frame's layout (`rows-lazy`). */
  lazyRows?: boolean;
}

export default function CustomerCardScreen({
  card,
  creditSummary,
  credit,
  lazyRows = false,
}: CustomerCardScreenProps) {
  const t = useT();
  const lang = useLang();
  const navigate = useLeave();
  const settings = useSettings();
  // A page of history at a time: a loyal customer's card opens as fast as a new one's.
  const painted = usePainted(card !== undefined);
  const customer = card === undefined ? undefined : (card?.customer ?? null);
  const history = card?.history;
  const timeline = history?.entries;
  const { shown, more } = usePageFromOldest(timeline?.length, HISTORY_PAGE);
  const phone = useFormattedPhone(customer?.phone, settings.country);
  const back = { label: t('nav.back'), to: '/clients' };

  if (customer === undefined)
    return (
      <Screen title="" back={back}>
        {null}
      </Screen>
    );
  if (customer === null) {
    return (
      <Screen title={t('customers.title')} back={back}>
        <EmptyState title={t('customers.notFound')} />
      </Screen>
    );
  }

  const withSale = history?.recentSaleId;
  /** Her quarter, her profile, a refusal of messages: the lines above her notes. */
  const facts = Boolean(customer.area || customer.profile || !customer.acceptsMessages);
  const giftHref: AppPath = `/cadeau?client=${customer.id}${withSale ? `&vente=${withSale}` : ''}`;

  return (
    <Screen
      title={customer.firstName}
      back={back}
      actions={
        <LinkButton
          to={`/clients/${customer.id}/modifier`}
          variant="ghost"
          className="!text-white"
          aria-label={t('customers.edit')}
        >
          <Icon name="edit" />
        </LinkButton>
      }
    >
      <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
        <div>
          <p className="text-2xl font-bold">{customer.firstName}</p>
          {customer.nickname && <p className="text-lg text-stone-700">{customer.nickname}</p>}
        </div>
        {customer.phone && <PhoneLine e164={customer.phone} shown={phone} />}
      </div>

      {/* Icon above the word: "Réserver", "WhatsApp" fit half of a 320 px phone. */}
      <div className="grid grid-cols-2 gap-2">
        <LinkButton to={`/vente?client=${customer.id}`} icon="basket" stacked>
          {t('nav.sale')}
        </LinkButton>
        <LinkButton to={giftHref} icon="gift" variant="secondary" stacked>
          {t('gifts.title')}
        </LinkButton>
        {customer.acceptsMessages ? (
          <LinkButton
            to={`/messages/nouveau?client=${customer.id}`}
            icon={CHANNEL_ICON[channelOf(customer)]}
            variant={channelOf(customer) === 'whatsapp' ? 'whatsapp' : 'secondary'}
            stacked
          >
            {t('customers.message')}
          </LinkButton>
        ) : (
          <p className="flex items-center justify-center rounded-2xl bg-stone-100 px-2 text-center text-sm font-semibold text-stone-700">
            {t('customers.refusesMessages')}
          </p>
        )}
        <LinkButton
          to={`/reservations/nouvelle?client=${customer.id}`}
          icon="calendar"
          variant="secondary"
          stacked
        >
          {t('customers.reservation')}
        </LinkButton>
      </div>

      {/* Where she lives, what kind of customer, the notes: under the buttons, so that on the
          smallest phone (320×640) "Vente" and "Cadeau" are in the first screenful, notes or not. */}
      {(facts || customer.notes) && (
        <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
          {facts && (
            <ul className="flex flex-col gap-1 text-base text-stone-800">
              {customer.area && <li>{customer.area}</li>}
              {customer.profile && (
                <li>
                  {t(`customers.profile.${customer.profile}`)}
                  <span className="text-stone-600">
                    {' · '}
                    {t(`customers.profileHint.${customer.profile}`)}
                  </span>
                </li>
              )}
              {!customer.acceptsMessages && (
                <li className="font-semibold text-red-800">{t('customers.refusesMessages')}</li>
              )}
            </ul>
          )}
          {customer.notes && (
            <p className="rounded-xl bg-amber-50 p-3 text-base whitespace-pre-line">
              {customer.notes}
            </p>
          )}
        </div>
      )}

      {/* What she owes and her figures come after what the seller came to do: the buttons stay
          in the first screenful, above the messages docked at the bottom, whatever her debts. */}
      <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
        {creditSummary?.(customer)}
        {history && <Summary summary={history.summary} />}
      </div>

      {credit?.(customer)}

      <Section title={t('customers.history')}>
        {timeline && timeline.length === 0 && (
          <p className="text-base text-stone-600">{t('customers.historyEmpty')}</p>
        )}
        {timeline && timeline.length > 0 && (
          <ul
            className={`divide-y divide-stone-200 overflow-hidden rounded-2xl bg-white shadow-sm rows-sized ${lazyRows ? 'rows-lazy' : ''}`}
          >
            {timeline.slice(0, painted ? shown : Math.min(shown, FIRST_ROWS)).map((entry) => (
              <EntryRow key={entry.kind === 'sale' ? entry.sale.id : entry.gift.id} entry={entry} />
            ))}
          </ul>
        )}
        {timeline && timeline.length > shown && (
          <Button variant="secondary" onClick={more}>
            {t('customers.more')}
          </Button>
        )}
      </Section>
      <DeleteButton
        title={t('customers.deleteTitle', { name: customerLabel(customer) })}
        onConfirm={() => {
          deleteCustomer(db, customer.id).then(
            () => {
              navigate('/clients', {
                replace: true,
                message: { text: t('customers.deleted'), tone: 'success' },
              });
            },
            (e) => reportError(t, e),
          );
        }}
      >
        {t('customers.deleteBody')}
        {(customer.creditBalanceMinor ?? 0) > 0 && (
          <strong className="mt-2 block text-red-800">
            {t('customers.deleteOwes', {
              amount: formatMoney(customer.creditBalanceMinor ?? 0, settings.currency, lang),
            })}
          </strong>
        )}
      </DeleteButton>
    </Screen>
  );
}
