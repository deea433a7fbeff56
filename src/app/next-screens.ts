/**
 * The screens one tap from the home (a card, a sale, Crédits, the messages): the router's
 * loaders for them, which it runs as soon as the first screen is drawn (router.tsx), so that
 * the first tap draws its screen at once. The build puts them in one chunk, with what they
 * import beyond the first route (vite.config.ts), and asks V8 to compile their code whole as
 * it arrives, as the first screen's (scripts/compile-hints-plugin.ts reads this module's
 * imports): the first tap after a launch does not wait for their functions to compile one at
 * a time.
 */
export const nextScreens = {
  customer: () => import('./customer-page'),
  sale: () => import('./sale-page'),
  credits: () => import('../features/credit/components/credits-screen'),
  outbox: () => import('../features/outbox/components/outbox-screen'),
};
