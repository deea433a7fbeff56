import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useLeave } from '../../../ui/use-leave';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import type { Profile } from '../../../lib/domain';
import { useT, useTn } from '../../../i18n';
import { CONTACT_CHANNELS, channelOf } from '../../../lib/contact-link';
import { fillTemplate, productValues, TEMPLATE_TAGS } from '../../../lib/templates';
import { sellerValues, templateText } from '../../../i18n/templates';
import { Button } from '../../../ui/button';
import { SelectField } from '../../../ui/field';
import { useFormErrors } from '../../../ui/form-errors';
import { Screen } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { useRead } from '../../../ui/use-read';
import { showToast } from '../../../ui/store';
import { TaggedText, TemplateEditor, useTemplateTags } from '../../../ui/template-editor';
import { announce, audienceOf, type Audience } from '../commands';
import { listProductsForMessages } from '../queries';

type AudienceKind = Audience['kind'];
const PROFILES: readonly Profile[] = ['consommateur', 'acheteur-pour-autres', 'prescripteur'];

/** "Arrivage": pick a product and who should know; one personal message each lands in the outbox. */
export default function AnnounceScreen() {
  const t = useT();
  const tn = useTn();
  const navigate = useLeave();
  const settings = useSettings();
  const [params] = useSearchParams();
  const products = useLiveQuery(() => listProductsForMessages(db), []);
  const [productId, setProductId] = useState(params.get('produit') ?? '');
  const [kind, setKind] = useState<AudienceKind>('all');
  const [profile, setProfile] = useState<Profile>('consommateur');
  const [template, setTemplate] = useState(() =>
    templateText('arrivage', settings.templates, settings.language),
  );
  const { run, message, busy, clear } = useFormErrors(t);
  const tags = useTemplateTags();

  const audience: Audience | null =
    kind === 'all'
      ? { kind }
      : kind === 'profile'
        ? { kind, profile }
        : productId
          ? { kind, productId }
          : null;
  const key = JSON.stringify(audience);
  // Possibly every customer: a one-off read, not a live query (see useRead).
  const group = useRead(async () => (audience ? audienceOf(db, audience) : null), [key]);
  const product = products?.find((p) => p.id === productId);
  const sample = group?.reach[0];
  const preview = fillTemplate(
    template,
    {
      ...sellerValues(settings),
      ...(product ? productValues(product, settings.language) : {}),
      prenom: sample?.firstName ?? t('templates.example'),
    },
    settings.language,
  );

  return (
    <Screen title={t('announce.title')} back={{ label: t('nav.back'), to: '/messages' }}>
      <p className="text-base text-stone-700">{t('announce.intro')}</p>
      <SelectField
        label={t('compose.product')}
        value={productId}
        error={message('product')}
        onChange={(e) => {
          setProductId(e.target.value);
          clear('product');
        }}
      >
        <option value="">{t('compose.chooseProduct')}</option>
        {products?.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-base font-semibold">{t('announce.audience')}</legend>
        {(['all', 'bought', 'profile', 'reserved'] as const).map((k) => (
          <label
            key={k}
            className={`flex min-h-12 items-center gap-3 rounded-xl border-2 px-3 text-lg ${
              kind === k ? 'border-brand-700 bg-brand-100' : 'border-stone-200 bg-white'
            }`}
          >
            <input
              type="radio"
              name="audience"
              checked={kind === k}
              onChange={() => setKind(k)}
              className="size-5 accent-brand-700"
            />
            {t(`announce.audience.${k}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'profile' && (
        <SelectField
          label={t('customers.profile')}
          value={profile}
          onChange={(e) => setProfile(e.target.value as Profile)}
        >
          {PROFILES.map((p) => (
            <option key={p} value={p}>
              {t(`customers.profile.${p}`)} — {t(`customers.profileHint.${p}`)}
            </option>
          ))}
        </SelectField>
      )}
      <TemplateEditor
        label={t('compose.text')}
        value={template}
        error={message('text')}
        onChange={(text) => {
          setTemplate(text);
          clear('text');
        }}
        tags={tags}
        insertable={TEMPLATE_TAGS.arrivage}
        insertLabel={t('templates.insert')}
      />
      <div className="flex flex-col gap-1">
        <p className="text-base font-semibold">{t('compose.preview')}</p>
        <p className="rounded-xl bg-leaf-600/10 p-3 text-base whitespace-pre-line">
          <TaggedText text={preview} tags={tags} />
        </p>
      </div>
      {group && (
        <div role="status" className="flex flex-col gap-1 text-base">
          <p className="font-semibold">
            {group.reach.length ? tn('announce.count', group.reach.length) : t('announce.none')}
          </p>
          {group.reach.length > 0 && (
            <p className="text-stone-700">
              {CONTACT_CHANNELS.map((channel) => ({
                channel,
                n: group.reach.filter((c) => channelOf(c) === channel).length,
              }))
                .filter(({ n }) => n > 0)
                .map(({ channel, n }) => t(`announce.via.${channel}`, { n }))
                .join(' · ')}
            </p>
          )}
          {group.refused.length > 0 && (
            <p className="text-stone-700">{tn('outbox.refused', group.refused.length)}</p>
          )}
        </div>
      )}
      <Button
        icon="message"
        disabled={busy || !audience || !group?.reach.length || !productId}
        onClick={() =>
          void run(async () => {
            if (!audience || !productId) return;
            const result = await announce(db, settings, { productId, audience, template });
            showToast({ text: tn('outbox.queued', result.queued), tone: 'success' });
            navigate('/messages', { replace: true });
          })
        }
      >
        {t('announce.create')}
      </Button>
    </Screen>
  );
}
