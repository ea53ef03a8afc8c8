/**
 * Reads an editor's text with exact offsets: the same string the analysis sees, and a map from each
 * offset back to the DOM node that holds it. Block elements and `<br>` become "\n" the way the user
 * sees lines (the trailing `<br>` that keeps an empty block open is not a line of its own), so the
 * offsets of a Quill `.ql-editor` agree with `quill.getText()`.
 */

/** A run of the text that lives in one DOM node: a Text node, or an atom (`<br>`, an embed). */
export type Piece =
  | { kind: 'text'; node: Text; start: number; end: number }
  | { kind: 'atom'; node: Element; start: number; end: number };

export interface TextMap {
  editor: HTMLElement;
  /** The text as analysed; a no-break space reads as a space (same length, same offsets). */
  text: string;
  /** In document order; gaps between pieces are the newlines between blocks. */
  pieces: Piece[];
  /**
   * The parts of `text` inside elements that are not the writer's prose (a quoted reply, a
   * signature, a code block: `notProse` of readText), sorted; absent when there are none.
   */
  excluded?: { start: number; end: number }[];
  /** The whole text's length when `text` is only its first part (a very long canvas body). */
  total?: number;
}

/** Objects that occupy one character, like a Quill embed (Slack mentions and emoji). */
const OBJECT_CHARACTER = '\ufffc';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HANDOFF-UI']);
const ATOM_TAGS = new Set(['IMG', 'IFRAME', 'VIDEO', 'AUDIO', 'CANVAS', 'SVG', 'INPUT', 'SELECT', 'BUTTON']);

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

/** A `<br>` that only holds its block open (`<div><br></div>`, `<p>a<br></p>`) draws no new line. */
function isPlaceholderBreak(br: Element, editor: HTMLElement): boolean {
  let node: Node = br;
  while (node !== editor) {
    let next = node.nextSibling;
    while (next && isIgnorableWhitespace(next)) next = next.nextSibling;
    if (next) return false;
    const parent = node.parentNode;
    if (!parent || (parent instanceof Element && (isBlock(parent) || parent === editor))) return true;
    node = parent;
  }
  return true;
}

/** Source formatting between blocks ("\n    ") that the browser does not render. */
function isIgnorableWhitespace(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE && /^[ \t\r\n]*$/.test(node.nodeValue ?? '') && (node.nodeValue ?? '').includes('\n');
}

/**
 * `notProse`: a selector list (from the host's selector file) for elements inside the editor that
 * hold someone else's words or code; their text is read as usual and reported in `excluded`.
 */
export function readText(editor: HTMLElement, notProse?: string): TextMap {
  if (isTextField(editor)) {
    return { editor, text: normalise(editor.value), pieces: [] };
  }
  const parts: string[] = [];
  const pieces: Piece[] = [];
  const excluded: { start: number; end: number }[] = [];
  let length = 0;
  let breakPending = false;

  const flush = () => {
    if (breakPending && length > 0) {
      parts.push('\n');
      length += 1;
    }
    breakPending = false;
  };
  const emitAtom = (node: Element, char: string) => {
    flush();
    pieces.push({ kind: 'atom', node, start: length, end: length + 1 });
    parts.push(char);
    length += 1;
  };

  const walk = (parent: Node, inside = false) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const value = (child as Text).data;
        if (value.length === 0 || isIgnorableWhitespace(child)) continue;
        flush();
        pieces.push({ kind: 'text', node: child as Text, start: length, end: length + value.length });
        parts.push(value);
        length += value.length;
        continue;
      }
      if (!(child instanceof Element) || SKIPPED_TAGS.has(child.tagName)) continue;
      if (child.tagName === 'BR') {
        if (isPlaceholderBreak(child, editor)) flush();
        else emitAtom(child, '\n');
        continue;
      }
      if (ATOM_TAGS.has(child.tagName) || child.getAttribute('contenteditable') === 'false') {
        emitAtom(child, OBJECT_CHARACTER);
        continue;
      }
      const block = isBlock(child);
      if (block) breakPending = true;
      const other = !inside && !!notProse && child.matches(notProse);
      const start = length;
      walk(child, inside || other);
      if (other && length > start) excluded.push({ start, end: length });
      if (block) breakPending = true;
    }
  };
  walk(editor);
  return { editor, text: normalise(parts.join('')), pieces, ...(excluded.length ? { excluded } : {}) };
}

/**
 * Only the writer's own words of a read text: each excluded part (a quoted reply, a signature)
 * becomes a line break, so what is recorded when a message is sent is theirs alone.
 */
export function writerText(map: Pick<TextMap, 'text' | 'excluded'>): string {
  if (!map.excluded) return map.text.trim();
  let out = '';
  let at = 0;
  for (const { start, end } of map.excluded) {
    out += `${map.text.slice(at, start)}\n`;
    at = end;
  }
  return (out + map.text.slice(at)).trim();
}

function normalise(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}
