// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUrlQuery } from './use-url-query';

/** A search box, and a link-like button that notes the address when tapped (as a navigation would). */
function Search({ seen }: { seen: string[] }) {
  const [query, setQuery] = useUrlQuery();
  return (
    <>
      <input aria-label="q" value={query} onChange={(e) => setQuery(e.target.value)} />
      <button type="button" onClick={() => seen.push(window.location.search)}>
        card
      </button>
    </>
  );
}

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the search text in the address', () => {
  it('is written once she pauses, not at each letter', () => {
    vi.useFakeTimers();
    render(
      <MemoryRouter>
        <Search seen={[]} />
      </MemoryRouter>,
    );
    // A letter every 300 ms, as a seller types on a phone.
    fireEvent.change(screen.getByLabelText('q'), { target: { value: 'a' } });
    act(() => vi.advanceTimersByTime(300));
    fireEvent.change(screen.getByLabelText('q'), { target: { value: 'ad' } });
    act(() => vi.advanceTimersByTime(300));
    expect(window.location.search).toBe('');
    act(() => vi.advanceTimersByTime(1000));
    expect(window.location.search).toBe('?q=ad');
  });

  it('is written before a tap right after a letter is handled: back returns to her results', () => {
    const seen: string[] = [];
    render(
      <MemoryRouter>
        <Search seen={seen} />
      </MemoryRouter>,
    );
    fireEvent.change(screen.getByLabelText('q'), { target: { value: 'adèle' } });
    fireEvent.click(screen.getByRole('button', { name: 'card' }));
    expect(seen).toEqual([`?q=${encodeURIComponent('adèle')}`]);
  });
});
