import { startTransition, useContext, type AnchorHTMLAttributes } from 'react';
import { UNSAFE_NavigationContext as NavigationContext, parsePath } from 'react-router';

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

/** A path of the app from its root: every link of the app is one (no relative links). */
export type AppPath = `/${string}`;

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** A path of the app, from its root ("/clients/…?…"); the base path is added here. */
  to: AppPath;
  /** Replace the current entry of the history (by default: when the path is the current one). */
  replace?: boolean;
  state?: unknown;
}

/**
 * A link to a screen of the app. What React Router's Link does for an app whose links are all
 * absolute, and not more: its href (base path added) and, on a plain tap, a navigation through
 * the router's history (in a transition, as the router's own). React Router's Link runs about
 * twenty hooks per link (it resolves a relative path against the route's matches, twice, and
 * prepares prefetching, which a single-page app without loaders never uses); a card, a list or a
 * search draws dozens of links, and a screen she leaves takes them all down again.
 *
 * For screens that read before they open, their reads begin when her finger touches the link,
 * and the screen opens once they are in (afterPrepared). A click that opens a new tab, or with a
 * modifier, is the browser's.
 */
export function Link({ to, replace, state, target, onClick, onPointerDown, ...rest }: LinkProps) {
  const { basename, navigator } = useContext(NavigationContext);
  const path = parsePath(withBase(basename, to));
  const href = navigator.createHref(path);
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onPointerDown={(e) => {
        onPointerDown?.(e);
        void prepare(to);
      }}
      onClick={(e) => {
        onClick?.(e);
        const plain =
          e.button === 0 && !e.metaKey && !e.altKey && !e.ctrlKey && !e.shiftKey && !target;
        if (e.defaultPrevented || !plain) return;
        e.preventDefault();
        const go = () => {
          const here = window.location.pathname + window.location.search + window.location.hash;
          startTransition(() => {
            if (replace ?? here === href) navigator.replace(path, state);
            else navigator.push(path, state);
          });
        };
        const ready = prepare(to);
        if (!ready) go();
        else whenReady(ready, (stillHere) => stillHere && go());
      }}
    />
  );
}

/**
 * The router's base path ("/assoh" when built for a sub-path; "/" otherwise) before one of the
 * app's paths, as React Router joins them.
 */
function withBase(basename: string, path: AppPath): string {
  if (basename === '/') return path;
  return path === '/' ? basename : basename.replace(/\/$/, '') + path;
}
