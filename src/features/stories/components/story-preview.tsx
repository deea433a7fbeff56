import { useEffect, useMemo, useState } from 'react';
import { Navigate } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useLang, useT } from '../../../i18n';
import { ValidationError } from '../../../i18n/errors';
import { Button, LinkButton, buttonClass } from '../../../ui/button';
import { reportError } from '../../../ui/form-errors';
import { Icon } from '../../../ui/icon';
import { useSettings } from '../../../ui/settings-context';
import { showToast } from '../../../ui/store';
import { useFormattedPhone } from '../../../ui/use-phone';
import { useStoryDraft } from '../draft-store';
import { getPhoto, getThankedFirstName } from '../queries';
import type { StorySpec } from '../render';
import { renderStoryImage, type StoryRender } from '../story-client';
import {
  announcementText,
  composeStory,
  storyFileName,
  waTextLink,
  type StoryContext,
} from '../story-text';
import { useObjectUrl } from '../../../ui/use-object-url';

type Ready = StoryRender & { key: string; file: File; canShare: boolean };

/**
 * The second step: the finished image, drawn as soon as the screen opens so that the share tap
 * (whose permission lasts about five seconds) has nothing left to wait for.
 */
export function StoryPreview() {
  const t = useT();
  const lang = useLang();
  const settings = useSettings();
  const draft = useStoryDraft((s) => s.draft);
  const phone = useFormattedPhone(settings.sellerPhone, settings.country);
  const firstName = useLiveQuery(
    () =>
      draft.template === 'merci' && draft.customerId
        ? getThankedFirstName(db, draft.customerId)
        : Promise.resolve(null),
    [draft.template, draft.customerId],
  );
  const photo = useLiveQuery(
    () => (draft.usePhoto && draft.photoId ? getPhoto(db, draft.photoId) : Promise.resolve(null)),
    [draft.usePhoto, draft.photoId],
  );
  const loading =
    firstName === undefined || photo === undefined || (settings.sellerPhone && !phone);

  const composed = useMemo(() => {
    if (loading) return null;
    const ctx: StoryContext = {
      t,
      lang,
      currency: settings.currency,
      sellerName: settings.sellerName,
      phone,
      marketName: settings.marketName,
      marketDay: settings.marketDay,
      customerFirstName: firstName,
    };
    try {
      const spec: StorySpec = composeStory(photo ? draft : { ...draft, usePhoto: false }, ctx);
      return { spec, key: JSON.stringify(spec), text: announcementText(draft, spec, ctx) };
    } catch (error) {
      if (error instanceof ValidationError) return 'invalid' as const;
      throw error;
    }
  }, [loading, t, lang, settings, phone, firstName, photo, draft]);

  const [ready, setReady] = useState<Ready | null>(null);
  const key = composed && composed !== 'invalid' ? composed.key : null;
  useEffect(() => {
    if (!composed || composed === 'invalid') return;
    let live = true;
    renderStoryImage(composed.spec, photo?.blob).then(
      (r) => {
        if (!live) return;
        const file = new File([r.blob], storyFileName(composed.spec.title, Date.now()), {
          type: 'image/jpeg',
        });
        const canShare =
          typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
        setReady({ ...r, key: composed.key, file, canShare });
      },
      (error: unknown) => live && reportError(t, error),
    );
    return () => {
      live = false;
    };
    // The key stands for the spec: draw again only when the words or the picture change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, photo?.blob]);

  const current = ready && ready.key === key ? ready : null;
  const url = useObjectUrl(current?.blob);

  if (composed === 'invalid') return <Navigate to="/story" replace />;

  const share = async (file: File) => {
    try {
      await navigator.share({ files: [file] });
    } catch (error) {
      // Closing the share sheet is the seller's choice, not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      console.error(error);
      showToast({ text: t('stories.shareFailed'), tone: 'error', duration: 8000 });
    }
  };

  const title = composed?.spec.title ?? '';
  return (
    <div className="flex flex-col gap-3">
      <div className="mx-auto aspect-[9/16] h-[52dvh] overflow-hidden rounded-2xl bg-stone-200 shadow-md">
        {current && url ? (
          <img
            src={url}
            alt={t('stories.previewAlt', { title })}
            width={current.width}
            height={current.height}
            data-bytes={current.blob.size}
            className="h-full w-full object-contain"
          />
        ) : (
          <p
            aria-busy="true"
            className="flex h-full items-center justify-center p-4 text-center text-lg font-semibold text-stone-700"
          >
            {t('stories.rendering')}
          </p>
        )}
      </div>
      {current && (
        <p className="text-center text-sm text-stone-600">
          {t('stories.size', { kb: Math.ceil(current.blob.size / 1000) })}
        </p>
      )}
      {current?.canShare ? (
        <Button icon="share" onClick={() => void share(current.file)}>
          {t('stories.share')}
        </Button>
      ) : (
        <a
          href={url}
          download={current?.file.name}
          aria-disabled={!current}
          onClick={() => showToast({ text: t('stories.saved'), tone: 'success' })}
          className={buttonClass('primary', current ? '' : 'pointer-events-none opacity-60')}
        >
          <Icon name="download" />
          {t('stories.save')}
        </a>
      )}
      {composed && (
        <a
          href={waTextLink(composed.text)}
          target="_blank"
          rel="noopener noreferrer"
          className={buttonClass('whatsapp')}
        >
          <Icon name="whatsapp" />
          {t('stories.sendText')}
        </a>
      )}
      <p className="text-sm text-stone-600">{t('stories.sendTextHint')}</p>
      {current?.canShare && url && (
        <a
          href={url}
          download={current.file.name}
          onClick={() => showToast({ text: t('stories.saved'), tone: 'success' })}
          className={buttonClass('ghost')}
        >
          <Icon name="download" />
          {t('stories.save')}
        </a>
      )}
      <LinkButton to="/story?modifier=1" variant="secondary" icon="edit" replace>
        {t('stories.edit')}
      </LinkButton>
    </div>
  );
}
