import { useT, type MessageKey } from '../i18n';
import { promptInstall, useCanInstall } from '../pwa/install';
import { Button } from '../ui/button';
import { Icon, type IconName } from '../ui/icon';
import type { AppPath } from '../ui/link';
import { List, ListRow } from '../ui/list-row';
import { Screen } from '../ui/screen';

const ITEMS: Array<{ to: AppPath; label: MessageKey; icon: IconName }> = [
  { to: '/credits', label: 'nav.credits', icon: 'wallet' },
  { to: '/produits', label: 'products.title', icon: 'box' },
  { to: '/reservations', label: 'reservations.title', icon: 'calendar' },
  { to: '/relances', label: 'insights.title', icon: 'bell' },
  { to: '/story', label: 'stories.menu', icon: 'image' },
  { to: '/sauvegarde', label: 'backup.title', icon: 'save' },
  { to: '/reglages', label: 'settings.title', icon: 'settings' },
];

export default function MoreScreen() {
  const t = useT();
  const canInstall = useCanInstall();
  return (
    <Screen title={t('more.title')}>
      {canInstall && (
        <div className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
          <p className="text-base text-stone-700">{t('pwa.installHint')}</p>
          <Button icon="download" onClick={() => void promptInstall()}>
            {t('pwa.install')}
          </Button>
        </div>
      )}
      <List>
        {ITEMS.map((item) => (
          <ListRow
            key={item.to}
            to={item.to}
            leading={<Icon name={item.icon} className="size-7 text-brand-700" />}
            title={t(item.label)}
            trailing={<Icon name="chevron" className="size-5 text-stone-400" />}
          />
        ))}
      </List>
    </Screen>
  );
}
