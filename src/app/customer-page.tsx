import { useParams } from 'react-router';
import { CreditPanel } from '../features/credit/components/credit-panel';
import { CreditSummary } from '../features/credit/components/credit-summary';
import CustomerCardScreen from '../features/customers/components/customer-card-screen';
import { useCard } from './card-read';

/**
 * /clients/:id: her card, with what she owes under her name and her credit book under its actions.
 * Who she is, her history and her entries come from one read (card-read.ts), so the card draws
 * once, whole, and does not move when something arrives.
 */
export default function CustomerPage() {
  const { id = '' } = useParams();
  const { card, showWritten } = useCard(id);
  const ledger = card?.ledger;
  return (
    <CustomerCardScreen
      // A new card for each customer: her history's page and first frame start again.
      key={id}
      card={card}
      creditSummary={(customer) =>
        ledger && ledger.rows.length > 0 ? <CreditSummary customer={customer} /> : null
      }
      credit={(customer) =>
        ledger && <CreditPanel customer={customer} ledger={ledger} onPaid={showWritten} />
      }
    />
  );
}
