/**
 * One composer's hints: listens to the text, analyses it after a short pause, paints the marks,
 * shows the count and the card, and applies a chosen fix through the editor's own editing path.
 * Everything is tied to `composer.signal`: when the composer goes, so does every listener.
 */
import { h, render } from 'preact';
import type { AnalysisContext } from '@/lib/analysis/types';
import type { CanvasUnavailable, Composer } from '@/lib/hosts/types';
import { isTextField, offsetsOf, readText, replaceText, type TextMap } from '@/lib/editing';
import { HintsView } from '@/components/hints/HintsView';
import { HINTS_CSS } from '@/components/hints/styles';
import type { CardModel, Position, ZoneQuestionModel } from '@/components/hints/types';
import { CanvasMirror } from './canvas-mirror';
import { analyzeInSlices } from './chunks';
import { cardFor, fixesFor, markLabel, unknownRecipient, type FixAction } from './cards';
import type { Analyze } from './contract';
import type { Directory, Settings } from './directory';
import { clear, HIGHLIGHT_RULES, noRanges, paint } from './highlights';
import { logError, guarded } from './log';
import { buildMarks, highlightKindOf, ignoreKey, isCurrent, type Mark } from './marks';
import { cardPosition, indicatorPosition, placeCard, type Box } from './position';
import { recipientsKey, resolveAudience, type Audience } from './recipients';
import { isCycleShortcut, SHORTCUT_LABEL } from './shortcut';
import type { Mirror } from './mirror';
import { TextareaMirror } from './textarea-mirror';
import { UNAVAILABLE_GRACE_MS, UNAVAILABLE_MESSAGE, UNAVAILABLE_RETRIES, UNAVAILABLE_RETRY_MS } from './unavailable';

export interface HintsServices {
  analyze: Analyze;
  directory: Directory;
  settings: Settings;
  now(): number;
  senderZone(): string;
  senderLocale(): string;
  timeZones(): readonly string[];
  /** The pause after the last keystroke before analysing. */
  debounceMs: number;
  /** False once the extension was reloaded or removed under the open tab: the session then goes quiet. */
  alive(): boolean;
}

type OpenVia = 'hover' | 'keyboard' | 'click';
const HOVER_CLOSE_MS = 300;
const CARD_SIZE = { width: 320, height: 220 };
/** Marks put in words for screen readers: the first ones only (a 200 KB paste has thousands). */
const MAX_LABELS = 30;

export class HintsSession {
  private container!: HTMLElement;
  private marks: Mark[] = [];
  private analysedText = '';
  private rewrite: string | null = null;
  private open: { key: string; via: OpenVia; focusFirst: boolean } | null = null;
  private notice: { text: string } | null = null;
  private readonly ignored = new Set<string>();
  private disabled = new Set<string>();
  private siteOff = false;
  private readonly dismissedZones = new Set<string>();
  private audience: Audience = { people: [] };
  private audienceKey: string | null = null;
  private generation = 0;
  private revision = 0;
  private analyseTimer: ReturnType<typeof setTimeout> | undefined;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private hoverFrame = 0;
  private pointer: { x: number; y: number } | null = null;
  private disposed = false;
  private mirror: Mirror | null = null;
  /** Set for a canvas body (the Docs document body); then also `mirror`. */
  private canvas: CanvasMirror | null = null;
  private unavailable: CanvasUnavailable | null = null;
  private retries = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** The read of a canvas body that the latest change started. */
  private canvasRead: { generation: number; text: Promise<TextMap | null> } | null = null;
  private startedAt = 0;
  private style: HTMLStyleElement | null = null;

  constructor(
    private readonly composer: Composer,
    private readonly services: HintsServices,
  ) {}

