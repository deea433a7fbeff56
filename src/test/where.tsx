import { screen } from '@testing-library/react';
import { useLocation } from 'react-router';

/** The path the router is at, drawn for a test to read with `where()`. */
export function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

export const where = () => screen.getByTestId('where').textContent;
