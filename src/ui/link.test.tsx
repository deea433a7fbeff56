// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Where, where } from '../test/where';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Link, PREPARE_WAIT_MS, prepareScreensWith } from './link';

/** The card's reads: resolved by the test, counted. */
let done: () => void = () => undefined;
let reads = 0;

function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route
          path="/"
          element={
            <>
              <Link to="/card">card</Link>
              <Link to="/list">list</Link>
            </>
          }
        />
        <Route path="/card" element={<p>card</p>} />
        <Route path="/list" element={<p>list</p>} />
      </Routes>
      <Where />
    </BrowserRouter>
  );
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  reads = 0;
  prepareScreensWith((path) => {
    if (path !== '/card') return undefined;
    reads++;
    return new Promise<void>((resolve) => (done = resolve));
  });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  prepareScreensWith(() => undefined);
});

describe('a link to a screen that reads before it opens', () => {
  it('opens it once its reads are in, the screen she is on staying until then', async () => {
    render(<App />);
    fireEvent.pointerDown(screen.getByText('card'));
    expect(reads).toBe(1);
    fireEvent.click(screen.getByText('card'));
    await act(async () => {});
    expect(where()).toBe('/');
    await act(async () => done());
    expect(where()).toBe('/card');
  });

  it('opens it anyway when the reads take too long', async () => {
    vi.useFakeTimers();
    render(<App />);
    fireEvent.click(screen.getByText('card'));
    await act(async () => vi.advanceTimersByTime(PREPARE_WAIT_MS - 1));
    expect(where()).toBe('/');
    await act(async () => vi.advanceTimersByTime(1));
    expect(where()).toBe('/card');
  });

  it('does not open it when she tapped elsewhere meanwhile', async () => {
    render(<App />);
    fireEvent.click(screen.getByText('card'));
    fireEvent.click(screen.getByText('list'));
    expect(where()).toBe('/list');
    await act(async () => done());
    expect(where()).toBe('/list');
  });

  it('leaves every other link to React Router: at once', () => {
    render(<App />);
    fireEvent.click(screen.getByText('list'));
    expect(where()).toBe('/list');
    expect(reads).toBe(0);
  });
});