  start(): void {
    const { editor, shadow, signal } = this.composer;
    if (signal.aborted) return;
    this.startedAt = Date.now();
    const style = document.createElement('style');
    this.style = style;
    style.textContent = HINTS_CSS + HIGHLIGHT_RULES;
    this.container = document.createElement('div');
    this.container.className = 'hints';
    shadow.append(style, this.container);
    const canvasText = this.composer.canvasText;
    if (canvasText) {
      this.canvas = this.mirror = new CanvasMirror(canvasText, editor, shadow);
    } else if (isTextField(editor)) {
      this.mirror = new TextareaMirror(editor, shadow);
      editor.addEventListener('scroll', guarded('scroll', () => this.mirror?.place()), { signal, passive: true });
    }
    signal.addEventListener('abort', () => this.dispose(style), { once: true });

    const on = <E extends Event>(target: EventTarget, type: string, fn: (e: E) => void, options: AddEventListenerOptions = {}) =>
      target.addEventListener(type, guarded(type, (e: Event) => (this.stillAlive() ? fn(e as E) : undefined)), { ...options, signal });
    on(editor, 'input', () => this.changed());
    on<KeyboardEvent>(editor, 'keydown', (e) => this.onKeyDown(e), { capture: true });
    on<KeyboardEvent>(shadow, 'keydown', (e) => this.onKeyDown(e));
    on<MouseEvent>(editor, 'mousemove', (e) => this.onPointerMove(e), { passive: true });
    on(editor, 'mouseleave', () => this.scheduleHoverClose());
    on(window, 'scroll', () => this.schedulePlacement(), { capture: true, passive: true });
    on(window, 'resize', () => this.schedulePlacement(), { passive: true });
    // What is typed into a canvas body goes to the page's text-event frame, not to the canvas.
    const keys = canvasText?.keyTarget();
    if (keys) {
      on(keys, 'input', () => this.changed());
      on<KeyboardEvent>(keys, 'keydown', (e) => this.onKeyDown(e), { capture: true });
    }

    // Text can change without an input event: the host re-renders, a draft loads, a send clears it.
    const mutations = new MutationObserver(guarded('mutations', () => this.stillAlive() && this.changed()));
    mutations.observe(editor, { characterData: true, childList: true, subtree: true });
    const resize = new ResizeObserver(guarded('resize', () => this.schedulePlacement()));
    resize.observe(editor);
    signal.addEventListener('abort', () => {
      mutations.disconnect();
      resize.disconnect();
    });

    this.services.settings.onChange(() => void this.loadSettings(), signal);
    void this.loadSettings().finally(() => this.changed());
  }

  /** An orphaned content script (extension reloaded) removes its marks and stops, without a word. */
  private stillAlive(): boolean {
    if (this.disposed) return false;
    if (this.services.alive()) return true;
    this.dispose(null);
    return false;
  }

  private async loadSettings(): Promise<void> {
    try {
      this.disabled = new Set(await this.services.settings.disabledRules());
      this.siteOff = !(await this.services.settings.siteEnabled(this.composer.host));
      this.changed();
    } catch (error) {
      logError('settings', error);
    }
  }

  /** The text may have changed: drop marks whose words changed now, analyse after a pause. */
  private changed(): void {
    if (this.disposed) return;
    this.generation += 1;
    this.mirror?.sync();
    this.dropStaleMarks();
    // A canvas is read through the page: its marks can only be checked once the new text is in.
    // The analysis after the pause takes that same read, unless the text changed again meanwhile.
    if (this.canvas) {
      const text = this.readNow();
      this.canvasRead = { generation: this.generation, text };
      text.then(() => this.dropStaleMarks(), (error: unknown) => logError('read', error));
    }
    clearTimeout(this.analyseTimer);
    this.analyseTimer = setTimeout(guarded('analyse', () => this.analyse()), this.services.debounceMs);
  }

  private dropStaleMarks(): void {
    if (this.disposed) return;
    const count = this.marks.length;
    this.marks = this.marks.filter(isCurrent);
    if (this.marks.length !== count) this.show();
    else this.schedulePlacement();
  }

  /** The text as it is now; a canvas is read through the page, and its mirror follows. Null when it cannot be read. */
  private async readNow(): Promise<TextMap | null> {
    const { canvasText, editor } = this.composer;
    if (!canvasText || !this.canvas) return readText(editor);
    const read = await canvasText.read();
    if (this.disposed) return null;
    this.setUnavailable(read.available ? null : read.why);
    if (!read.available) return null;
    this.canvas.follow(read.text);
    return { editor, text: read.text, pieces: [] };
  }

