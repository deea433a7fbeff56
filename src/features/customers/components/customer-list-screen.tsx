import { useDeferredValue, useState } from 'react';
import { Link, type AppPath } from '../../../ui/link';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useLang, useT, useTn } from '../../../i18n';
import { formatAgo } from '../../../lib/dates';
import { Button, LinkButton } from '../../../ui/button';
import { Avatar, List } from '../../../ui/list-row';
import { EmptyState, Screen } from '../../../ui/screen';
import { useUrlQuery } from '../../../ui/use-url-query';
import { countCustomers, listCustomersPage } from '../queries';
import type { SearchHit } from '../search-index';
import { CustomerNameBlock, CustomerSearchBox, useSearchNow } from './customer-search';

const PAGE = 50;

export function CustomerRows({
  customers,
  hrefFor,
}: {
  customers: SearchHit[];
  hrefFor: (c: SearchHit) => AppPath;
}) {
  const lang = useLang();
  return (
    <List>
      {customers.map((c) => (
        <li key={c.id}>
          <Link
            to={hrefFor(c)}
            className="flex min-h-14 items-center gap-3 px-3 py-2 active:bg-brand-100"
          >
            <Avatar name={c.firstName} />
            <CustomerNameBlock customer={c} extra={formatAgo(c.lastSeenAt, lang)} />
          </Link>
        </li>
      ))}
    </List>
  );
}

function SearchResults({ query }: { query: string }) {
  const t = useT();
  // Found in memory, as on the home screen; the deferred text keeps typing smooth.
  const results = useSearchNow(useDeferredValue(query), 30)?.customers;
  if (!results) return null;
  return (
    <>
      {results.length === 0 && (
        <p className="text-lg text-stone-700">{t('customers.noMatch', { query: query.trim() })}</p>
      )}
      {results.length > 0 && (
        <CustomerRows customers={results} hrefFor={(c) => `/clients/${c.id}`} />
      )}
      <LinkButton
        to={`/clients/nouveau?prenom=${encodeURIComponent(query.trim())}`}
        icon="plus"
        variant="secondary"
      >
        {t('customers.createNamed', { name: query.trim() })}
      </LinkButton>
    </>
  );
}

/** The whole notebook A to Z, a page at a time: a long list never renders all at once. */
function AllCustomers() {
  const t = useT();
  const tn = useTn();
  const [pages, setPages] = useState(1);
  const total = useLiveQuery(() => countCustomers(db), []);
  const rows = useLiveQuery(() => listCustomersPage(db, 0, pages * PAGE), [pages]);
  if (total === undefined || rows === undefined) return null;
  if (total === 0) {
    return (
      <EmptyState title={t('customers.empty')}>
        <LinkButton to="/clients/nouveau" icon="plus">
          {t('customers.new')}
        </LinkButton>
      </EmptyState>
    );
  }
  return (
    <>
      <p className="text-base text-stone-600">{tn('customers.count', total)}</p>
      <CustomerRows customers={rows} hrefFor={(c) => `/clients/${c.id}`} />
      {rows.length < total && (
        <Button variant="secondary" onClick={() => setPages((p) => p + 1)}>
          {t('customers.more')}
        </Button>
      )}
    </>
  );
}

export default function CustomerListScreen() {
  const t = useT();
  // The search lives in the URL: back from a card returns to the same results.
  const [query, setQuery] = useUrlQuery();
  return (
    <Screen title={t('customers.title')}>
      <CustomerSearchBox value={query} onChange={setQuery} />
      {query.trim() ? <SearchResults query={query} /> : <AllCustomers />}
      {!query.trim() && (
        <LinkButton to="/clients/nouveau" icon="plus">
          {t('customers.new')}
        </LinkButton>
      )}
    </Screen>
  );
}
