import type { ChangeEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useT } from '../../../i18n';
import { UserError } from '../../../i18n/errors';
import { Button, buttonClass } from '../../../ui/button';
import { useFormErrors } from '../../../ui/form-errors';
import { Icon } from '../../../ui/icon';
import { deletePhoto, savePhoto } from '../commands';
import { COLOURS, EMOJIS, useStoryDraft } from '../draft-store';
import { getPhoto } from '../queries';
import { downsizePhoto } from '../story-client';
import { useObjectUrl } from '../../../ui/use-object-url';

// 48 px at least, and never squeezed below it: the row wraps on a narrow phone instead.
const swatch =
  'relative flex size-11 items-center justify-center justify-self-center rounded-full border-4 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-600';

/** A photo from the camera, or a colour with a large emoji. */
export function BackgroundPicker() {
  const t = useT();
  const draft = useStoryDraft((s) => s.draft);
  const update = useStoryDraft((s) => s.update);
  const { run, busy } = useFormErrors(t);
  const photo = useLiveQuery(
    () => (draft.photoId ? getPhoto(db, draft.photoId) : Promise.resolve(null)),
    [draft.photoId],
  );
  const photoUrl = useObjectUrl(draft.usePhoto ? photo?.blob : null);

  const takePhoto = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    void run(async () => {
      // Only the downsized copy is kept: a camera photo is 3–12 MP, the story needs 1080 px.
      const small = await downsizePhoto(file).catch((error: unknown) => {
        console.error(error);
        throw new UserError('stories.photoUnreadable');
      });
      const photoId = await savePhoto(db, small, draft.photoId);
      update({ photoId, usePhoto: true });
    });
  };

  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 text-base font-semibold text-stone-800">
        {t('stories.background')}
      </legend>
      {draft.usePhoto && photoUrl && (
        <img
          src={photoUrl}
          alt={t('stories.photoAlt')}
          className="h-40 w-full rounded-2xl object-cover"
        />
      )}
      <label className={buttonClass('secondary', busy ? 'opacity-60' : '')} aria-busy={busy}>
        <Icon name="image" />
        {busy
          ? t('stories.photoBusy')
          : draft.usePhoto
            ? t('stories.retakePhoto')
            : t('stories.takePhoto')}
        <input
          type="file"
          accept="image/*"
          capture="environment"
          className="sr-only"
          onChange={takePhoto}
          disabled={busy}
        />
      </label>
      {draft.usePhoto ? (
        <Button
          variant="ghost"
          onClick={() =>
            void run(async () => {
              if (draft.photoId) await deletePhoto(db, draft.photoId);
              update({ usePhoto: false, photoId: undefined });
            })
          }
        >
          {t('stories.removePhoto')}
        </Button>
      ) : (
        <>
          <div
            role="radiogroup"
            aria-label={t('stories.colour')}
            className="grid grid-cols-[repeat(auto-fill,minmax(2.75rem,1fr))] gap-1"
          >
            {COLOURS.map((c) => (
              <label
                key={c.key}
                className={`${swatch} ${draft.color === c.value ? 'border-stone-900' : 'border-white'}`}
                style={{ backgroundColor: c.value }}
              >
                <input
                  type="radio"
                  name="story-colour"
                  className="absolute inset-0 cursor-pointer opacity-0"
                  checked={draft.color === c.value}
                  onChange={() => update({ color: c.value })}
                  aria-label={t(`stories.color.${c.key}`)}
                />
                {draft.color === c.value && <Icon name="check" className="size-6 text-white" />}
              </label>
            ))}
          </div>
          <div
            role="radiogroup"
            aria-label={t('stories.emoji')}
            className="grid grid-cols-[repeat(auto-fill,minmax(2.75rem,1fr))] gap-1"
          >
            {EMOJIS.map((emoji) => (
              <label
                key={emoji}
                className={`relative flex min-h-11 items-center justify-center rounded-xl border-2 text-3xl has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-600 ${
                  draft.emoji === emoji ? 'border-brand-700 bg-brand-100' : 'border-transparent'
                }`}
              >
                <input
                  type="radio"
                  name="story-emoji"
                  className="absolute inset-0 cursor-pointer opacity-0"
                  checked={draft.emoji === emoji}
                  onChange={() => update({ emoji })}
                  aria-label={emoji}
                />
                <span aria-hidden="true">{emoji}</span>
              </label>
            ))}
          </div>
        </>
      )}
    </fieldset>
  );
}
