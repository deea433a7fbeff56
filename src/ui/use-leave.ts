import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigate, type NavigateOptions, type To } from 'react-router';
import { currentScreen } from './store';

/**
 * navigate(), for where a screen goes once something it started is done (a sale saved → her
 * card, a customer deleted → Clients): it goes only if the seller is still on that screen. A tap
 * on another screen while the command ran (a write takes a moment on a slow phone) wins: she is
 * not taken back, and the screen she opened is not replaced in her history. Says whether it went.
 */
export function useLeave(): (to: To, options?: NavigateOptions) => boolean {
  const navigate = useNavigate();
  const { key } = useLocation();
  const shownFor = useRef(key);
  const shown = useRef(false);
  useLayoutEffect(() => {
    shownFor.current = key;
  }, [key]);
  useEffect(() => {
    shown.current = true;
    return () => {
      shown.current = false;
    };
  }, []);
  return useCallback(
    (to: To, options?: NavigateOptions) => {
      if (!shown.current || currentScreen() !== shownFor.current) return false;
      void navigate(to, options);
      return true;
    },
    [navigate],
  );
}