  private setUnavailable(why: CanvasUnavailable | null): void {
    if (!why) {
      this.retries = 0;
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
    } else if (this.retryTimer === undefined && this.retries < UNAVAILABLE_RETRIES) {
      // One retry pending at a time, however many reads failed meanwhile (each keystroke reads).
      this.retryTimer = setTimeout(guarded('retry', () => {
        this.retryTimer = undefined;
        this.retries += 1;
        if (this.stillAlive()) this.changed();
      }), UNAVAILABLE_RETRY_MS);
    }
    const shown = why && Date.now() - this.startedAt >= UNAVAILABLE_GRACE_MS ? why : null;
    if (shown === this.unavailable) return;
    this.unavailable = shown;
    this.renderView();
  }

  private async analyse(): Promise<void> {
    if (!this.stillAlive()) return;
    const generation = this.generation;
    const stale = () => this.disposed || generation !== this.generation;
    const pending = this.canvasRead?.generation === generation ? this.canvasRead.text : null;
    const read = await (pending ?? this.readNow());
    if (stale()) return;
    const map = read ?? { editor: this.composer.editor, text: '', pieces: [] };
    if (map.text.trim() === '' || this.siteOff) return this.update(map, [], null);
    const audience = await this.currentAudience();
    if (stale()) return;
    const ctx: AnalysisContext = {
      now: this.services.now(),
      sender: { timeZone: this.services.senderZone(), locale: this.services.senderLocale() },
      recipients: audience.people,
      host: this.composer.host,
      disabledRules: [...this.disabled],
    };
    const analysis = await analyzeInSlices(this.services.analyze, map.text, ctx, yieldToPage, stale);
    if (!analysis || stale()) return;
    const mirror = this.mirror;
    mirror?.sync();
    const filter = { disabledRules: this.disabled, ignored: this.ignored };
    const marks = mirror ? buildMarks(analysis, map, filter, (s, e) => mirror.rangeAt(s, e)) : buildMarks(analysis, map, filter);
    // A document body is not a message: rewriting all of it in one click would be no favour.
    this.update(map, marks, this.canvas ? null : analysis.rewrite);
  }

  private update(map: TextMap, marks: Mark[], rewrite: string | null): void {
    this.analysedText = map.text;
    this.marks = marks;
    this.rewrite = rewrite;
    this.show();
    this.revision += 1;
    this.composer.ui.dataset.hintsRevision = String(this.revision);
  }

  private async currentAudience(): Promise<Audience> {
    const key = recipientsKey(this.composer.recipients(), this.composer.conversationId());
    if (key === this.audienceKey) return this.audience;
    try {
      this.audience = await resolveAudience(this.composer, this.services.directory, this.services.senderZone());
      this.audienceKey = key;
    } catch (error) {
      logError('recipients', error);
    }
    return this.audience;
  }

  // ——— drawing ———

  private show(): void {
    if (this.disposed) return;
    if (this.open && !this.marks.some((m) => m.key === this.open!.key)) this.open = null;
    const ranges = noRanges();
    for (const mark of this.marks) {
      if (!mark.range) continue;
      ranges[highlightKindOf(mark)].push(mark.range);
      if (mark.key === this.open?.key) ranges.active.push(mark.range);
    }
    if (this.canvas) this.canvas.setRanges(ranges);
    else if (this.marks.length === 0) clear(this);
    else paint(this, ranges);
    this.composer.ui.dataset.hintsCount = String(this.marks.length);
    this.renderView();
  }

