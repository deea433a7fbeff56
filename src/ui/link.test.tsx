// @vitest-environment jsdom
import { act, cleanup, createEvent, fireEvent, render, screen } from '@testing-library/react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
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

  it('opens every other screen at once', () => {
    render(<App />);
    fireEvent.click(screen.getByText('list'));
    expect(where()).toBe('/list');
    expect(reads).toBe(0);
  });
});

/** Where the router is, with its search, state and how it got there (history's own count). */
function Seen() {
  const location = useLocation();
  return (
    <p data-testid="seen">
      {`${location.pathname}${location.search} ${JSON.stringify(location.state)} ${window.history.length}`}
    </p>
  );
}

function Links() {
  return (
    <BrowserRouter>
      <Link to="/clients?q=awa" state={{ keep: 1 }}>
        with state
      </Link>
      <Link to="/clients?q=awa">same</Link>
      <Link to="/vente" replace>
        in place
      </Link>
      <Seen />
    </BrowserRouter>
  );
}

const seen = () => screen.getByTestId('seen').textContent;

describe('a link of the app', () => {
  it('has the address it opens, for a long press or a new tab', () => {
    render(<Links />);
    expect(screen.getByText('with state').getAttribute('href')).toBe('/clients?q=awa');
  });

  it('goes there with its state, a new entry in the history', async () => {
    render(<Links />);
    const before = window.history.length;
    fireEvent.click(screen.getByText('with state'));
    await act(async () => {});
    expect(seen()).toBe(`/clients?q=awa {"keep":1} ${before + 1}`);
  });

  it('to where she already is replaces the entry, as a second tap on a tab does', async () => {
    render(<Links />);
    fireEvent.click(screen.getByText('same'));
    await act(async () => {});
    const after = window.history.length;
    fireEvent.click(screen.getByText('same'));
    await act(async () => {});
    expect(seen()).toBe(`/clients?q=awa null ${after}`);
  });

  it('replaces the entry when told to', async () => {
    render(<Links />);
    const before = window.history.length;
    fireEvent.click(screen.getByText('in place'));
    await act(async () => {});
    expect(seen()).toBe(`/vente null ${before}`);
  });

  it('leaves a click with a modifier (a new tab) to the browser', async () => {
    render(<Links />);
    const event = createEvent.click(screen.getByText('in place'), { ctrlKey: true });
    fireEvent(screen.getByText('in place'), event);
    await act(async () => {});
    expect(event.defaultPrevented).toBe(false);
    expect(seen()).toMatch(/^\/ null/);
  });
});

describe('a link of an app served under a sub-path', () => {
  it('has its address there, and opens it there', async () => {
    window.history.replaceState(null, '', '/assoh');
    render(
      <BrowserRouter basename="/assoh">
        <Link to="/clients?q=awa">clients</Link>
        <Link to="/">home</Link>
        <Seen />
      </BrowserRouter>,
    );
    expect(screen.getByText('clients').getAttribute('href')).toBe('/assoh/clients?q=awa');
    expect(screen.getByText('home').getAttribute('href')).toBe('/assoh');
    fireEvent.click(screen.getByText('clients'));
    await act(async () => {});
    expect(window.location.pathname + window.location.search).toBe('/assoh/clients?q=awa');
    expect(seen()).toMatch(/^\/clients\?q=awa /);
  });
});
