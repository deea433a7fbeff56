import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { createPath, useLocation, useNavigate, type NavigateOptions, type To } from 'react-router';
import { afterPrepared } from './link';
import { currentScreen, showOnNextScreen, showToast, type ToastInput } from './store';

export interface LeaveOptions extends NavigateOptions {
  /**
   * What she just did, said on the screen it leads to, in that screen's first frame and its
   * flow (not drawn first over the screen she leaves); where she is if she had already left.
   */
  message?: ToastInput;
}

/**
 * navigate(), for where a screen goes once something it started is done (a sale saved → her
 * card, a customer deleted → Clients): it goes only if the seller is still on that screen. A tap
 * on another screen while the command ran (a write takes a moment on a slow phone) wins: she is
 * not taken back, and the screen she opened is not replaced in her history.
 */
export function useLeave(): (to: To, options?: LeaveOptions) => void {
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
    (to: To, { message, ...options }: LeaveOptions = {}) => {
      const here = () => shown.current && currentScreen() === shownFor.current;
      if (!here()) {
        if (message) showToast(message);
        return;
      }
      // Her card opens whole: its reads first (ui/link.tsx), this screen staying until then.
      afterPrepared(typeof to === 'string' ? to : createPath(to), (stillHere) => {
        const goes = stillHere && here();
        if (goes) void navigate(to, options);
        // After the navigation: the next screen's first frame claims it (ui/store.ts).
        if (message) (goes ? showOnNextScreen : showToast)(message);
      });
    },
    [navigate],
  );
}