  private renderView(): void {
    if (this.mirror) {
      this.mirror.place();
      this.mirror.element.hidden = this.marks.length === 0;
    }
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const indicator = this.marks.length || this.unavailable ? indicatorPosition(this.composer.editor.getBoundingClientRect(), viewport) : null;
    const card = this.cardView(viewport);
    render(
      h(HintsView, {
        count: this.marks.length,
        labels: this.marks.slice(0, MAX_LABELS).map(markLabel),
        indicator,
        card,
        shortcut: SHORTCUT_LABEL,
        unavailable: this.unavailable && UNAVAILABLE_MESSAGE[this.unavailable],
        actions: {
          onOpenFirst: guarded('open', () => this.cycle(1, 'click', false)),
          onExplainUnavailable: guarded('explain', () => this.explainUnavailable()),
          onApply: guarded('apply', (i: number) => this.applyFix(i)),
          onApplyRewrite: guarded('rewrite', () => this.applyRewrite()),
          onIgnore: guarded('ignore', () => this.ignoreOpen()),
          onDisableRule: guarded('disable', () => this.disableOpenRule()),
          onEnableRule: guarded('enable', (rule: string) => this.setRuleOn(rule)),
          onPickZone: guarded('zone', (zone: string) => this.pickZone(zone)),
          onDismissZone: guarded('zone', () => this.dismissZone()),
          onClose: guarded('close', () => this.close(true)),
          onNext: guarded('next', () => this.cycle(1, this.open?.via ?? 'click', this.focusIsInCard())),
          onPointerEnter: () => clearTimeout(this.hoverTimer),
          onPointerLeave: () => this.scheduleHoverClose(),
        },
      }),
      this.container,
    );
    this.fitCard(viewport);
  }

  private cardView(viewport: { width: number; height: number }): { model: CardModel; position: Position; focusFirst: boolean } | null {
    const mark = this.openMark();
    if (!mark) {
      if (!this.notice) return null;
      const model: CardModel = { key: 'notice', title: 'Handoff', message: this.notice.text, quote: '', fixes: [], index: 0, total: 0 };
      return { model, position: cardPosition(this.composer.editor.getBoundingClientRect(), viewport, CARD_SIZE), focusFirst: false };
    }
    const index = this.marks.indexOf(mark);
    const model = cardFor(mark, {
      index,
      total: this.marks.length,
      rewrite: this.rewrite,
      zoneQuestion: this.zoneQuestion(mark),
      basis: mark.deadline ? this.audience.basis : undefined,
    });
    return { model, position: cardPosition(this.anchorOf(mark), viewport, CARD_SIZE), focusFirst: this.open!.focusFirst };
  }

  /** Places the card again with its real size, once it is drawn. */
  private fitCard(viewport: { width: number; height: number }): void {
    const card = this.container.querySelector<HTMLElement>('.card');
    const mark = this.openMark();
    if (!card) return;
    const anchor = mark ? this.anchorOf(mark) : this.composer.editor.getBoundingClientRect();
    // Beside its words while they are in sight (the page or the editor scrolled), else closed.
    if (!placeCard(card, anchor, viewport, mark && !this.canvas ? this.composer.editor.getBoundingClientRect() : undefined)) this.close(false);
  }

  private anchorOf(mark: Mark): Box {
    const rect = this.canvas ? this.boxesOf(mark)[0] : mark.range?.getBoundingClientRect();
    return rect && (rect.width || rect.height) ? rect : this.composer.editor.getBoundingClientRect();
  }

  /** Where a mark is drawn: its Range's boxes, or for a canvas where the page draws those words. */
  private boxesOf(mark: Mark): DOMRect[] {
    if (!mark.range) return [];
    return this.canvas ? this.canvas.boxesOf(mark.range) : Array.from(mark.range.getClientRects());
  }

