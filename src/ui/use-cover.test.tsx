// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCover } from './use-cover';

/** One frame painted: its animation frame, then the task after it. */
const frame = () =>
  act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(() => done(), 0))));

describe('rows left out while a sheet covers the screen', () => {
  it('from the opening until a frame after the closing, not in it', async () => {
    const { result } = renderHook(() => useCover(false));
    expect(result.current.lazy).toBe(false);
    act(() => result.current.set(true));
    expect(result.current.lazy).toBe(true);
    act(() => result.current.set(false));
    // The frame the sheet closes in still leaves them out…
    expect(result.current.lazy).toBe(true);
    await frame();
    await frame();
    // …and the next one has them.
    expect(result.current.lazy).toBe(false);
  });

  it('a closing without an opening changes nothing; a screen opened under its sheet starts covered', async () => {
    const { result } = renderHook(() => useCover(false));
    act(() => result.current.set(false));
    expect(result.current.lazy).toBe(false);
    const under = renderHook(() => useCover(true));
    expect(under.result.current.lazy).toBe(true);
    act(() => under.result.current.set(false));
    await frame();
    await frame();
    expect(under.result.current.lazy).toBe(false);
  });

  it('a sheet opened again in the frame after the closing keeps them out', async () => {
    const { result } = renderHook(() => useCover(false));
    act(() => result.current.set(true));
    act(() => result.current.set(false));
    act(() => result.current.set(true));
    await frame();
    await frame();
    expect(result.current.lazy).toBe(true);
  });
});
