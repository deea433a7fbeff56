// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Where, where } from '../test/where';
import { Link } from './link';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from './store';
import { useLeave } from './use-leave';

/** A command that takes a moment (a write on a slow phone), then leaves for her card. */
let finish: () => void = () => undefined;
function Sale() {
  const leave = useLeave();
  return (
    <>
      <button
        type="button"
        onClick={() => {
          void new Promise<void>((resolve) => (finish = resolve)).then(() =>
            leave('/card', {
              replace: true,
              message: { text: 'Vente enregistrée', tone: 'success' },
            }),
          );
        }}
      >
        save
      </button>
      <Link to="/clients">clients</Link>
    </>
  );
}

function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/" element={<Sale />} />
        <Route path="/clients" element={<p>list</p>} />
        <Route path="/card" element={<p>card</p>} />
      </Routes>
      <Where />
    </BrowserRouter>
  );
}

const shown = () => useUiStore.getState().toasts.map((t) => t.text);

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  useUiStore.setState({ toasts: [] });
});
afterEach(cleanup);

describe('leaving a screen once its command is done', () => {
  it('goes on when she is still on the screen', async () => {
    render(<App />);
    fireEvent.click(screen.getByText('save'));
    await act(async () => finish());
    expect(where()).toBe('/card');
    // Its message waits for her card's first frame (ui/toasts.tsx, Arrivals): nothing drawn yet.
    expect(shown()).toEqual([]);
  });

  it('stays where she went meanwhile, and keeps that screen in her history', async () => {
    render(<App />);
    fireEvent.click(screen.getByText('save'));
    // She taps Clients while the sale is written.
    fireEvent.click(screen.getByText('clients'));
    await act(async () => finish());
    expect(where()).toBe('/clients');
    expect(window.location.pathname).toBe('/clients');
    // No next screen comes: its message shows where she is, at once.
    expect(shown()).toEqual(['Vente enregistrée']);
  });
});
