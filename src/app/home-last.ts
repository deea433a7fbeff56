import type { HomeData } from './home-data';

let last: HomeData | undefined;

/** What the home screen last showed (the start's reads, then every refresh): it opens with it. */
export function lastHome(): HomeData | undefined {
  return last;
}

export function rememberHome(home: HomeData): HomeData {
  last = home;
  return home;
}

/**
 * No notebook yet (the first run): its empty figures are not what the home will show once she has
 * set up or restored one; it opens with nothing and draws once its own read is in.
 */
export function forgetHome(): void {
  last = undefined;
}
