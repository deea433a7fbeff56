import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useT } from '../../../i18n';
import { Screen } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { useStoryDraft } from '../draft-store';
import { getStoryProduct } from '../queries';
import { deletePhoto } from '../commands';
import { draftFromProduct } from '../story-text';
import { StoryChooser } from './story-chooser';
import { StoryForm } from './story-form';
import { StoryPreview } from './story-preview';

/**
 * /story: make a Status image. First the seller's products (one tap: the image); `?modifier=1`
 * is the form; `?apercu=1` the finished image; `?produit=<id>` starts from that product.
 */
export default function StoryScreen() {
  const t = useT();
  const [params] = useSearchParams();
  const productId = params.get('produit');
  const step =
    params.get('apercu') === '1'
      ? 'preview'
      : productId || params.get('modifier')
        ? 'form'
        : 'choose';
  const { currency } = useSettings();
  const draftProduct = useStoryDraft((s) => s.draft.productId);
  const product = useLiveQuery(
    () => (productId ? getStoryProduct(db, productId) : Promise.resolve(null)),
    [productId],
  );

  useEffect(() => {
    if (!product) return;
    const store = useStoryDraft.getState();
    // Once per product: coming back from the preview keeps what the seller changed.
    if (store.draft.productId === product.id) return;
    // The previous story's photo is left behind with it: nothing else uses it.
    const old = store.draft.photoId;
    store.reset(draftFromProduct(product, currency));
    if (old) deletePhoto(db, old).catch((error: unknown) => console.error(error));
  }, [product, currency]);

  // From a product: its image is drawn once the draft holds it, not an older one before.
  const waiting = Boolean(productId) && product !== null && draftProduct !== productId;
  return (
    <Screen
      title={step === 'preview' ? t('stories.preview') : t('stories.title')}
      back={{ label: t('nav.back'), to: step === 'choose' ? '/plus' : '/story' }}
    >
      {step === 'choose' && <StoryChooser />}
      {step === 'form' && !waiting && <StoryForm />}
      {step === 'preview' && !waiting && <StoryPreview />}
    </Screen>
  );
}
