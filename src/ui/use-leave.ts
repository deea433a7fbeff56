import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigate, type NavigateOptions, type To } from 'react-router';

/** The history entry shown now (React Router keeps its key in history.state; 'default' first). */
function entryNow(): string {
  const state = window.history.state as { key?: unknown } | null;
  return typeof state?.key === 'string' ? state.key : 'default';
}

/**
 * navigate(), for where a screen goes once something it started is done (a sale saved → her
 * card, a customer deleted → Clients): it goes only if the seller is still on that screen. A tap
 * on another screen while the command ran (a write takes a moment on a slow phone) wins: she is
 * not taken back, and the screen she opened is not replaced in her history.
 */
export function useLeave(): (to: To, options?: NavigateOptions) => void {
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
      if (!shown.current || entryNow() !== shownFor.current) return;
      void navigate(to, options);
    },
    [navigate],
  );
}
