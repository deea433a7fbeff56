// The benchmark's yardstick: the same React and the same build, with nothing of the app. Its
// app-ready is what "as fast as an empty page" means on this machine at this moment.
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Hello() {
  useEffect(() => {
    performance.mark('app-ready');
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
