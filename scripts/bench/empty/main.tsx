// The benchmark's yardstick: the same React and the same build, with nothing of the app. Its
// app-ready is what "as fast as an empty page" means on this machine at this moment. It
// registers a service worker like the app's (precache, navigation fallback, clients claimed),
// so that its home-screen launch is served from the same kind of cache.
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Hello() {
  useEffect(() => {
    performance.mark('app-ready');
    navigator.serviceWorker?.register('./sw.js').catch((error: unknown) => console.error(error));
  }, []);
  return <h1>Hello</h1>;
}

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
createRoot(root).render(
  <StrictMode>
    <Hello />
  </StrictMode>,
);
