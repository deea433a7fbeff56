/**
 * The story worker: draws and encodes on an OffscreenCanvas so the screen stays responsive on a
 * slow phone while a 1080×1920 JPEG is made, and downsizes camera photos the same way.
 */
import { downscalePhoto, renderStoryBlob } from './render';
import type { WorkerRequest, WorkerResponse } from './story-protocol';

// The app's tsconfig has the DOM library, not WebWorker: name the two members used here.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerResponse) => void;
};

scope.onmessage = (e) => {
  const req = e.data;
  const job =
    req.kind === 'render' ? renderStoryBlob(req.spec, req.photo) : downscalePhoto(req.file);
  job.then(
    (result) => scope.postMessage({ id: req.id, ok: true, result }),
    (error: unknown) =>
      scope.postMessage({
        id: req.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
};
