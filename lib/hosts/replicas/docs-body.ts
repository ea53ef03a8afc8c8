/**
 * The Google Docs body, as far as Handoff meets it (HOSTS.md): text drawn on a canvas with an
 * accessible `rect[aria-label]` per drawn line, typing received by an editable inside the
 * `.docs-texteventtarget-iframe`, Docs' own undo history, and `_docs_annotate_getAnnotatedText`
 * only when an allow-listed extension id was announced before the page's scripts ran.
 *
 * `hydrateDocsBody` runs inside the served page (it is inlined with toString): no imports, no
 * closures over this module.
 */
export function hydrateDocsBody(win: Window, allowedExtensionIds: string[], exposeAfterMs = 0): void {
  const doc = win.document;
  const editor = doc.querySelector<HTMLElement>('.kix-appview-editor')!;
  const canvas = editor.querySelector('canvas')!;
  const svg = editor.querySelector('svg')!;
  // Docs adds its text-event frame from script, as here.
  const frame = doc.createElement('iframe');
  frame.className = 'docs-texteventtarget-iframe';
  frame.tabIndex = -1;
  frame.title = 'Rich Text Editor';
  frame.setAttribute('aria-hidden', 'true');
  editor.after(frame);
  const frameDoc = frame.contentDocument!;
  const target = frameDoc.createElement('div');
  target.contentEditable = 'true';
  target.setAttribute('role', 'textbox');
  frameDoc.body.append(target);

  const FONT = '400 14.6667px Arial';
  const LINE = 22;
  const PAD = 16;
  type State = { text: string; start: number; end: number };
  let state: State = { text: '', start: 0, end: 0 };
  const undo: State[] = [];
  const redo: State[] = [];
  let typing = false;

  const render = () => {
    const context = canvas.getContext('2d')!;
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.font = FONT;
    context.fillStyle = '#1f1f1f';
    svg.replaceChildren();
    // Docs draws (and exposes runs for) only what is on screen: the lines that fit the canvas. A
    // 1 MB body would otherwise cost the replica, not Handoff, seconds per keystroke.
    state.text.split('\n', Math.ceil(canvas.height / LINE)).forEach((line, i) => {
      const y = PAD + i * LINE;
      context.fillText(line, PAD, y + 16);
      if (!line) return;
      const rect = doc.createElementNS('http://www.w3.org/2000/svg', 'rect');
      rect.setAttribute('x', String(PAD));
      rect.setAttribute('y', String(y));
      rect.setAttribute('width', String(context.measureText(line).width));
      rect.setAttribute('height', String(LINE));
      rect.setAttribute('fill', 'transparent');
      rect.setAttribute('aria-label', line);
      rect.setAttribute('data-font-css', FONT);
      svg.append(rect);
    });
  };

  /** A burst of typed characters is one undo step, as in Docs; anything else is a step of its own. */
  const edit = (insert: string, typed: boolean) => {
    if (!(typed && typing)) {
      undo.push(state);
      redo.length = 0;
    }
    typing = typed;
    const at = state.start + insert.length;
    state = { text: state.text.slice(0, state.start) + insert + state.text.slice(state.end), start: at, end: at };
    render();
  };
  const restore = (from: State[], to: State[]) => {
    const previous = from.pop();
    if (!previous) return;
    to.push(state);
    state = previous;
    typing = false;
    render();
  };

  target.addEventListener('beforeinput', (e) => {
    if (e.inputType === 'insertText' && e.data) edit(e.data, true);
    else if (e.inputType === 'insertParagraph' || e.inputType === 'insertLineBreak') edit('\n', false);
    else if (e.inputType === 'deleteContentBackward') {
      if (state.start === state.end && state.start > 0) state = { ...state, start: state.start - 1 };
      edit('', false);
    } else return;
    e.preventDefault();
  });
  // execCommand('insertText') fires `input` only: take what it inserted, as Docs does.
  target.addEventListener('input', (e) => {
    const inserted = (e as InputEvent).data ?? target.textContent ?? '';
    target.textContent = '';
    if (inserted) edit(inserted, false);
  });
  target.addEventListener('paste', (e) => {
    e.preventDefault();
    edit(e.clipboardData?.getData('text/plain') ?? '', false);
  });
  target.addEventListener('keydown', (e) => {
    const key = e.key.toLowerCase();
    if (!(e.ctrlKey || e.metaKey) || (key !== 'z' && key !== 'y')) return;
    e.preventDefault();
    if (key === 'y' || e.shiftKey) restore(redo, undo);
    else restore(undo, redo);
  });
  // A click in the page puts the caret at the end of the text and the keyboard in the frame.
  editor.addEventListener('mousedown', (e) => {
    e.preventDefault();
    state = { ...state, start: state.text.length, end: state.text.length };
    typing = false;
    frame.contentWindow!.focus();
    target.focus();
  });
  render();

  const announced = (win as unknown as { _docs_annotate_canvas_by_ext?: string })._docs_annotate_canvas_by_ext;
  if (!announced || !allowedExtensionIds.includes(announced)) return;
  // Docs' text starts with ETX; offsets count it.
  const clamp = (offset: number) => Math.max(0, Math.min(state.text.length, offset - 1));
  const expose = () => {
    (win as unknown as { _docs_annotate_getAnnotatedText: () => Promise<unknown> })._docs_annotate_getAnnotatedText = async () => ({
      getText: () => `\u0003${state.text}`,
      getSelection: () => [{ start: state.start + 1, end: state.end + 1 }],
      setSelection: (start: number, end: number) => {
        state = { ...state, start: clamp(Math.min(start, end)), end: clamp(Math.max(start, end)) };
        typing = false;
      },
    });
  };
  // Docs sets its text access up once its editor has loaded, not with the page.
  if (exposeAfterMs > 0) win.setTimeout(expose, exposeAfterMs);
  else expose();
}
