import type { ReactNode } from 'react';
import { Link, type AppPath } from './link';

interface ListRowProps {
  to: AppPath;
  title: ReactNode;
  subtitle?: ReactNode;
  leading?: ReactNode;
  trailing?: ReactNode;
}

/** A whole-row link, at least 56 px high: easy to hit with a thumb. */
export function ListRow({ to, title, subtitle, leading, trailing }: ListRowProps) {
  return (
    <li>
      <Link to={to} className="flex min-h-14 items-center gap-3 px-3 py-2 active:bg-brand-100">
        {leading}
        <span className="flex min-w-0 flex-1 flex-col">
          <span className="truncate text-lg font-semibold text-stone-900">{title}</span>
          {subtitle && <span className="line-clamp-2 text-base text-stone-600">{subtitle}</span>}
        </span>
        {trailing}
      </Link>
    </li>
  );
}

export function List({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <ul
      aria-label={label}
      className="divide-y divide-stone-200 overflow-hidden rounded-2xl bg-white shadow-sm"
    >
      {children}
    </ul>
  );
}

/** A round badge with the first letter: tells rows apart at a glance. */
export function Avatar({ name }: { name: string }) {
  const letter = [...name.trim()][0]?.toLocaleUpperCase('fr') ?? '?';
  return (
    <span
      aria-hidden="true"
      className="flex size-11 shrink-0 items-center justify-center rounded-full bg-brand-100 text-xl font-bold text-brand-800"
    >
      {letter}
    </span>
  );
}
