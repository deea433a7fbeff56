/** A small hand-drawn icon set (24px grid, stroke icons): no icon font, nothing fetched. */
const paths = {
  home: 'M3 11l9-8 9 8M5 10v10h5v-6h4v6h5V10',
  users:
    'M16 20v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2M9 10a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM22 20v-2a4 4 0 0 0-3-3.9M16 2.1a4 4 0 0 1 0 7.8',
  basket: 'M3 10h18l-2 10H5L3 10zM7 10l5-7 5 7M9 14v3M15 14v3M12 14v3',
  message: 'M21 12a8 8 0 0 1-11.7 7.1L4 20.5l1.4-5A8 8 0 1 1 21 12zM8.5 10.5h7M8.5 13.5h4.5',
  more: 'M4 6h16M4 12h16M4 18h16',
  back: 'M15 18l-6-6 6-6',
  chevron: 'M9 18l6-6-6-6',
  plus: 'M12 5v14M5 12h14',
  minus: 'M5 12h14',
  reload: 'M20 12a8 8 0 1 1-2.3-5.7M20 4v5h-5',
  search: 'M11 19a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM21 21l-4.3-4.3',
  gift: 'M20 12v9H4v-9M2 7h20v5H2zM12 21V7M12 7H7.5a2.5 2.5 0 1 1 0-5C11 2 12 7 12 7zM12 7h4.5a2.5 2.5 0 1 0 0-5C13 2 12 7 12 7z',
  offline:
    'M2 2l20 20M8.5 16.5a5 5 0 0 1 7 0M5 12.9a10 10 0 0 1 5.2-2.8M19 12.9a10 10 0 0 0-2-1.5M2 8.8a15 15 0 0 1 4.2-2.7M22 8.8A15 15 0 0 0 10.7 5M12 20h.01',
  online: 'M5 12.6a10 10 0 0 1 14 0M2 8.8a15 15 0 0 1 20 0M8.5 16.4a5 5 0 0 1 7 0M12 20h.01',
  settings:
    'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z',
  box: 'M21 8l-9-5-9 5v8l9 5 9-5V8zM3 8l9 5 9-5M12 13v8',
  image: 'M3 5h18v14H3zM3 16l5-5 5 5M14 14l2-2 5 5M15.5 9a1.5 1.5 0 1 0 0-.01',
  save: 'M12 3v12M7 10l5 5 5-5M5 21h14',
  calendar: 'M4 5h16v16H4zM4 10h16M9 3v4M15 3v4',
  bell: 'M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.7 21a2 2 0 0 1-3.4 0',
  check: 'M20 6L9 17l-5-5',
  edit: 'M12 20h9M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4 12.5-12.5z',
  trash: 'M3 6h18M8 6V4h8v2M19 6l-1 14H6L5 6',
  whatsapp:
    'M20 11.6a8.3 8.3 0 0 1-12.3 7.2L3 20l1.3-4.6A8.3 8.3 0 1 1 20 11.6zM8.5 8.5c0 4 3 7 7 7l1.2-1.6-2-1-1 .8a4.5 4.5 0 0 1-2.6-2.6l.8-1-1-2-1.6 1.1z',
  phone:
    'M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1 1 .4 1.9.7 2.8a2 2 0 0 1-.5 2.1L8 9.9a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.8.7a2 2 0 0 1 1.7 2z',
  star: 'M12 2l3.1 6.3 6.9 1-5 4.9 1.2 6.8L12 17.8 5.8 21l1.2-6.8-5-4.9 6.9-1z',
  download: 'M12 3v12M7 10l5 5 5-5M5 21h14',
  share: 'M4 12v8h16v-8M12 3v12M7 8l5-5 5 5',
  close: 'M18 6L6 18M6 6l12 12',
  wallet: 'M3 7h16a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7zM3 7l12-4v4M16 13.5h.01',
  receipt: 'M6 3h12v18l-3-2-3 2-3-2-3 2V3zM9 8h6M9 12h6M9 16h3',
} as const;

export type IconName = keyof typeof paths;

/** Icons that point somewhere: in a right-to-left language "back" points right, "forward" left. */
const DIRECTIONAL = new Set<IconName>(['back', 'chevron']);

export function Icon({ name, className = 'size-6' }: { name: IconName; className?: string }) {
  // shrink-0: in a tight button the icon keeps its size and the words wrap instead. The stroke's
  // look is the `icon` class's (index.css), not five attributes on each of a card's fifty icons.
  return (
    <svg
      viewBox="0 0 24 24"
      className={`icon shrink-0 ${DIRECTIONAL.has(name) ? 'rtl:[scale:-1_1] ' : ''}${className}`}
      aria-hidden="true"
    >
      <path d={paths[name]} />
    </svg>
  );
}
