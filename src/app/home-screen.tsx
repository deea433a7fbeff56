import { memo, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link } from '../ui/link';
import type { Customer } from '../lib/domain';
import {
  CustomerNameBlock,
  askIndex,
  CustomerSearchBox,
  useSearchNow,
} from '../features/customers/components/customer-search';
import type { SearchHit } from '../features/customers/search-index';
import { BackupReminder } from '../features/backup/components/backup-reminder';
import { DueToday } from '../features/credit/components/due-today';
import { useLang, useT, useTn } from '../i18n';
import { formatAgo } from '../lib/dates';
import { markAppReady } from '../lib/perf';
import { formatMoney } from '../lib/money';
import { LinkButton } from '../ui/button';
import { Icon } from '../ui/icon';
import { Avatar } from '../ui/list-row';
import { Screen, Section } from '../ui/screen';
import { useSettings } from '../ui/settings-context';
import { usePainted, usePaintedFor } from '../ui/use-painted';
import { useUrlQuery } from '../ui/use-url-query';
import type { HomeData } from './home-data';
import { lastHome } from './home-last';
import { useLiveDb } from './use-live-db';

/** A customer with two targets: her card, and a sale for her in one tap. */
function CustomerQuickRow({ customer }: { customer: SearchHit }) {
  const t = useT();
  const lang = useLang();
  return (
    <li className="flex items-center gap-1 pe-2">
      <Link
        to={`/clients/${customer.id}`}
        className="flex min-h-14 min-w-0 flex-1 items-center gap-3 px-3 py-2 active:bg-brand-100"
      >
        <Avatar name={customer.firstName} />
        <CustomerNameBlock customer={customer} extra={formatAgo(customer.lastSeenAt, lang)} />
      </Link>
      <Link
        to={`/vente?client=${customer.id}`}
        aria-label={t('home.saleFor', {
          name: customer.nickname
            ? `${customer.firstName} ${customer.nickname}`
            : customer.firstName,
        })}
        className="flex min-h-12 items-center gap-1 rounded-xl bg-brand-700 px-3 text-base font-semibold text-white active:bg-brand-800"
      >
        <Icon name="basket" className="size-5" />
        {t('nav.sale')}
      </Link>
    </li>
  );
}

/**
 * `firstFrame`: how many rows the first frame draws; the others follow in the next frames, in a
 * room kept for them (a row's least height each), below what the screen shows.
 */
function CustomerQuickList({
  customers,
  firstFrame = customers.length,
}: {
  customers: Customer[];
  firstFrame?: number;
}) {
  const later = customers.length - firstFrame;
  return (
    <ul className="divide-y divide-stone-200 overflow-hidden rounded-2xl bg-white shadow-sm">
      {customers.slice(0, firstFrame).map((c) => (
        <CustomerQuickRow key={c.id} customer={c} />
      ))}
      {later > 0 && <li aria-hidden="true" style={{ height: `${later * ROW_MIN_REM}rem` }} />}
    </ul>
  );
}

/** A row's least height (min-h-14 and its divider), in rem: the room a row still to come keeps. */
const ROW_MIN_REM = 3.5;

/**
 * At a launch, the recent customers start low on the home screen (under the day's figures, the
 * credit line and "Nouvelle vente"): a 360×740 phone shows at most the first two above the
 * navigation. Only those (and one more) are in the first frame: React's first render, the
 * launch's biggest cost on a slow phone, then makes half the elements.
 */
const LAUNCH_ROWS = 3;
let launched = false;

/** How many recent customers to draw now: all of them, except in the launch's first frame. */
function useRowsNow(): number | undefined {
  const [atLaunch] = useState(() => !launched);
  const painted = usePainted(atLaunch);
  useEffect(() => {
    launched = true;
  }, []);
  return atLaunch && !painted ? LAUNCH_ROWS : undefined;
}

function TodayCard({ sales, gifts }: Pick<HomeData, 'sales' | 'gifts'>) {
  const t = useT();
  const tn = useTn();
  const lang = useLang();
  const { currency } = useSettings();
  return (
    <section
      aria-label={t('home.today')}
      className="flex flex-col gap-1 rounded-2xl bg-white p-4 shadow-sm"
    >
      <span className="text-base font-semibold text-stone-600">{t('home.salesToday')}</span>
      <span className="text-3xl font-bold">{formatMoney(sales.totalMinor, currency, lang)}</span>
      <span className="flex flex-wrap gap-x-3 text-base text-stone-700">
        <span>{tn('home.salesCount', sales.count)}</span>
        <span className="flex items-center gap-1 text-leaf-700">
          <Icon name="gift" className="size-5" />
          {tn('home.giftsCount', gifts.count)}
          {gifts.valueMinor > 0 && ` (${formatMoney(gifts.valueMinor, currency, lang)})`}
        </span>
      </span>
    </section>
  );
}

/** Results drawn in the first frame of each new set: what shows under the search box. */
const FIRST_RESULTS = 9;

