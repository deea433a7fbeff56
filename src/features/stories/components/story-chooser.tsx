import { useNavigate } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useLang, useT } from '../../../i18n';
import { formatMoney } from '../../../lib/money';
import { Button } from '../../../ui/button';
import { ProductTile } from '../../../ui/product-tile';
import { useSettings } from '../../../ui/settings-context';
import { COLOURS, useStoryDraft, type StoryTemplate } from '../draft-store';
import { listStoryProducts } from '../queries';
import { draftFromProduct, priceWithUnit } from '../story-text';

/**
 * The Status maker's first screen: a product is one tap from its finished image (four taps from
 * the home screen to a saved or shared Status); a promotion, a thank-you or another product open
 * the form.
 */
export function StoryChooser() {
  const t = useT();
  const lang = useLang();
  const navigate = useNavigate();
  const { currency } = useSettings();
  const products = useLiveQuery(() => listStoryProducts(db), []);
  const reset = useStoryDraft((s) => s.reset);

  const write = (template: StoryTemplate) => {
    // A thank-you card starts with joined hands on green.
    reset(template === 'merci' ? { template, emoji: '🙏', color: COLOURS[1].value } : { template });
    void navigate('/story?modifier=1');
  };

  return (
    <>
      {products && products.length > 0 && (
        <section aria-labelledby="story-products" className="flex flex-col gap-2">
          <h2 id="story-products" className="text-base font-semibold text-stone-700">
            {t('stories.pickProductTile')}
          </h2>
          <div className="grid grid-cols-2 gap-2">
            {products.map((p) => (
              <ProductTile
                key={p.id}
                name={p.name}
                emoji={p.emoji}
                color={p.color}
                detail={priceWithUnit(t, lang, formatMoney(p.priceMinor, currency, lang), p.unit)}
                onTap={() => {
                  reset(draftFromProduct(p, currency));
                  void navigate('/story?apercu=1');
                }}
              />
            ))}
          </div>
        </section>
      )}
      <section aria-labelledby="story-other" className="flex flex-col gap-2">
        <h2 id="story-other" className="text-base font-semibold text-stone-700">
          {t('stories.orWrite')}
        </h2>
        <div className="grid grid-cols-2 gap-2">
          <Button stacked variant="secondary" icon="star" onClick={() => write('promotion')}>
            {t('stories.template.promotion')}
          </Button>
          <Button stacked variant="secondary" icon="gift" onClick={() => write('merci')}>
            {t('stories.template.merci')}
          </Button>
          <Button
            stacked
            variant="secondary"
            icon="edit"
            className="col-span-2"
            onClick={() => write('arrivage')}
          >
            {t('stories.otherProduct')}
          </Button>
        </div>
      </section>
    </>
  );
}
