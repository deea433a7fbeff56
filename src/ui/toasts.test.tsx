// @vitest-environment jsdom
import { useLayoutEffect, useRef } from 'react';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useNavigate } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ARRIVAL_WAIT_MS,
  newsWaiting,
  showNews,
  showOnNextScreen,
  showToast,
  useUiStore,
  visibleToasts,
} from './store';
import { Arrivals, Toasts } from './toasts';

// jsdom measures nothing: the dock's heights stay 0 here (the e2e tests check the layout).
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

/** Lets the microtask that ties a message to its screen run. */
const settle = () => act(async () => {});

beforeEach(() => {
  useUiStore.setState({ toasts: [] });
  window.history.replaceState(null, '');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the messages at the bottom of the screen', () => {
  it('a new message takes the place of the one before: the latest is what she just did', () => {
    showToast({ text: 'Crédit enregistré', tone: 'success' });
    showToast({ text: 'Rappel ajouté aux messages à envoyer.', tone: 'success' });
    const { toasts } = useUiStore.getState();
    expect(visibleToasts(toasts).map((t) => t.text)).toEqual([
      'Rappel ajouté aux messages à envoyer.',
    ]);
    // Nothing older waits behind it to show later, out of its moment.
    expect(toasts).toHaveLength(1);
  });

  it('the app’s own news waits its turn: it never wipes what she just did', () => {
    showToast({ text: 'Vente annulée', tone: 'info' });
    showToast({ text: 'Réseau revenu : 2 messages prêts à envoyer.', tone: 'success', app: true });
    const { toasts, dismissToast } = useUiStore.getState();
    expect(visibleToasts(toasts).map((t) => t.text)).toEqual(['Vente annulée']);
    dismissToast(toasts[0]!.id);
    expect(visibleToasts(useUiStore.getState().toasts).map((t) => t.text)).toEqual([
      'Réseau revenu : 2 messages prêts à envoyer.',
    ]);
  });

  it('a later message never takes the place of an undo: both show', () => {
    showToast({ text: 'Vente enregistrée', tone: 'success', undo: true, duration: 8000 });
    showToast({ text: 'Cadeau enregistré', tone: 'success' });
    showToast({ text: 'Hors ligne', tone: 'info' });
    expect(visibleToasts(useUiStore.getState().toasts).map((t) => t.text)).toEqual([
      'Vente enregistrée',
      'Hors ligne',
    ]);
  });

  it('a new screen closes the messages of the screen before, but not an undo', async () => {
    window.history.replaceState({ key: 'card' }, '');
    showToast({ text: 'Vente enregistrée', tone: 'success', undo: true });
    showToast({ text: 'Client enregistré', tone: 'success' });
    showToast({ text: 'Réseau revenu : 2 messages prêts à envoyer.', tone: 'success', app: true });
    await settle();
    useUiStore.getState().enterScreen('products');
    expect(useUiStore.getState().toasts.map((t) => t.text)).toEqual([
      'Vente enregistrée',
      'Réseau revenu : 2 messages prêts à envoyer.',
    ]);
  });

  it('a message shown just before a navigation belongs to the screen it leads to', async () => {
    window.history.replaceState({ key: 'form' }, '');
    showToast({ text: 'Produit enregistré', tone: 'success' });
    // navigate() writes the new history entry in the same task as the message.
    window.history.pushState({ key: 'list' }, '');
    await settle();
    useUiStore.getState().enterScreen('list');
    expect(useUiStore.getState().toasts.map((t) => t.text)).toEqual(['Produit enregistré']);
  });
});

function GoButton() {
  const navigate = useNavigate();
  return <button onClick={() => navigate('/produits')}>go</button>;
}

/** The docked messages alone, on a screen of their own. */
function renderToasts() {
  render(
    <MemoryRouter>
      <Toasts closeLabel="Fermer" />
    </MemoryRouter>,
  );
}

