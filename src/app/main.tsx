import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import '../index.css';
import { rememberedLanguage, setLanguage } from '../i18n';
import { listenForInstallPrompt } from '../pwa/install';
import { AppRoutes } from './router';

listenForInstallPrompt();

// A seller who chose another language gets it from the first frame, not after the settings are read.
const remembered = rememberedLanguage();
if (remembered && remembered !== 'fr') await setLanguage(remembered);

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '')}>
      <AppRoutes />
    </BrowserRouter>
  </StrictMode>,
);
