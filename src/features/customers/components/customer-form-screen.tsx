import { useParams, useSearchParams } from 'react-router';
import { useLeave } from '../../../ui/use-leave';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useT } from '../../../i18n';
import { EmptyState, Screen } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { useFormattedPhone } from '../../../ui/use-phone';
import { getCustomer } from '../queries';
import { CustomerForm } from './customer-form';

/** Where a new customer's saving can lead on to, with her id: the sale, the gift, a message. */
const NEXT = ['vente', 'cadeau', 'messages/nouveau'];

/** /clients/nouveau (?prenom= prefills; ?ensuite=vente|cadeau|messages/nouveau goes on there) */
export function NewCustomerScreen() {
  const t = useT();
  const navigate = useLeave();
  const [params] = useSearchParams();
  const then = params.get('ensuite');
  return (
    <Screen title={t('customers.new')} back={{ label: t('nav.back'), to: '/clients' }}>
      <CustomerForm
        initialFirstName={params.get('prenom') ?? ''}
        onSaved={(id) => {
          // Saving opens her card, ready for Vente or Cadeau, or goes straight on to the sale
          // (whose title, "Vente pour Awa", already says she was saved: no message over it).
          const next = then && NEXT.includes(then) ? `/${then}?client=${id}` : null;
          navigate(next ?? `/clients/${id}`, {
            replace: true,
            message: next ? undefined : { text: t('customers.saved'), tone: 'success' },
          });
        }}
      />
    </Screen>
  );
}

export function EditCustomerScreen() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useLeave();
  const settings = useSettings();
  const customer = useLiveQuery(() => getCustomer(db, id), [id]);
  const phone = useFormattedPhone(customer?.phone, settings.country);
  const back = { label: t('nav.back'), to: `/clients/${id}` };
  if (customer === undefined || (customer?.phone && phone === undefined))
    return (
      <Screen title={t('customers.edit')} back={back}>
        {null}
      </Screen>
    );
  if (customer === null) {
    return (
      <Screen title={t('customers.edit')} back={back}>
        <EmptyState title={t('customers.notFound')} />
      </Screen>
    );
  }
  return (
    <Screen title={t('customers.edit')} back={back}>
      <CustomerForm
        existing={customer}
        existingPhone={phone}
        onSaved={() => {
          navigate(`/clients/${id}`, {
            replace: true,
            message: { text: t('customers.saved'), tone: 'success' },
          });
        }}
      />
    </Screen>
  );
}
