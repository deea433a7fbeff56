import { newId, type AssohDB } from '../../db/db';
import { deleteRows } from '../../db/tombstones';
import { UserError } from '../../i18n/errors';
import { PHOTO_MAX_SIDE } from './layout';

/** A downsized photo is a few hundred KB; anything much bigger was not downsized. */
export const PHOTO_MAX_BYTES = 1_500_000;

export interface PhotoInput {
  blob: Blob;
  width: number;
  height: number;
}

/**
 * Keeps a story background photo, already downsized, as a small Blob in its own table. The
 * photo it replaces (`replaces`: the story's previous one) is used by nothing else: it goes in
 * the same transaction, so photos never pile up unseen.
 */
export async function savePhoto(
  db: AssohDB,
  input: PhotoInput,
  replaces?: string,
): Promise<string> {
  if (!input.blob.type.startsWith('image/')) throw new UserError('stories.photoNotImage');
  if (
    input.blob.size > PHOTO_MAX_BYTES ||
    Math.max(input.width, input.height) > PHOTO_MAX_SIDE ||
    !(input.width > 0 && input.height > 0)
  ) {
    throw new UserError('stories.photoTooBig');
  }
  const now = Date.now();
  const id = newId();
  await db.transaction('rw', db.photos, db.tombstones, async () => {
    await db.photos.add({
      id,
      blob: input.blob,
      width: input.width,
      height: input.height,
      createdAt: now,
      updatedAt: now,
    });
    if (replaces) await deleteRows(db, 'photos', [replaces], now);
  });
  return id;
}

/** The story's photo taken off (or the story started afresh): nothing uses it any more. */
export async function deletePhoto(db: AssohDB, id: string): Promise<void> {
  await db.transaction('rw', db.photos, db.tombstones, () => deleteRows(db, 'photos', [id]));
}
