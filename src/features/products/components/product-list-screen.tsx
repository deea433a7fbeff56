import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useLang, useT } from '../../../i18n';
import { pricePerUnit } from '../../../lib/grammar';
import { formatMoney } from '../../../lib/money';
import { LinkButton } from '../../../ui/button';
import { List, ListRow } from '../../../ui/list-row';
import { EmptyState, Screen } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { listProducts } from '../queries';
import { ProductBadge } from './product-badge';

export default function ProductListScreen() {
  const t = useT();
  const lang = useLang();
  const { currency } = useSettings();
  const products = useLiveQuery(() => listProducts(db), []);
  return (
    <Screen title={t('products.title')} back={{ label: t('nav.back'), to: '/plus' }}>
      {products && products.length === 0 && (
        <EmptyState
          title={t('products.empty')}
          icon={
            <span className="text-5xl" aria-hidden="true">
              🧺
            </span>
          }
        >
          <LinkButton to="/produits/nouveau" icon="plus">
            {t('products.addFirst')}
          </LinkButton>
        </EmptyState>
      )}
      {products && products.length > 0 && (
        <>
          <List>
            {products.map((p) => (
              <ListRow
                key={p.id}
                to={`/produits/${p.id}`}
                leading={<ProductBadge product={p} />}
                title={p.name}
                subtitle={
                  <>
                    {pricePerUnit(
                      formatMoney(p.priceMinor, currency, lang),
                      p.unit,
                      lang,
                      (words) => t('products.perUnit', words),
                    )}
                    {!p.available && (
                      <span className="font-semibold text-amber-800">
                        {' '}
                        · {t('products.nextHarvest')}
                      </span>
                    )}
                  </>
                }
              />
            ))}
          </List>
          <LinkButton to="/produits/nouveau" icon="plus">
            {t('products.new')}
          </LinkButton>
        </>
      )}
    </Screen>
  );
}