  private schedulePlacement(): void {
    if (this.frame || this.disposed || (this.marks.length === 0 && !this.notice && !this.unavailable)) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.disposed) guarded('place', () => this.renderView())();
    });
  }

  private zoneQuestion(mark: Mark): ZoneQuestionModel | undefined {
    if (!mark.deadline) return undefined;
    const zones = this.services.timeZones();
    const conversation = this.audience.conversation;
    if (conversation && this.audience.people.every((p) => p.zoneSource === 'guess')) {
      return this.dismissedZones.has(conversation.id) ? undefined : { who: conversation.id, prompt: conversation.question, zones };
    }
    const person = unknownRecipient(mark.deadline, this.dismissedZones);
    return person ? { who: person.who, prompt: `Where is ${person.who}?`, zones } : undefined;
  }

  // ——— opening and closing cards ———

  private openMark(): Mark | undefined {
    return this.open ? this.marks.find((m) => m.key === this.open!.key) : undefined;
  }

  private openCard(mark: Mark, via: OpenVia, focusFirst: boolean): void {
    clearTimeout(this.hoverTimer);
    this.notice = null;
    this.open = { key: mark.key, via, focusFirst };
    this.show();
  }

  private close(returnFocus: boolean): void {
    const hadFocus = this.focusIsInCard();
    this.open = null;
    this.notice = null;
    this.show();
    if (returnFocus && hadFocus) this.focusEditor();
  }

  /** Gives the keyboard back to the editor: for a canvas body, to the page's text-event frame. */
  private focusEditor(): void {
    const keys = this.composer.canvasText?.keyTarget();
    if (!keys) return this.composer.editor.focus({ preventScroll: true });
    keys.defaultView?.focus();
    (keys.activeElement as HTMLElement | null)?.focus({ preventScroll: true });
  }

  private explainUnavailable(): void {
    if (!this.unavailable) return;
    this.open = null;
    this.notice = { text: UNAVAILABLE_MESSAGE[this.unavailable] };
    this.show();
  }

  private cycle(step: number, via: OpenVia, focusFirst: boolean): void {
    if (this.marks.length === 0) return;
    const current = this.open ? this.marks.findIndex((m) => m.key === this.open!.key) : -1;
    const next = current < 0 ? (step > 0 ? 0 : this.marks.length - 1) : (current + step + this.marks.length) % this.marks.length;
    const mark = this.marks[next]!;
    if (!this.canvas) mark.range?.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
    this.openCard(mark, via, focusFirst);
  }

  private focusIsInCard(): boolean {
    return this.composer.shadow.activeElement !== null;
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (isCycleShortcut(e)) {
      e.preventDefault();
      e.stopPropagation();
      this.cycle(1, 'keyboard', true);
    } else if (e.key === 'Escape' && (this.open || this.notice)) {
      e.preventDefault();
      e.stopPropagation();
      this.close(false);
    }
  }

  private onPointerMove(e: MouseEvent): void {
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.hoverFrame || this.marks.length === 0) return;
    this.hoverFrame = requestAnimationFrame(guarded('hover', () => {
      this.hoverFrame = 0;
      if (!this.pointer || this.disposed) return;
      const mark = this.markAt(this.pointer.x, this.pointer.y);
      if (mark) {
        clearTimeout(this.hoverTimer);
        if (this.open?.key !== mark.key) this.openCard(mark, 'hover', false);
      } else if (this.open?.via === 'hover') {
        this.scheduleHoverClose();
      }
    }));
  }

  private markAt(x: number, y: number): Mark | undefined {
    return this.marks.find((mark) =>
      this.boxesOf(mark).some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1),
    );
  }

  private scheduleHoverClose(): void {
    if (this.open?.via !== 'hover') return;
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(guarded('hover-close', () => {
      if (this.open?.via === 'hover' && !this.focusIsInCard()) this.close(false);
    }), HOVER_CLOSE_MS);
  }

  // ——— actions ———

  private async applyFix(index: number): Promise<void> {
    const mark = this.openMark();
    const fix = mark && fixesFor(mark)[index];
    if (!mark || !fix) return;
    const map = await this.readNow();
    const shift = map ? this.shiftSinceAnalysis(map, mark, fix) : null;
    if (shift === null) return this.stale();
    await this.replace({ start: fix.start + shift, end: fix.end + shift, expected: this.analysedText.slice(fix.start, fix.end), replacement: fix.replacement });
  }

  private async applyRewrite(): Promise<void> {
    const map = await this.readNow();
    if (!this.rewrite || !map || map.text !== this.analysedText) return this.stale();
    await this.replace({ start: 0, end: map.text.length, expected: map.text, replacement: this.rewrite });
  }

  private async replace(change: { start: number; end: number; expected: string; replacement: string }): Promise<void> {
    const { canvasText, editor } = this.composer;
    const result = canvasText ? await canvasText.replace(change) : replaceText(editor, change);
    if (this.disposed) return;
    if (!result.ok) {
      logError('apply', `${result.reason}${result.detail ? `: ${result.detail}` : ''}`);
      return this.stale();
    }
    this.open = null;
    this.notice = result.undoable ? null : { text: 'Applied. This editor did not accept the change as an edit, so Ctrl+Z cannot undo it.' };
    this.changed();
    this.show();
  }

  /**
   * How far the fix's words moved since the analysis (the user typed before clicking); null when
   * the words themselves changed.
   */
  private shiftSinceAnalysis(map: TextMap, mark: Mark, fix: FixAction): number | null {
    if (map.text === this.analysedText) return 0;
    if (mark.range && this.mirror) {
      if (mark.range.toString() !== mark.text) return null;
      return mark.range.startOffset - mark.start;
    }
    if (mark.range) {
      const now = offsetsOf(map, mark.range);
      if (!now || map.text.slice(now.start, now.end) !== mark.text) return null;
      return now.start - mark.start;
    }
    // A textarea has no live Range: find the same words nearest to where they were.
    const expected = this.analysedText.slice(fix.start, fix.end);
    let best: number | null = null;
    for (let at = map.text.indexOf(expected); at >= 0; at = map.text.indexOf(expected, at + 1)) {
      if (best === null || Math.abs(at - fix.start) < Math.abs(best - fix.start)) best = at;
    }
    return best === null ? null : best - fix.start;
  }

  private stale(): void {
    this.open = null;
    this.notice = { text: 'The text changed under this hint; it will update in a moment.' };
    this.changed();
    this.show();
  }

  private ignoreOpen(): void {
    const mark = this.openMark();
    if (!mark) return;
    const key = ignoreKey(mark);
    this.ignored.add(key);
    this.marks = this.marks.filter((m) => ignoreKey(m) !== key);
    this.close(true);
  }

  private disableOpenRule(): void {
    const rule = this.openMark()?.finding?.rule;
    if (!rule) return;
    this.disabled.add(rule);
    this.marks = this.marks.filter((m) => m.finding?.rule !== rule);
    this.close(true);
    void this.services.settings.setDisabledRules([...this.disabled]).catch((error: unknown) => logError('settings', error));
  }

  /** The card's undo of "Turn this rule off". */
  private setRuleOn(rule: string): void {
    this.disabled.delete(rule);
    this.changed();
    void this.services.settings.setDisabledRules([...this.disabled]).catch((error: unknown) => logError('settings', error));
  }

  private async pickZone(zone: string): Promise<void> {
    const mark = this.openMark();
    const question = mark && this.zoneQuestion(mark);
    if (!question) return;
    const conversation = this.audience.conversation;
    if (conversation && question.who === conversation.id) {
      const zones = await this.services.directory.channelZones(conversation.id);
      await this.services.directory.setChannelZones(conversation.id, [...new Set([...zones, zone])]);
    } else {
      const person = unknownRecipient(mark.deadline, this.dismissedZones);
      if (!person) return;
      await this.services.directory.setZone({ email: person.email, slackId: person.slackId, name: person.name }, zone);
    }
    this.audienceKey = null;
    this.changed();
  }

  private dismissZone(): void {
    const mark = this.openMark();
    const question = mark && this.zoneQuestion(mark);
    if (question) this.dismissedZones.add(question.who);
    this.show();
  }

  private dispose(style: HTMLStyleElement | null): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.analyseTimer);
    clearTimeout(this.hoverTimer);
    clearTimeout(this.retryTimer);
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.hoverFrame);
    try {
      clear(this);
      this.mirror?.remove();
      render(null, this.container);
      this.container.remove();
      (style ?? this.style)?.remove();
    } catch (error) {
      logError('dispose', error);
    }
  }
}

/** Lets the page handle input between slices of a long analysis. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
