// Build time only (scripts/start-frame-plugin.ts loads it through Vite's SSR): the start frames
// of index.html, rendered from the app's own components so that they follow every change of
// the home and setup screens by themselves. Never imported by the app.
import { renderToStaticMarkup } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { loadArea, switchStrings, t } from '../i18n';
import { LANGUAGE_CODES, type Language } from '../lib/languages';
import { SetupScreen } from '../features/settings/components/setup-screen';
import { StaticOnline } from '../ui/use-online';
import { HomeTop } from './home-screen';
import { AppFrame } from './layout';
import { startFrameId, type RenderedFrame } from './start-frame-boot';

const noop = () => undefined;

/** The home screen's top (no name: it is not known yet) in the bottom navigation's frame. */
function HomeFrame() {
  return (
    <AppFrame>
      <HomeTop title={t('home.hello', { name: '' }).trim()} query="" onQuery={noop} />
    </AppFrame>
  );
}

/**
 * The home screen in every language, drawn offline (the boot script drops the strip online);
 * the setup screen in the first visit's language only (`fallback`): nothing else is remembered
 * before the setup is done, and every launch parses these templates.
 */
export async function renderStartFrames(fallback: Language): Promise<RenderedFrame[]> {
  const frames: RenderedFrame[] = [];
  // The setup screen is a lazy screen: it speaks the stall's strings too (router.tsx).
  await loadArea('stall');
  for (const lang of LANGUAGE_CODES) {
    await switchStrings(lang);
    frames.push({
      id: startFrameId('home', lang),
      html: renderToStaticMarkup(
        <StaticOnline value={false}>
          <StaticRouter location="/">
            <HomeFrame />
          </StaticRouter>
        </StaticOnline>,
      ),
    });
    if (lang !== fallback) continue;
    frames.push({
      id: startFrameId('setup', lang),
      html: renderToStaticMarkup(
        <StaticRouter location="/bienvenue">
          <SetupScreen />
        </StaticRouter>,
      ),
    });
  }
  return frames;
}
