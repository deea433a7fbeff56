/** The Assoh mark: a market basket with produce, same drawing as public/logo.svg. */
export function Logo({ className = 'size-10' }: { className?: string }) {
  return (
    <svg viewBox="0 0 512 512" className={className} aria-hidden="true" focusable="false">
      <rect width="512" height="512" rx="112" fill="#9a3412" />
      <circle cx="196" cy="214" r="58" fill="#22c55e" />
      <circle cx="316" cy="206" r="64" fill="#facc15" />
      <circle cx="256" cy="238" r="54" fill="#ef4444" />
      <path d="M96 262h320l-38 150a28 28 0 0 1-27 21H161a28 28 0 0 1-27-21z" fill="#fff7ed" />
      <path d="M150 300h212M164 350h184" stroke="#9a3412" strokeWidth="18" strokeLinecap="round" />
    </svg>
  );
}
