import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useT } from '../../../i18n';
import { useOnline } from '../../../ui/use-online';
import { Button, LinkButton } from '../../../ui/button';
import { Icon } from '../../../ui/icon';
import { EmptyState, Screen } from '../../../ui/screen';
import { listPending, listSent } from '../queries';
import { MessageRow } from './message-row';

/** Messages shown at a time: a pile of thousands opens as fast as a handful. */
const PAGE = 20;

export default function OutboxScreen() {
  const t = useT();
  const online = useOnline();
  const [params] = useSearchParams();
  const tab = params.get('onglet') === 'envoyes' ? 'sent' : 'pending';
  const [shown, setShown] = useState(PAGE);
  const list = useLiveQuery(
    () =>
      tab === 'sent'
        ? listSent(db).then((rows) => ({ rows, total: rows.length }))
        : listPending(db, shown),
    [tab, shown],
  );
  const rows = list?.rows;
  const more = list ? list.total - list.rows.length : 0;
  const tabClass = (active: boolean) =>
    `flex min-h-12 flex-1 items-center justify-center rounded-xl text-lg font-semibold ${
      active ? 'bg-brand-700 text-white' : 'bg-white text-brand-800'
    }`;

  return (
    <Screen title={t('outbox.title')}>
      <nav className="flex gap-2" aria-label={t('outbox.title')}>
        <Link
          to="/messages"
          replace
          className={tabClass(tab === 'pending')}
          aria-current={tab === 'pending' ? 'page' : undefined}
        >
          {t('outbox.pending')}
        </Link>
        <Link
          to="/messages?onglet=envoyes"
          replace
          className={tabClass(tab === 'sent')}
          aria-current={tab === 'sent' ? 'page' : undefined}
        >
          {t('outbox.sent')}
        </Link>
      </nav>
      {tab === 'pending' && (
        <p
          role="status"
          className={`flex items-center gap-2 rounded-xl p-3 text-base font-semibold ${
            online ? 'bg-leaf-600/10 text-leaf-700' : 'bg-amber-100 text-amber-900'
          }`}
        >
          <Icon name={online ? 'online' : 'offline'} className="size-6 shrink-0" />
          {online ? t('outbox.online') : t('outbox.offline')}
        </p>
      )}
      {rows && rows.length === 0 && (
        <EmptyState title={tab === 'sent' ? t('outbox.sentEmpty') : t('outbox.empty')} />
      )}
      {rows && rows.length > 0 && (
        <ul className="flex flex-col gap-3">
          {rows.map((row) => (
            <MessageRow key={row.message.id} row={row} />
          ))}
        </ul>
      )}
      {more > 0 && (
        <Button variant="secondary" onClick={() => setShown((n) => n + PAGE)}>
          {t('outbox.more', { n: Math.min(more, PAGE) })}
        </Button>
      )}
      {/* With the list, not before it: they would be pushed down when it arrives. */}
      {list && (
        <div className="grid grid-cols-2 gap-2">
          <LinkButton to="/messages/annonce" variant="secondary" icon="bell" stacked>
            {t('outbox.announce')}
          </LinkButton>
          <LinkButton to="/messages/nouveau" variant="secondary" icon="message" stacked>
            {t('outbox.compose')}
          </LinkButton>
        </div>
      )}
    </Screen>
  );
}
