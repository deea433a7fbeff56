import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import '../index.css';
import { listenForInstallPrompt } from '../pwa/install';
import { AppRoutes } from './router';
import { readStart } from './start';

// Chrome offers installation once, early: the listener is set before anything else.
listenForInstallPrompt();

// The first screen's reads start now: IndexedDB opens while React renders its tree.
const start = readStart();

/**
 * This module loads `async` (index.html): it runs as soon as it arrives, while the page is still
 * being parsed, so the reads above start before the start frame is drawn rather than after. The
 * root is the body's first element: it is there unless the script came first, then the app
 * mounts once the page is parsed.
 */
function mount(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  // A transition: React renders the first screen in slices, yielding to the browser every few
  // milliseconds, instead of one long task that keeps a tap waiting (and that Lighthouse counts).
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '')}>
          <AppRoutes start={start} />
        </BrowserRouter>
      </StrictMode>,
    );
  });
}

if (document.getElementById('root')) mount();
else document.addEventListener('DOMContentLoaded', mount, { once: true });
