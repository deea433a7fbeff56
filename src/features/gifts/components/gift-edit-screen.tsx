import { useParams } from 'react-router';
import { useLeave } from '../../../ui/use-leave';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useT } from '../../../i18n';
import { DeleteButton } from '../../../ui/delete-button';
import { reportError } from '../../../ui/form-errors';
import { EmptyState, Screen } from '../../../ui/screen';
import { showToast } from '../../../ui/store';
import { deleteGift } from '../commands';
import { getGift } from '../queries';
import { GiftForm } from './gift-form';

export default function GiftEditScreen() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useLeave();
  const gift = useLiveQuery(() => getGift(db, id), [id]);
  const backTo = gift?.customerId ? `/clients/${gift.customerId}` : '/';
  const done = () => navigate(backTo, { replace: true });
  return (
    <Screen title={t('gifts.title')} back={{ label: t('nav.back'), to: backTo }}>
      {gift === null && <EmptyState title={t('gifts.notFound')} />}
      {gift && (
        <>
          <GiftForm
            key={gift.id}
            existing={gift}
            onSaved={() => {
              showToast({ text: t('common.saved'), tone: 'success' });
              done();
            }}
          />
          <DeleteButton
            title={t('gifts.deleteTitle')}
            onConfirm={() => {
              deleteGift(db, gift.id).then(
                () => {
                  showToast({ text: t('gifts.deleted'), tone: 'success' });
                  done();
                },
                (e) => reportError(t, e),
              );
            }}
          />
        </>
      )}
    </Screen>
  );
}
