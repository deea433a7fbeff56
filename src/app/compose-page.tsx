import { useSearchParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import type { OutboxKind } from '../lib/domain';
import { getCustomer } from '../features/customers/queries';
import { ComposeForm } from '../features/outbox/components/compose-form';
import { useT } from '../i18n';
import { EmptyState, Screen } from '../ui/screen';
import { CustomerPicker } from './customer-picker';

/** /messages/nouveau?client=<id>&modele=<kind>&produit=<id> */
export default function ComposePage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const client = params.get('client');
  const customer = useLiveQuery(async () => (client ? getCustomer(db, client) : null), [client]);
  const back = { label: t('nav.back'), to: client ? `/clients/${client}` : '/messages' };
  return (
    <Screen
      title={customer ? t('compose.title', { name: customer.firstName }) : t('outbox.compose')}
      subtitle={customer?.nickname}
      back={back}
    >
      {!client && (
        <CustomerPicker
          then="messages/nouveau"
          withoutPassing
          onPick={(c) =>
            c !== 'passage' && setParams({ ...Object.fromEntries(params), client: c.id })
          }
        />
      )}
      {client && customer === null && <EmptyState title={t('customers.notFound')} />}
      {customer && (
        <ComposeForm
          key={customer.id}
          customer={customer}
          initialKind={(params.get('modele') as OutboxKind | null) ?? undefined}
          initialProductId={params.get('produit') ?? undefined}
        />
      )}
    </Screen>
  );
}