describe('<Toasts>', () => {
  it('a message that comes while her finger is down waits for it to lift: it never takes her tap', async () => {
    vi.useFakeTimers();
    renderToasts();
    const saw = vi.fn();
    const button = document.body.appendChild(document.createElement('button'));
    button.addEventListener('click', saw);
    act(() => {
      button.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    });
    act(() => {
      showToast({
        text: 'Réseau revenu : 2 messages prêts à envoyer.',
        tone: 'success',
        app: true,
      });
    });
    await settle();
    expect(screen.queryByText('Réseau revenu : 2 messages prêts à envoyer.')).toBeNull();
    // She lifts her finger: her tap lands on the button, then the message shows.
    act(() => {
      button.dispatchEvent(new Event('pointerup', { bubbles: true }));
      button.click();
    });
    expect(saw).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Réseau revenu : 2 messages prêts à envoyer.')).toBeNull();
    act(() => vi.advanceTimersByTime(0));
    expect(screen.getByText('Réseau revenu : 2 messages prêts à envoyer.')).toBeTruthy();
    button.remove();
  });

  it('a finger resting on the screen does not hold the messages for long', async () => {
    vi.useFakeTimers();
    renderToasts();
    act(() => {
      window.dispatchEvent(new Event('pointerdown'));
      showToast({ text: 'Réglages enregistrés', tone: 'success' });
    });
    await settle();
    expect(screen.queryByText('Réglages enregistrés')).toBeNull();
    act(() => vi.advanceTimersByTime(1600));
    expect(screen.getByText('Réglages enregistrés')).toBeTruthy();
  });

  it("keeps a sale's Annuler its whole time while later messages come and go", async () => {
    vi.useFakeTimers();
    renderToasts();
    const undo = vi.fn();
    act(() => {
      showToast({
        text: 'Vente enregistrée : 1 500 FCFA',
        tone: 'success',
        undo: true,
        duration: 8000,
        action: { label: 'Annuler', run: undo },
      });
    });
    await settle();
    act(() => vi.advanceTimersByTime(1000));
    act(() => {
      showToast({ text: 'Cadeau enregistré', tone: 'success', duration: 4000 });
    });
    await settle();
    expect(screen.getByText('Cadeau enregistré')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Annuler' })).toBeTruthy();
    act(() => vi.advanceTimersByTime(4500));
    expect(screen.queryByText('Cadeau enregistré')).toBeNull();
    // 5.5 s after the sale: the undo is still there, and still works.
    expect(screen.getByRole('button', { name: 'Annuler' })).toBeTruthy();
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByRole('button', { name: 'Annuler' })).toBeTruthy();
    act(() => vi.advanceTimersByTime(600));
    expect(screen.queryByRole('button', { name: 'Annuler' })).toBeNull();
    expect(undo).not.toHaveBeenCalled();
  });

  it('closes a plain message when the seller moves to another screen', async () => {
    render(
      <MemoryRouter>
        <GoButton />
        <Toasts closeLabel="Fermer" />
      </MemoryRouter>,
    );
    act(() => {
      showToast({ text: 'Réglages enregistrés', tone: 'success' });
      showToast({ text: 'Vente enregistrée', tone: 'success', undo: true, duration: 8000 });
    });
    await settle();
    expect(screen.getByText('Réglages enregistrés')).toBeTruthy();
    act(() => screen.getByRole('button', { name: 'go' }).click());
    await settle();
    expect(screen.queryByText('Réglages enregistrés')).toBeNull();
    expect(screen.getByText('Vente enregistrée')).toBeTruthy();
  });
});

/** What each screen held in its first commit (read by a layout effect of that commit). */
const firstCommit = new Map<string, string>();
function FirstCommit({ name }: { name: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    firstCommit.set(name, ref.current?.parentElement?.textContent ?? '');
  }, [name]);
  return <span ref={ref} />;
}

/** A screen as `Screen` draws it: its arrivals at the top of its flow, then its content. */
function Page({ name, go }: { name: string; go?: () => void }) {
  const navigate = useNavigate();
  return (
    <main data-testid={name}>
      <Arrivals />
      <FirstCommit name={name} />
      <button
        onClick={() => {
          // A sheet closing through the address: the same screen, another history entry.
          showToast({ text: 'Paiement enregistré', tone: 'success' });
          navigate(`?sheet=${Math.random()}`, { replace: true });
        }}
      >
        {`payer ${name}`}
      </button>
      <button
        onClick={() => {
          go?.();
          navigate(name === 'vente' ? '/carte' : '/');
        }}
      >
        {`quitter ${name}`}
      </button>
      <button onClick={() => navigate(-1)}>{`retour ${name}`}</button>
    </main>
  );
}

function App({ go }: { go?: () => void }) {
  return (
    <MemoryRouter initialEntries={['/vente']}>
      <Routes>
        <Route path="/vente" element={<Page name="vente" go={go} />} />
        <Route path="/carte" element={<Page name="carte" />} />
        <Route path="/" element={<Page name="accueil" />} />
      </Routes>
      <div data-testid="over">
        <Toasts closeLabel="Fermer" />
      </div>
    </MemoryRouter>
  );
}

