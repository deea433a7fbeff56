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