function sameRow(a: { customer: SearchHit }, b: { customer: SearchHit }): boolean {
  const [x, y] = [a.customer, b.customer];
  return (
    x.id === y.id &&
    x.firstName === y.firstName &&
    x.nickname === y.nickname &&
    x.lastSeenAt === y.lastSeenAt
  );
}

/** A result still found by the next letter is not drawn again (each read brings new objects). */
const SearchRow = memo(function SearchRow({ customer }: { customer: SearchHit }) {
  return <CustomerQuickRow customer={customer} />;
}, sameRow);

/**
 * Each letter draws only what changed: the rows are made once per set of results (not again
 * for the typed text), the first screenful in the set's first frame and the rest, below the
 * fold, in the next.
 */
function SearchResults({ query, results }: { query: string; results: SearchHit[] }) {
  const t = useT();
  const painted = usePaintedFor(results);
  const list = useMemo(
    () =>
      results.length > 0 && (
        <ul className="divide-y divide-stone-200 overflow-hidden rounded-2xl bg-white shadow-sm">
          {(painted ? results : results.slice(0, FIRST_RESULTS)).map((c) => (
            <SearchRow key={c.id} customer={c} />
          ))}
        </ul>
      ),
    [results, painted],
  );
  return (
    <>
      {results.length === 0 ? (
        <p className="text-lg text-stone-700">{t('customers.noMatch', { query: query.trim() })}</p>
      ) : (
        list
      )}
      <LinkButton
        to={`/clients/nouveau?prenom=${encodeURIComponent(query.trim())}`}
        variant="secondary"
        icon="plus"
      >
        {t('customers.createNamed', { name: query.trim() })}
      </LinkButton>
    </>
  );
}

/**
 * The top of the home screen: the title and the search box, right under it so that what
 * follows (figures, reminders, lists that grow) never moves it. The start frame in index.html
 * is this same component with no name and nothing below (scripts/start-frame-plugin.ts).
 */
export function HomeTop({
  title,
  query,
  onQuery,
  children,
}: {
  title: string;
  query: string;
  onQuery: (value: string) => void;
  children?: ReactNode;
}) {
  return (
    <Screen title={title}>
      <CustomerSearchBox value={query} onChange={onQuery} />
      {children}
    </Screen>
  );
}

/**
 * The search's results and whether the home screen is out of the way for them. The home stays
 * mounted, only hidden, while she searches: taking its few hundred elements down at her first
 * letter (and up again when she clears the box) cost a slow phone most of that keystroke. From
 * her first letter to the first results it stays in view, so the frame that shows the letter
 * changes nothing else; opened with a search already in the address (back from a card), the home
 * is never shown.
 */
function useHomeSearch(query: string) {
  const [openedSearching] = useState(() => query.trim() !== '');
  const found = useSearchNow(query, 20);
  const results = query.trim() && found?.query.trim() ? found.customers : undefined;
  return { results, hideHome: query.trim() !== '' && (results !== undefined || openedSearching) };
}

export function HomeScreen() {
  const t = useT();
  const settings = useSettings();
  const [query, setQuery] = useUrlQuery();
  // One read for the whole screen, opened with what it last showed (the start's reads, then
  // every refresh): it draws whole at once, and nothing moves when the figures arrive. Its
  // queries (and Dexie) load after the first screen.
  const home = useLiveDb(async () => (await import('./home-data')).readHome, [], lastHome());
  const rowsNow = useRowsNow();
  const { results, hideHome } = useHomeSearch(query);
  useEffect(() => {
    if (home) markAppReady();
  }, [home]);
  // The search's index is read as soon as her home shows (the launch has already asked for its
  // lines), so that her first letter finds at once.
  const homeShown = home !== undefined;
  useEffect(() => {
    if (homeShown) askIndex();
  }, [homeShown]);
  // Made again only when what it shows changes, not at each letter typed above it.
  const homeBody = useMemo(
    () =>
      home && (
        <>
          <TodayCard sales={home.sales} gifts={home.gifts} />
          <DueToday due={home.credit} />
          <BackupReminder status={home.backup} />
          <LinkButton to="/vente" icon="basket" className="min-h-14 text-xl">
            {t('home.newSale')}
          </LinkButton>
          <Section title={t('home.recent')}>
            {home.recent.length === 0 ? (
              <p className="text-base text-stone-600">{t('home.noRecent')}</p>
            ) : (
              <CustomerQuickList customers={home.recent} firstFrame={rowsNow} />
            )}
            <LinkButton to="/clients/nouveau" variant="secondary" icon="plus">
              {t('customers.new')}
            </LinkButton>
          </Section>
        </>
      ),
    [home, rowsNow, t],
  );

  return (
    <HomeTop
      title={t('home.hello', { name: settings.sellerName })}
      query={query}
      onQuery={setQuery}
    >
      {results && <SearchResults query={query} results={results} />}
      {/* contents: the home's parts stay items of the screen's column (its gaps). */}
      <div className="contents" hidden={hideHome}>
        {homeBody}
      </div>
    </HomeTop>
  );
}
