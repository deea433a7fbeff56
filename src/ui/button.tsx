import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { Link, type LinkProps } from './link';
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

/**
 * A button of a grid of actions: the icon above its word, so that "WhatsApp" or "Réserver" fits a
 * half of a 320 px phone, in French and in English.
 */
export function stackedClass(variant: Variant = 'primary', extra = ''): string {
  return `flex min-h-16 min-w-0 flex-col items-center justify-center gap-1 rounded-2xl px-2 py-2 text-center text-lg leading-tight font-semibold break-words select-none ${variants[variant]} ${extra}`;
}

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  ref?: Ref<HTMLButtonElement>;
  variant?: Variant;
  icon?: IconName;
  /** Icon above the word (see stackedClass). */
  stacked?: boolean;
  children: ReactNode;
}

export function Button({
  variant = 'primary',
  icon,
  stacked,
  className = '',
  children,
  ...rest
}: ButtonProps) {
  const cls = stacked ? stackedClass(variant, className) : buttonClass(variant, className);
  return (
    <button type="button" className={cls} {...rest}>
      {icon && <Icon name={icon} />}
      {stacked ? <span className="max-w-full min-w-0">{children}</span> : children}
    </button>
  );
}

interface LinkButtonProps extends LinkProps {
  variant?: Variant;
  icon?: IconName;
  /** Icon above the word (see stackedClass). */
  stacked?: boolean;
}

export function LinkButton({
  variant = 'primary',
  icon,
  stacked,
  className = '',
  children,
  ...rest
}: LinkButtonProps) {
  const extra = String(className);
  return (
    <Link
      className={stacked ? stackedClass(variant, extra) : buttonClass(variant, extra)}
      {...rest}
    >
      {icon && <Icon name={icon} />}
      {stacked ? <span className="max-w-full min-w-0">{children}</span> : children}
    </Link>
  );
}
