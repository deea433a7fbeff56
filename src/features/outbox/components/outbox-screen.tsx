import { Link, useSearchParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useT, useTn } from '../../../i18n';
import { useOnline } from '../../../ui/use-online';
import { LinkButton } from '../../../ui/button';
import { Icon } from '../../../ui/icon';
import { EmptyState, Screen } from '../../../ui/screen';
import { listSent, listWaiting, type WaitingMessages } from '../queries';
import { ExpiredMessages } from './expired-messages';
import { MessageRow } from './message-row';

type Tab = 'pending' | 'sent' | 'expired';
const TABS: Record<string, Tab> = { envoyes: 'sent', expires: 'expired' };

function Waiting({ lists }: { lists: WaitingMessages }) {
  const t = useT();
  const tn = useTn();
  const rows = [...lists.opened, ...lists.pending];
  return (
    <>
      {rows.length === 0 && <EmptyState title={t('outbox.empty')} />}
      {rows.length > 0 && (
        <ul className="flex flex-col gap-3">
          {rows.map((row) => (
            <MessageRow key={row.message.id} row={row} />
          ))}
        </ul>
      )}
      {lists.expired.length > 0 && (
        <Link
          to="/messages?onglet=expires"
          replace
          className="flex min-h-12 items-center gap-3 rounded-2xl bg-amber-100 px-3 py-2 text-base font-semibold text-amber-900"
        >
          <Icon name="calendar" className="size-6 shrink-0" />
          <span className="flex-1">{tn('outbox.expired.count', lists.expired.length)}</span>
          <span className="underline">{t('outbox.expired.see')}</span>
        </Link>
      )}
    </>
  );
}

export default function OutboxScreen() {
  const t = useT();
  const online = useOnline();
  const [params] = useSearchParams();
  const tab: Tab = TABS[params.get('onglet') ?? ''] ?? 'pending';
  const waiting = useLiveQuery(() => (tab === 'sent' ? null : listWaiting(db)), [tab]);
  const sent = useLiveQuery(() => (tab === 'sent' ? listSent(db) : null), [tab]);
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
      {tab === 'pending' && waiting && <Waiting lists={waiting} />}
      {tab === 'expired' && waiting && <ExpiredMessages rows={waiting.expired} />}
      {tab === 'sent' && sent && sent.length === 0 && <EmptyState title={t('outbox.sentEmpty')} />}
      {tab === 'sent' && sent && sent.length > 0 && (
        <ul className="flex flex-col gap-3">
          {sent.map((row) => (
            <MessageRow key={row.message.id} row={row} />
          ))}
        </ul>
      )}
      <div className="grid grid-cols-2 gap-2">
        <LinkButton to="/messages/annonce" variant="secondary" icon="bell">
          {t('outbox.announce')}
        </LinkButton>
        <LinkButton to="/messages/nouveau" variant="secondary" icon="message">
          {t('outbox.compose')}
        </LinkButton>
      </div>
    </Screen>
  );
}
