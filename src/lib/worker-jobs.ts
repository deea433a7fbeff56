/**
 * Work sent to a dedicated worker (drawing and encoding an image) so a slow phone's screen stays
 * responsive, with a way back to the main thread where no worker can run. Used by the Status
 * images and the credit statement; each keeps its own worker file, which `start` creates (Vite
 * needs the `new Worker(new URL(…))` written where the worker lives).
 */

type Message<T> = T & { id: number };
type Reply<R> = { id: number; ok: true; result: R } | { id: number; ok: false; error: string };

export interface WorkerJobs<Q, R> {
  /** The job in the worker; null where no worker runs (the caller then works on this thread). */
  run(request: Q): Promise<R> | null;
  /** False once the worker failed to start: its failures mean "draw on this thread". */
  alive(): boolean;
}

/** `start` returns the worker, or null where the browser cannot run it (no OffscreenCanvas…). */
export function workerJobs<Q extends object, R>(start: () => Worker | null): WorkerJobs<Q, R> {
  let worker: Worker | null | undefined;
  let nextId = 1;
  const jobs = new Map<number, { ok: (r: R) => void; fail: (e: Error) => void }>();

  function get(): Worker | null {
    if (worker !== undefined) return worker;
    worker = start();
    if (!worker) return null;
    worker.onmessage = (e: MessageEvent<Reply<R>>) => {
      const job = jobs.get(e.data.id);
      if (!job) return;
      jobs.delete(e.data.id);
      if (e.data.ok) job.ok(e.data.result);
      else job.fail(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      // The worker script itself failed (old browser, blocked): from now on, this thread draws.
      e.preventDefault();
      worker?.terminate();
      worker = null;
      for (const job of jobs.values()) job.fail(new Error(`worker: ${e.message}`));
      jobs.clear();
    };
    return worker;
  }

  return {
    run(request) {
      const w = get();
      if (!w) return null;
      const id = nextId++;
      return new Promise((ok, fail) => {
        jobs.set(id, { ok, fail });
        w.postMessage({ ...request, id } as Message<Q>);
      });
    },
    alive: () => Boolean(worker),
  };
}

/** Inside a worker: answers each request with `handle`'s result or its error's message. */
export function serveJobs<Q extends object, R>(handle: (request: Q) => Promise<R>): void {
  // The app's tsconfig has the DOM library, not WebWorker: name the two members used here.
  const scope = self as unknown as {
    onmessage: ((e: MessageEvent<Message<Q>>) => void) | null;
    postMessage: (message: Reply<R>) => void;
  };
  scope.onmessage = (e) => {
    const { id } = e.data;
    handle(e.data).then(
      (result) => scope.postMessage({ id, ok: true, result }),
      (error: unknown) =>
        scope.postMessage({
          id,
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
  };
}

/** True where a worker can draw: Worker and OffscreenCanvas with convertToBlob. */
export function offscreenWorks(): boolean {
  return (
    typeof Worker !== 'undefined' &&
    typeof OffscreenCanvas !== 'undefined' &&
    'convertToBlob' in OffscreenCanvas.prototype
  );
}
