// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadArea, setLanguage, t, useT } from '.';

afterEach(cleanup);

describe("an area's strings", () => {
  it('arrive without drawing what is on screen again; a language switch still redraws it', async () => {
    let renders = 0;
    function Title() {
      const tr = useT();
      renders++;
      return <h1>{tr('nav.home')}</h1>;
    }
    render(<Title />);
    expect(renders).toBe(1);
    await act(() => loadArea('credit'));
    // Its keys are its own: nothing on screen changes, so nothing is drawn again…
    expect(renders).toBe(1);
    // …and what renders after it speaks them.
    expect(t('credit.total')).toBe('Total à encaisser');
    await act(() => setLanguage('en'));
    expect(screen.getByRole('heading').textContent).toBe('Home');
    expect(t('credit.total')).toBe('Total to collect');
    await act(() => setLanguage('fr'));
  });

  it('are there for every caller: one who asks while they are on their way waits for them', async () => {
    // Crédits' line on the home fetches the credit strings; the tap on it asks again while they
    // are still on their way. The screen draws when its call returns: the strings must be in.
    const first = loadArea('backup');
    await loadArea('backup');
    expect(t('backup.create')).toBe('Créer une sauvegarde');
    await first;
  });
});
