import { encode } from 'uqr';

/**
 * A QR code drawn on the phone, offline: uqr encodes, React draws one SVG path of the dark
 * modules (no HTML is injected). Quiet zone of 4 modules, as scanners expect.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let d = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      className="mx-auto aspect-square w-full max-w-72 rounded-xl bg-white"
    >
      <path d={d} fill="#1c1917" />
    </svg>
  );
}
