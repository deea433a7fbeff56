export function chromiumPath(): string | undefined;
export const CHROMIUM_ARGS: string[];
export const PHONE: {
  viewport: { width: number; height: number };
  screen: { width: number; height: number };
  deviceScaleFactor: number;
  isMobile: boolean;
  hasTouch: boolean;
  locale: string;
  timezoneId: string;
};
