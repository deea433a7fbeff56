import { Link as RouterLink, createPath, useNavigate, type LinkProps } from 'react-router';

/**
 * What a screen reads before it opens, by the path it opens at (her card: who she is, her
 * history and what she owes): undefined for the screens that read nothing first. Set by the app
 * layer (router.tsx), which knows the screens.
 */
type Prepare = (path: string) => Promise<unknown> | undefined;

let prepare: Prepare = () => undefined;

export function prepareScreensWith(fn: Prepare): void {
  prepare = fn;
}

/** The longest a tap waits for its screen's reads: then the screen opens and draws them later. */
export const PREPARE_WAIT_MS = 200;

/**
 * Runs `go` once the screen at `path` has read what it shows, so that it draws whole in the frame
 * it opens with (nothing empty first that fills in and moves), and the screen she leaves stays
 * until then (a few tens of ms). `go(false)` if she went elsewhere meanwhile: the tap that came
 * later wins. Starts the reads if nothing did before (a finger's touch does: `Link`).
 */
export function afterPrepared(path: string, go: (stillHere: boolean) => void): void {
  const ready = prepare(path);
  if (ready) whenReady(ready, go);
  else go(true);
}

/** `go` once `ready` settles or PREPARE_WAIT_MS have passed; false if she went elsewhere. */
function whenReady(ready: Promise<unknown>, go: (stillHere: boolean) => void): void {
  const from = window.location.href;
  let timer = 0;
  const waited = new Promise<void>((resolve) => {
    timer = window.setTimeout(resolve, PREPARE_WAIT_MS);
  });
  void Promise.race([ready.then(noop, noop), waited]).then(() => {
    window.clearTimeout(timer);
    go(window.location.href === from);
  });
}

function noop() {}

/**
 * React Router's Link, for screens that read before they open: their reads begin when her finger
 * touches the link, and the screen opens once they are in (afterPrepared). Every other link, and
 * a click that opens a new tab, is React Router's own.
 */
export function Link({ onClick, onPointerDown, ...props }: LinkProps) {
  const navigate = useNavigate();
  const { to, replace, state, target } = props;
  const path = typeof to === 'string' ? to : createPath(to);
  return (
    <RouterLink
      {...props}
      onPointerDown={(e) => {
        onPointerDown?.(e);
        void prepare(path);
      }}
      onClick={(e) => {
        onClick?.(e);
        const plain =
          e.button === 0 && !e.metaKey && !e.altKey && !e.ctrlKey && !e.shiftKey && !target;
        const ready = e.defaultPrevented || !plain ? undefined : prepare(path);
        if (!ready) return;
        e.preventDefault();
        whenReady(ready, (stillHere) => {
          if (stillHere) void navigate(to, { replace, state });
        });
      }}
    />
  );
}
