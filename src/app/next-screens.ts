/**
 * The screens one tap from the home (a card, a sale, Crédits, the messages), fetched from the
 * service worker's cache as soon as the first screen is drawn (router.tsx). The build asks V8 to
 * compile their code whole as it arrives, as the first screen's (scripts/compile-hints-plugin.ts
 * reads this module's imports): the first tap after a launch does not wait for their functions
 * to compile one at a time.
 */
export function prefetchNextScreens(): void {
  void import('./customer-page');
  void import('./sale-page');
  void import('../features/credit/components/credits-screen');
  void import('../features/outbox/components/outbox-screen');
}
