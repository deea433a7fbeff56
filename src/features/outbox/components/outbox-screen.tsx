import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Link } from '../../../ui/link';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useT, useTn } from '../../../i18n';
import { useOnline } from '../../../ui/use-online';
import { Button, LinkButton } from '../../../ui/button';
import { Icon } from '../../../ui/icon';
import { EmptyState, Screen } from '../../../ui/screen';
import { listExpired, listSent, listWaiting, type OutboxRow } from '../queries';
import { ExpiredMessages } from './expired-messages';
import { MessageRow } from './message-row';

/** Messages shown at a time: a pile of thousands opens as fast as a handful. */
const PAGE = 20;

type Tab = 'pending' | 'sent' | 'expired';
const TABS: Record<string, Tab> = { envoyes: 'sent', expires: 'expired' };

interface Listed {
  rows: OutboxRow[];
  /** Rows not shown yet. */
  more: number;
  /** Waiting in "Expirés" (on the tab of messages to send). */
  expired: number;
}

/** One read per tab: the list, how many more, and (to send) how many have aged out. */
async function readTab(tab: Tab, shown: number): Promise<Listed> {
  if (tab === 'sent') return { rows: await listSent(db), more: 0, expired: 0 };
  if (tab === 'expired') {
    const { rows, total } = await listExpired(db, shown);
    return { rows, more: total - rows.length, expired: total };
  }
  const w = await listWaiting(db, shown);
  // Opened ones first: each waits for "Envoyé ?".
  return {
    rows: [...w.opened, ...w.pending],
    more: w.pendingTotal - w.pending.length,
    expired: w.expiredCount,
  };
}

export default function OutboxScreen() {
  const t = useT();
  const tn = useTn();
  const online = useOnline();
  const [params] = useSearchParams();
  const tab: Tab = TABS[params.get('onglet') ?? ''] ?? 'pending';
  const [shown, setShown] = useState(PAGE);
  const list = useLiveQuery(() => readTab(tab, shown), [tab, shown]);
  const rows = list?.rows;
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
      {tab === 'expired' && list && <ExpiredMessages total={list.expired} />}
      {tab !== 'expired' && rows && rows.length === 0 && (
        <EmptyState title={tab === 'sent' ? t('outbox.sentEmpty') : t('outbox.empty')} />
      )}
      {rows && rows.length > 0 && (
        <ul className="flex flex-col gap-3">
          {rows.map((row) => (
            <MessageRow key={row.message.id} row={row} />
          ))}
        </ul>
      )}
      {list && list.more > 0 && (
        <Button variant="secondary" onClick={() => setShown((n) => n + PAGE)}>
          {t('outbox.more', { n: Math.min(list.more, PAGE) })}
        </Button>
      )}
      {tab === 'pending' && list && list.expired > 0 && (
        <Link
          to="/messages?onglet=expires"
          replace
          className="flex min-h-12 items-center gap-3 rounded-2xl bg-amber-100 px-3 py-2 text-base font-semibold text-amber-900"
        >
          <Icon name="calendar" className="size-6 shrink-0" />
          <span className="flex-1">{tn('outbox.expired.count', list.expired)}</span>
          <span className="underline">{t('outbox.expired.see')}</span>
        </Link>
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
