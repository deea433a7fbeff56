import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import {
  CustomerNameBlock,
  CustomerSearchBox,
  useSearchNow,
} from '../features/customers/components/customer-search';
import type { SearchHit } from '../features/customers/search-index';
import { recentCustomers } from '../features/customers/queries';
import { useLang, useT } from '../i18n';
import { formatAgo } from '../lib/dates';
import { Button, LinkButton } from '../ui/button';
import { Avatar } from '../ui/list-row';

interface CustomerPickerProps {
  onPick: (customer: SearchHit | 'passage') => void;
  /** Where "Nouveau client" goes on to after saving: 'vente'. */
  then: string;
  /** Messages need a person: no "client de passage" there. */
  withoutPassing?: boolean;
}

function Rows({
  customers,
  onPick,
}: {
  customers: readonly SearchHit[];
  onPick: CustomerPickerProps['onPick'];
}) {
  const lang = useLang();
  return (
    <ul className="divide-y divide-stone-200 overflow-hidden rounded-2xl bg-white shadow-sm">
      {customers.map((c) => (
        <li key={c.id}>
          <button
            type="button"
            onClick={() => onPick(c)}
            className="flex min-h-14 w-full items-center gap-3 px-3 py-2 text-start active:bg-brand-100"
          >
            <Avatar name={c.firstName} />
            <CustomerNameBlock customer={c} extra={formatAgo(c.lastSeenAt, lang)} />
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Pour qui ?": search as you type (found in memory, as on the home screen: each letter's
 * results in its own frame), the people seen lately, or a passing customer.
 */
export function CustomerPicker({ onPick, then, withoutPassing }: CustomerPickerProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const results = useSearchNow(query, 20)?.customers;
  const recent = useLiveQuery(() => recentCustomers(db, 8), []);
  const shown = query.trim() ? results : recent;
  return (
    <div className="flex flex-col gap-3">
      <h2 className="text-xl font-bold">{t('sales.pickCustomer')}</h2>
      <CustomerSearchBox value={query} onChange={setQuery} />
      {shown && shown.length > 0 && <Rows customers={shown} onPick={onPick} />}
      {query.trim() && results?.length === 0 && (
        <p className="text-lg">{t('customers.noMatch', { query: query.trim() })}</p>
      )}
      <LinkButton
        to={`/clients/nouveau?ensuite=${then}&prenom=${encodeURIComponent(query.trim())}`}
        variant="secondary"
        icon="plus"
      >
        {query.trim() ? t('customers.createNamed', { name: query.trim() }) : t('customers.new')}
      </LinkButton>
      {!withoutPassing && (
        <Button variant="secondary" icon="users" onClick={() => onPick('passage')}>
          {t('sales.passing')}
        </Button>
      )}
    </div>
  );
}
