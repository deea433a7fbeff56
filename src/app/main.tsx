import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import '../index.css';
import { listenForInstallPrompt } from '../pwa/install';
import { AppRoutes } from './router';
import { readStart } from './start';
import { seedDockHeights } from '../ui/dock';
import { startFrameDock } from './start-frame-boot';

// Chrome offers installation once, early: the listener is set before anything else.
listenForInstallPrompt();

// The first screen's reads start now: IndexedDB opens while React renders its tree.
const start = readStart();

// The bars' heights as the start frame measured them: the first screen is placed right at once.
seedDockHeights(startFrameDock());

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

// Once the start's reads are in (IndexedDB opened from index.html's head, during the parse),
// React draws the first screen whole in one go: no suspended first try to throw away, no yields
// between slices (about 30 ms of a launch at 6× CPU).
void start.then((data) => {
  createRoot(root).render(
    <StrictMode>
      <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '')}>
        <AppRoutes start={data} />
      </BrowserRouter>
    </StrictMode>,
  );
});
