import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';
import { Icon, type IconName } from './icon';

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost' | 'whatsapp';

const variants: Record<Variant, string> = {
  primary: 'bg-brand-700 text-white active:bg-brand-800 disabled:bg-stone-400',
  secondary:
    'bg-white text-brand-800 border-2 border-brand-200 active:bg-brand-100 disabled:text-stone-400',
  danger: 'bg-red-700 text-white active:bg-red-800',
  ghost: 'text-brand-800 active:bg-brand-100',
  whatsapp: 'bg-leaf-700 text-white active:bg-leaf-600',
};

/** Thumb-sized: at least 48 px high, one clear word and an icon. */
export function buttonClass(variant: Variant = 'primary', extra = ''): string {
  return `inline-flex min-h-12 items-center justify-center gap-2 rounded-2xl px-4 py-2 text-lg font-semibold select-none ${variants[variant]} ${extra}`;
}

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  icon?: IconName;
  children: ReactNode;
}

export function Button({
  variant = 'primary',
  icon,
  className = '',
  children,
  ...rest
}: ButtonProps) {
  return (
    <button type="button" className={buttonClass(variant, className)} {...rest}>
      {icon && <Icon name={icon} />}
      {children}
    </button>
  );
}

interface LinkButtonProps extends LinkProps {
  variant?: Variant;
  icon?: IconName;
}

export function LinkButton({
  variant = 'primary',
  icon,
  className = '',
  children,
  ...rest
}: LinkButtonProps) {
  return (
    <Link className={buttonClass(variant, String(className))} {...rest}>
      {icon && <Icon name={icon} />}
      {children}
    </Link>
  );
}
