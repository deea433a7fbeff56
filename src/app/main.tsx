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
