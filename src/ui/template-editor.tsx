import { Fragment, useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';
import { PLACEHOLDERS } from '../lib/templates';

/** The placeholders a text may hold, by name, with the word each shows as: prenom → "Prénom". */
export type Tags = Readonly<Record<string, string>>;

/** Every placeholder's word in the seller's language. */
export function useTemplateTags(): Tags {
  const t = useT();
  return Object.fromEntries(PLACEHOLDERS.map((p) => [p, t(`templates.tag.${p}`)]));
}

const TAG = /\{(\w+)\}/g;
const CHIP =
  'mx-0.5 inline-block rounded-full bg-leaf-600/15 px-2 align-baseline text-base leading-snug font-semibold text-leaf-700';

/** A template's text for reading: each {placeholder} it knows as a chip with its word. */
export function TaggedText({ text, tags }: { text: string; tags: Tags }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(TAG)) {
    const label = tags[m[1] ?? ''];
    if (!label) continue;
    parts.push(text.slice(last, m.index), <span className={CHIP}>{label}</span>);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>{p}</Fragment>
      ))}
    </>
  );
}

function chip(name: string, label: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.contentEditable = 'false';
  span.dataset.tag = name;
  span.className = CHIP;
  span.textContent = label;
  return span;
}

/** Writes the text into the editor: words as text, known placeholders as chips. */
function draw(el: HTMLElement, text: string, tags: Tags): void {
  const nodes: Node[] = [];
  let last = 0;
  for (const m of text.matchAll(TAG)) {
    const name = m[1] ?? '';
    if (!tags[name]) continue;
    nodes.push(document.createTextNode(text.slice(last, m.index)), chip(name, tags[name]));
    last = m.index + m[0].length;
  }
  nodes.push(document.createTextNode(text.slice(last)));
  el.replaceChildren(...nodes);
}

/** Reads the editor back into a template: chips become {placeholders}, line breaks "\n". */
function read(el: Node): string {
  let out = '';
  const children = [...el.childNodes];
  children.forEach((n, i) => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent ?? '';
    else if (n instanceof HTMLElement) {
      if (n.dataset.tag) out += `{${n.dataset.tag}}`;
      // The browser's own <br> at the very end only keeps an empty last line open.
      else if (n.tagName === 'BR') out += i === children.length - 1 ? '' : '\n';
      else out += `${out && !out.endsWith('\n') ? '\n' : ''}${read(n)}`;
    }
  });
  return out;
}

interface TemplateEditorProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  tags: Tags;
  /** The chips offered under the text ("Ajouter : Prénom, Produit…"); none hides the row. */
  insertable?: readonly string[];
  insertLabel?: string;
  error?: string;
  hint?: string;
}

/**
 * A message text where the placeholders show as chips ("Prénom", "Produit"), never as {prenom}:
 * she types around them, deletes one like a letter, and adds one where the cursor is.
 */
export function TemplateEditor({
  label,
  value,
  onChange,
  tags,
  insertable = [],
  insertLabel,
  error,
  hint,
}: TemplateEditorProps) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const shown = useRef<string | null>(null);
  const cursor = useRef<Range | null>(null);
  const tagsKey = JSON.stringify(tags);

  // Drawn again only when the text changes from outside (a template reset, another kind).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || shown.current === value) return;
    draw(el, value, tags);
    shown.current = value;
    // The tags are read through their key: the same words keep the same drawing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, tagsKey]);

  // Where the cursor was: a chip tapped below goes there.
  useEffect(() => {
    const remember = () => {
      const sel = document.getSelection();
      const el = ref.current;
      if (el && sel?.rangeCount && el.contains(sel.anchorNode))
        cursor.current = sel.getRangeAt(0).cloneRange();
    };
    document.addEventListener('selectionchange', remember);
    return () => document.removeEventListener('selectionchange', remember);
  }, []);

  const changed = () => {
    const el = ref.current;
    if (!el) return;
    const text = read(el);
    shown.current = text;
    onChange(text);
  };

  const insert = (name: string) => {
    const el = ref.current;
    const label = tags[name];
    if (!el || !label) return;
    let range = cursor.current;
    if (!range || !el.contains(range.startContainer)) {
      range = document.createRange();
      range.selectNodeContents(el);
      range.collapse(false);
    }
    range.deleteContents();
    // A word of its own: a space before and after it, unless one is already there.
    const around = (from: Node, fromOffset: number, to: Node, toOffset: number) => {
      const r = document.createRange();
      r.setStart(from, fromOffset);
      r.setEnd(to, toOffset);
      return r.toString();
    };
    const before = around(el, 0, range.startContainer, range.startOffset).slice(-1);
    const next = around(range.endContainer, range.endOffset, el, el.childNodes.length)[0];
    const space = document.createTextNode(next && /\s/.test(next) ? '' : ' ');
    range.insertNode(space);
    range.insertNode(chip(name, label));
    if (before && !/\s/.test(before)) range.insertNode(document.createTextNode(' '));
    el.focus({ preventScroll: true });
    const after = document.createRange();
    after.setStartAfter(space);
    after.collapse(true);
    const sel = document.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(after);
    cursor.current = after.cloneRange();
    changed();
  };

  const note = error ?? hint;
  return (
    <div className="flex flex-col gap-1">
      <span id={`${id}-label`} className="text-base font-semibold text-stone-800">
        {label}
      </span>
      <div
        ref={ref}
        id={id}
        role="textbox"
        aria-multiline="true"
        aria-labelledby={`${id}-label`}
        aria-describedby={note ? `${id}-note` : undefined}
        aria-invalid={error ? true : undefined}
        contentEditable
        suppressContentEditableWarning
        spellCheck
        onInput={changed}
        onKeyDown={(e) => {
          // One kind of line break, read back as "\n".
          if (e.key === 'Enter') {
            e.preventDefault();
            document.execCommand('insertLineBreak');
          }
        }}
        onPaste={(e) => {
          // Only words come in: no colours or links pasted from elsewhere.
          e.preventDefault();
          document.execCommand('insertText', false, e.clipboardData.getData('text/plain'));
        }}
        onBlur={() => {
          // A {placeholder} typed or pasted by hand becomes its chip.
          const el = ref.current;
          if (el && [...read(el).matchAll(TAG)].some((m) => tags[m[1] ?? '']))
            draw(el, read(el), tags);
        }}
        className="block min-h-24 w-full rounded-xl border-2 border-stone-300 bg-white px-3 py-2 text-lg leading-relaxed whitespace-pre-wrap text-stone-900 focus:border-brand-600 aria-[invalid=true]:border-red-700"
      />
      {insertable.length > 0 && (
        <div className="flex flex-wrap items-center gap-2 pt-1">
          {insertLabel && <span className="text-sm text-stone-600">{insertLabel}</span>}
          {insertable.map((name) => (
            <button
              key={name}
              type="button"
              // Keeps the cursor in the text: the chip goes where she was typing.
              onPointerDown={(e) => e.preventDefault()}
              onClick={() => insert(name)}
              className="min-h-12 rounded-full border-2 border-leaf-600/40 bg-white px-3 text-base font-semibold text-leaf-700 active:bg-leaf-600/10"
            >
              + {tags[name]}
            </button>
          ))}
        </div>
      )}
      {note && (
        <p
          id={`${id}-note`}
          role={error ? 'alert' : undefined}
          className={error ? 'text-base font-semibold text-red-800' : 'text-sm text-stone-600'}
        >
          {note}
        </p>
      )}
    </div>
  );
}