describe('the messages that come with a screen', () => {
  const sale = () =>
    showToast({
      text: 'Vente enregistrée : 500 FCFA',
      tone: 'success',
      undo: true,
      duration: 8000,
      action: { label: 'Annuler', run: () => undefined },
    });

  it('lie at the top of the screen they lead to, not over it, and keep their room', async () => {
    vi.useFakeTimers();
    render(<App go={sale} />);
    act(() => screen.getByRole('button', { name: 'quitter vente' }).click());
    await settle();
    const card = screen.getByTestId('carte');
    expect(within(card).getByText('Vente enregistrée : 500 FCFA')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Annuler' })).toBeTruthy();
    expect(within(screen.getByTestId('over')).queryByText(/Vente enregistrée/)).toBeNull();
    // Its time over: the words stay where they were, the button is gone (its room kept).
    act(() => vi.advanceTimersByTime(8100));
    expect(within(card).getByText('Vente enregistrée : 500 FCFA')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Annuler' })).toBeNull();
    expect(document.querySelector('[data-toast]')).toBeNull();
    // Leaving the screen takes it away.
    act(() => screen.getByRole('button', { name: 'quitter carte' }).click());
    await settle();
    expect(screen.queryByText(/Vente enregistrée/)).toBeNull();
    expect(useUiStore.getState().toasts).toEqual([]);
  });

  it('Back to a screen draws what lay in its flow again, spent, in its first frame: nothing below it moved', async () => {
    vi.useFakeTimers();
    render(<App go={sale} />);
    act(() => screen.getByRole('button', { name: 'quitter vente' }).click());
    await settle();
    act(() => vi.advanceTimersByTime(8100));
    act(() => screen.getByRole('button', { name: 'quitter carte' }).click());
    await settle();
    expect(screen.queryByText('Vente enregistrée : 500 FCFA')).toBeNull();
    firstCommit.delete('carte');
    act(() => screen.getByRole('button', { name: 'retour accueil' }).click());
    await settle();
    const card = screen.getByTestId('carte');
    expect(firstCommit.get('carte')).toContain('Vente enregistrée : 500 FCFA');
    expect(within(card).getByText('Vente enregistrée : 500 FCFA')).toBeTruthy();
    // As she left it: its time over, no Annuler, nothing over the screen.
    expect(within(card).queryByRole('button', { name: 'Annuler' })).toBeNull();
    expect(document.querySelector('[data-toast]')).toBeNull();
    // A new visit (not Back) is another screen: nothing.
    act(() => screen.getByRole('button', { name: 'quitter carte' }).click());
    await settle();
    act(() => screen.getByRole('button', { name: 'quitter accueil' }).click());
    await settle();
    expect(screen.queryByText('Vente enregistrée : 500 FCFA')).toBeNull();
  });

  it('Back to a screen whose undo still runs shows it once, live', async () => {
    render(<App go={sale} />);
    act(() => screen.getByRole('button', { name: 'quitter vente' }).click());
    await settle();
    act(() => screen.getByRole('button', { name: 'quitter carte' }).click());
    await settle();
    act(() => screen.getByRole('button', { name: 'retour accueil' }).click());
    await settle();
    const card = screen.getByTestId('carte');
    expect(within(card).getAllByText('Vente enregistrée : 500 FCFA')).toHaveLength(1);
    expect(within(card).getByRole('button', { name: 'Annuler' })).toBeTruthy();
  });

  it('an undo still running goes into the next screen’s flow; its Annuler struck once used', async () => {
    render(<App go={sale} />);
    act(() => screen.getByRole('button', { name: 'quitter vente' }).click());
    await settle();
    act(() => screen.getByRole('button', { name: 'quitter carte' }).click());
    await settle();
    const home = screen.getByTestId('accueil');
    act(() => within(home).getByRole('button', { name: 'Annuler' }).click());
    const words = within(home).getByText('Vente enregistrée : 500 FCFA');
    expect(words.className).toContain('line-through');
    expect(within(home).queryByRole('button', { name: 'Annuler' })).toBeNull();
  });

  it('a sheet closing through the address is the same screen: its message lies over it, nothing in the flow moves', async () => {
    render(<App go={sale} />);
    act(() => screen.getByRole('button', { name: 'quitter vente' }).click());
    await settle();
    const card = screen.getByTestId('carte');
    act(() => within(card).getByRole('button', { name: 'payer carte' }).click());
    await settle();
    expect(within(screen.getByTestId('over')).getByText('Paiement enregistré')).toBeTruthy();
    expect(within(card).queryByText('Paiement enregistré')).toBeNull();
    // The sale's message, which came with the card, keeps its place and its Annuler.
    expect(within(card).getByText('Vente enregistrée : 500 FCFA')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Annuler' })).toBeTruthy();
  });

  it('a message for the screen a navigation leads to is drawn first there, never over the screen she leaves', async () => {
    const docked: string[] = [];
    const stop = useUiStore.subscribe((s) => {
      for (const t of s.toasts) if (t.placed === undefined) docked.push(t.text);
    });
    const saleInput = {
      text: 'Vente enregistrée : 500 FCFA',
      tone: 'success' as const,
      undo: true,
      duration: 8000,
      action: { label: 'Annuler', run: () => undefined },
    };
    render(<App go={() => showOnNextScreen(saleInput)} />);
    act(() => screen.getByRole('button', { name: 'quitter vente' }).click());
    await settle();
    stop();
    const card = screen.getByTestId('carte');
    expect(within(card).getByText('Vente enregistrée : 500 FCFA')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Annuler' })).toBeTruthy();
    expect(docked).toEqual([]);
    // In the screen's first commit already: what is below it is never drawn higher first.
    expect(firstCommit.get('carte')).toContain('Vente enregistrée : 500 FCFA');
  });

  it('a message for a next screen that never comes shows where she is, a moment later', async () => {
    vi.useFakeTimers();
    render(<App />);
    await settle();
    act(() => {
      showOnNextScreen({ text: 'Vente enregistrée : 500 FCFA', tone: 'success', undo: true });
    });
    expect(screen.queryByText('Vente enregistrée : 500 FCFA')).toBeNull();
    act(() => vi.advanceTimersByTime(ARRIVAL_WAIT_MS));
    expect(
      within(screen.getByTestId('over')).getByText('Vente enregistrée : 500 FCFA'),
    ).toBeTruthy();
  });

  it('shown where she is after its wait, it is that screen’s message: the next screen closes it', async () => {
    vi.useFakeTimers();
    render(<App />);
    await settle();
    act(() => {
      showOnNextScreen({ text: 'Cadeau enregistré', tone: 'success', duration: 0 });
    });
    act(() => vi.advanceTimersByTime(ARRIVAL_WAIT_MS));
    await settle();
    expect(within(screen.getByTestId('over')).getByText('Cadeau enregistré')).toBeTruthy();
    act(() => screen.getByRole('button', { name: 'quitter vente' }).click());
    await settle();
    expect(screen.queryByText('Cadeau enregistré')).toBeNull();
  });

  it('a message that comes while she is on the screen lies over it, at the bottom', async () => {
    render(<App />);
    await settle();
    act(() => {
      showToast({ text: 'Réglages enregistrés', tone: 'success' });
    });
    await settle();
    expect(within(screen.getByTestId('over')).getByText('Réglages enregistrés')).toBeTruthy();
    expect(within(screen.getByTestId('vente')).queryByText('Réglages enregistrés')).toBeNull();
  });
});

describe('the app’s own news ("Prêt à fonctionner hors ligne")', () => {
  const offline = {
    text: 'Prêt à fonctionner hors ligne',
    tone: 'success' as const,
    duration: 6000,
  };

  it('never shows over the screen she is on: it lies at the top of the next one, from its first frame', async () => {
    vi.useFakeTimers();
    render(<App />);
    await settle();
    act(() => {
      showNews(offline);
    });
    await settle();
    // However long she stays: nothing over her screen, nothing pushed into it.
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.queryByText('Prêt à fonctionner hors ligne')).toBeNull();
    act(() => screen.getByRole('button', { name: 'quitter vente' }).click());
    await settle();
    const card = screen.getByTestId('carte');
    expect(within(card).getByText('Prêt à fonctionner hors ligne')).toBeTruthy();
    expect(firstCommit.get('carte')).toContain('Prêt à fonctionner hors ligne');
    expect(within(screen.getByTestId('over')).queryByText(/hors ligne/)).toBeNull();
    expect(newsWaiting()).toEqual([]);
  });

  it('said once: leaving that screen takes it away, it does not follow her over the next', async () => {
    render(<App />);
    await settle();
    act(() => {
      showNews(offline);
    });
    act(() => screen.getByRole('button', { name: 'quitter vente' }).click());
    await settle();
    act(() => screen.getByRole('button', { name: 'quitter carte' }).click());
    await settle();
    expect(screen.queryByText('Prêt à fonctionner hors ligne')).toBeNull();
    expect(useUiStore.getState().toasts).toEqual([]);
  });

  it('news that comes while a screen is being drawn waits for the screen after it', () => {
    showNews(offline);
    // The screen's first render drew nothing of it.
    useUiStore.getState().claimArrivals('screen-1', 'entry-1', []);
    expect(useUiStore.getState().toasts).toEqual([]);
    expect(newsWaiting().map((t) => t.text)).toEqual(['Prêt à fonctionner hors ligne']);
    useUiStore.getState().claimArrivals('screen-2', 'entry-2', [...newsWaiting()]);
    expect(useUiStore.getState().toasts.map((t) => [t.text, t.placed])).toEqual([
      ['Prêt à fonctionner hors ligne', 'screen-2'],
    ]);
  });
});
