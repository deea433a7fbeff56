import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import '../index.css';
import { rememberedLanguage, setLanguage } from '../i18n';
import { listenForInstallPrompt } from '../pwa/install';
import { AppRoutes } from './router';

listenForInstallPrompt();

// A seller who chose English gets it from the first frame, not after the settings are read.
if (rememberedLanguage() === 'en') await setLanguage('en');

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '')}>
      <AppRoutes />
    </BrowserRouter>
  </StrictMode>,
);
