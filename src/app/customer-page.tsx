import { useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { CreditPanel } from '../features/credit/components/credit-panel';
import { CreditSummary } from '../features/credit/components/credit-summary';
import { customerLedger } from '../features/credit/queries/ledger';
import CustomerCardScreen from '../features/customers/components/customer-card-screen';
import { useT } from '../i18n';
import { Screen } from '../ui/screen';

/**
 * /clients/:id: her card, with what she owes under her name and her credit book under its actions. Her entries are read before
 * the card is drawn (one small read), so the card does not move when they arrive.
 */
export default function CustomerPage() {
  const t = useT();
  const { id = '' } = useParams();
  const ledger = useLiveQuery(() => customerLedger(db, id), [id]);
  if (ledger === undefined)
    return (
      <Screen title="" back={{ label: t('nav.back'), to: '/clients' }}>
        {null}
      </Screen>
    );
  return (
    <CustomerCardScreen
      creditSummary={(customer) =>
        ledger.rows.length > 0 ? <CreditSummary customer={customer} /> : null
      }
      credit={(customer) => <CreditPanel customer={customer} ledger={ledger} />}
    />
  );
}
