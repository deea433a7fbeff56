import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n';
import { Icon } from './icon';
import { recordError } from './error-log';

/**
 * What the seller sees instead of a blank page when a screen fails to draw, a lazy screen's
 * code included (offline, or a deploy that removed it). Nothing here loads lazily and its
 * strings come with the first screen, so it shows whatever failed.
 */
export function ErrorScreen() {
  const t = useT();
  const base = import.meta.env.BASE_URL;
  const big =
    'flex min-h-12 items-center justify-center gap-2 rounded-2xl px-4 py-3 text-lg font-semibold';
  return (
    <main role="alert" className="mx-auto flex max-w-xl flex-col gap-4 px-4 pt-8 pb-24">
      <h1 className="text-2xl font-bold text-stone-900">{t('error.title')}</h1>
      <p className="text-lg text-stone-700">{t('error.body')}</p>
      <button
        type="button"
        className={`${big} bg-brand-700 text-white`}
        onClick={() => window.location.reload()}
      >
        <Icon name="reload" />
        {t('error.reload')}
      </button>
      {/* A full page load: whatever broke in this page's state is left behind. */}
      <a href={`${base}sauvegarde`} className={`${big} border-2 border-brand-700 text-brand-800`}>
        <Icon name="save" />
        {t('error.backup')}
      </a>
    </main>
  );
}

interface Props {
  children: ReactNode;
  /** The screen's path: going to another screen tries again. */
  resetKey?: string;
}

export class ErrorBoundary extends Component<Props, { error: unknown }> {
  state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error);
    recordError(error, `${window.location.pathname}${info.componentStack?.split('\n')[1] ?? ''}`);
  }

  componentDidUpdate(prev: Props) {
    if (this.state.error !== null && prev.resetKey !== this.props.resetKey)
      this.setState({ error: null });
  }

  render() {
    return this.state.error !== null ? <ErrorScreen /> : this.props.children;
  }
}
