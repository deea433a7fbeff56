import { useState } from 'react';
import { NavigationType, useNavigationType, useParams, useSearchParams } from 'react-router';
import { CreditPanel, PAY_PARAM } from '../features/credit/components/credit-panel';
import { CreditSummary } from '../features/credit/components/credit-summary';
import CustomerCardScreen from '../features/customers/components/customer-card-screen';
import { useCard } from './card-read';
import { useCover } from '../ui/use-cover';
import { usePainted } from '../ui/use-painted';

/**
 * /clients/:id: her card, with what she owes under her name and her credit book under its actions.
 * Who she is, her history and her entries come from one read (card-read.ts), so the card draws
 * once, whole, and does not move when something arrives.
 */
export default function CustomerPage() {
  const { id = '' } = useParams();
  const { card, showWritten } = useCard(id);
  const ledger = card?.ledger;
  // Opened anew (at its top), her card's first frame lays out only the rows of her long lists
  // that are near the screen, and the others (below the fold) one frame later: a card of 200
  // entries opens as fast as a new one's, and no row is left to draw while she scrolls. Come
  // back to (Back, a reload), it is drawn whole at once, so the place she had scrolled to is
  // found again exactly, not from rows' estimated heights. While a sheet covers it (a payment, a
  // credit), its rows away from the screen are left out again (ui/use-cover.ts).
  const navigation = useNavigationType();
  const [opened] = useState(() => navigation !== NavigationType.Pop);
  const painted = usePainted(card !== undefined);
  const cover = useCover(useSearchParams()[0].get(PAY_PARAM) === '1');
  const lazyRows = (opened && !painted) || cover.lazy;
  return (
    <CustomerCardScreen
      // A new card for each customer: her history's page and first frame start again.
      key={id}
      card={card}
      lazyRows={lazyRows}
      creditSummary={(customer) =>
        ledger && ledger.rows.length > 0 ? <CreditSummary customer={customer} /> : null
      }
      credit={(customer) =>
        ledger && (
          <CreditPanel
            customer={customer}
            ledger={ledger}
            lazyRows={lazyRows}
            onPaid={showWritten}
            onCover={cover.set}
          />
        )
      }
    />
  );
}
