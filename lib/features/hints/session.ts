/**
 * One composer's hints: listens to the text, analyses it after a short pause, paints the marks,
 * shows the count and the card, and applies a chosen fix through the editor's own editing path.
 * It only coordinates: the editor kind is a surface (./surfaces/), what is shown the panel
 * (./view.ts), which card is open ./open-card.ts, page events ./input.ts, the readers ./audience.ts,
 * the fix's offsets ./apply.ts.
 * Everything is tied to `composer.signal`: when the composer goes, so does every listener.
 */
import type { Composer } from '@/lib/hosts/types';
import type { TextMap } from '@/lib/editing';
import { guard, logError } from '@/lib/log';
import { HINTS_CSS } from '@/components/hints/styles';
import type { HintsViewProps } from '@/components/hints/HintsView';
import { cardActions } from './actions';
import { Readers } from './audience';
import { analyzeInSlices, checkedEnd, partialNote, yieldToPage } from './chunks';
import type { Analysis, HintsServices } from './contract';
import type { AnalysisContext, Span } from '@/lib/analysis/types';
import { HIGHLIGHT_RULES, noRanges } from './highlights';
import { HintsInput, listen } from './input';
import { buildMarks, highlightKindOf, isCurrent, problemCount, type Mark } from './marks';
import { OpenCard } from './open-card';
import { surfaceFor, type EditorSurface } from './surfaces';
import { HintsPanel } from './view';

export type { HintsServices } from './contract';

export class HintsSession {
  private marks: Mark[] = [];
  private analysedText = '';
  private analysedTotal: number | undefined;
  private analysedExcluded: TextMap['excluded'];
  private rewrite: string | null = null;
  /** Said with the rewrite: the readers its one stated time is outside the hours of (Analysis.rewriteNotes). */
  private rewriteNotes: readonly string[] = [];
  private readonly ignored = new Set<string>();
  private disabled = new Set<string>();
  private siteOff = false;
  private generation = 0;
  private revision = 0;
  private analyseTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private disposed = false;
  /** The read that the latest change started, for a surface read through the page. */
  private pendingRead: { generation: number; text: Promise<TextMap | null> } | null = null;
  private style: HTMLStyleElement | null = null;
  private surface!: EditorSurface;
  private panel!: HintsPanel;
  private readonly readers: Readers;
  private readonly input: HintsInput;
  private readonly card: OpenCard;
  private readonly actions: HintsViewProps['actions'];

  constructor(
    private readonly composer: Composer,
    private readonly services: HintsServices,
  ) {
    this.readers = new Readers(composer, services.directory, services.senderZone, services.timeZones, services.places);
    this.card = new OpenCard({
      marks: () => this.marks,
      show: () => this.show(),
      scrollTo: (mark) => mark.range && this.surface.scrollTo(mark.range),
      focusEditor: () => this.surface.focus(),
      focusIsInCard: () => this.focusIsInCard(),
      opening: () => this.input.cardOpening(),
    });
    this.input = new HintsInput({
      marks: () => this.marks,
      card: this.card,
      boxes: (mark) => (mark.range ? this.surface.boxes(mark.range) : []),
      focusIsInCard: () => this.focusIsInCard(),
      focusEditor: () => this.surface.focus(),
      disposed: () => this.disposed,
    });
    this.actions = cardActions({
      card: this.card,
      readers: this.readers,
      input: this.input,
      settings: services.settings,
      surface: () => this.surface,
      analysed: () => ({ text: this.analysedText, rewrite: this.rewrite, ...(this.analysedExcluded ? { excluded: this.analysedExcluded } : {}) }),
      analyze: (text, excluded) => this.analyzeAside(text, excluded),
      marks: () => this.marks,
      setMarks: (marks) => (this.marks = marks),
      ignored: this.ignored,
      disabled: () => this.disabled,
      changed: () => this.changed(),
      show: () => this.show(),
      disposed: () => this.disposed,
      focusIsInCard: () => this.focusIsInCard(),
      propose: (text) => (services.propose ? services.propose({ host: composer.host, text, recipients: composer.recipients() }) : Promise.reject(new Error('no proposal editor'))),
    });
  }

  start(): void {
    const { editor, shadow, signal } = this.composer;
    if (signal.aborted) return;
    const style = (this.style = document.createElement('style'));
    style.textContent = HINTS_CSS + HIGHLIGHT_RULES;
    const container = document.createElement('div');
    container.className = 'hints';
    shadow.append(style, container);
    this.surface = surfaceFor(this.composer, {
      retry: () => this.stillAlive() && this.changed(),
      unavailableChanged: () => this.renderView(),
    });
    this.panel = new HintsPanel(container, editor, this.surface, () => this.card.close(false));
    signal.addEventListener('abort', () => this.dispose(), { once: true });

    listen(editor, this.surface.keyTarget, shadow, signal, this.input, {
      changed: () => this.changed(),
      moved: () => this.schedulePlacement(),
      alive: () => this.stillAlive(),
    });
    this.services.settings.onChange(() => void this.loadSettings(), signal);
    // Back from Options or another tab, where a reader's zone or hours may have been set: read the
    // readers again, so the card does not keep the zones it had when the composer opened.
    // Only when they did change is the message analysed again: a focus coming back (Docs moves it
    // between its frames) must not restart a long analysis that is under way.
    const refresh = guard('hints: readers', () => {
      if (this.disposed) return;
      const before = JSON.stringify(this.readers.audience.people);
      this.readers.forget();
      void this.readers
        .current()
        .then(() => {
          if (!this.disposed && JSON.stringify(this.readers.audience.people) !== before) this.changed();
        })
        .catch((error: unknown) => logError('hints: readers', error));
    });
    window.addEventListener('focus', refresh, { signal });
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && refresh(), { signal });
    void this.loadSettings().finally(() => this.changed());
  }

  /** An orphaned content script (extension reloaded) removes its marks and stops, without a word. */
  private stillAlive(): boolean {
    if (this.disposed) return false;
    if (this.services.alive()) return true;
    this.dispose();
    return false;
  }

  private async loadSettings(): Promise<void> {
    try {
      this.disabled = new Set(await this.services.settings.disabledRules());
      this.siteOff = !(await this.services.settings.siteEnabled(this.composer.host));
      this.changed();
    } catch (error) {
      logError('hints: settings', error);
    }
  }

  /** The text may have changed: drop marks whose words changed now, analyse after a pause. */
  private changed(): void {
    if (this.disposed) return;
    this.generation += 1;
    this.surface.sync();
    this.dropStaleMarks();
    // A text read through the page can only be checked once it is in; the analysis takes the same read.
    if (this.surface.readsThroughPage) {
      const text = this.surface.read();
      this.pendingRead = { generation: this.generation, text };
      text.then(() => this.dropStaleMarks(), (error: unknown) => logError('hints: read', error));
    }
    clearTimeout(this.analyseTimer);
    // Words still being composed are not the writer's yet: compositionend calls this again.
    if (this.input.composing) return;
    this.analyseTimer = setTimeout(guard('hints: analyse', () => this.analyse()), this.services.debounceMs);
  }

  private dropStaleMarks(): void {
    if (this.disposed) return;
    const count = this.marks.length;
    this.marks = this.marks.filter(isCurrent);
    if (this.marks.length !== count) this.show();
    else this.schedulePlacement();
  }

  private async analyse(): Promise<void> {
    if (!this.stillAlive()) return;
    const generation = this.generation;
    const stale = () => this.disposed || generation !== this.generation;
    const pending = this.pendingRead?.generation === generation ? this.pendingRead.text : null;
    const read = await (pending ?? this.surface.read());
    if (stale()) return;
    const map = read ?? { editor: this.composer.editor, text: '', pieces: [] };
    if (map.text.trim() === '' || this.siteOff) return this.update(map, [], null);
    const ctx = await this.context(map.excluded);
    if (stale()) return;
    const analysis = await analyzeInSlices(this.services.analyze, map.text.slice(0, checkedEnd(map.text)), ctx, yieldToPage, stale, this.surface.wholeRewrite);
    if (!analysis || stale()) return;
    this.surface.sync();
    const marks = buildMarks(analysis, map, { disabledRules: this.disabled, ignored: this.ignored }, this.surface.rangeFor(map));
    this.update(map, marks, this.surface.wholeRewrite ? analysis.rewrite : null, analysis.rewriteNotes);
  }

  /** What the engine is told about this composer now: its readers, the writer's zone and hours, the clock. */
  private async context(excluded: Span[] | undefined): Promise<AnalysisContext> {
    const audience = await this.readers.current();
    const at = { now: this.services.now(), locale: this.services.senderLocale(), hourCycle: this.services.senderHourCycle?.(), workingHours: this.services.senderWorkingHours?.(), disabledRules: [...this.disabled], excluded };
    return this.readers.context(audience, at);
  }

  /** Reads a text that is not the composer's (a card's answer put in place) in the same context; nothing is shown or marked. */
  private async analyzeAside(text: string, excluded: Span[] | undefined): Promise<{ analysis: Analysis; senderZone: string; basis?: string }> {
    const ctx = await this.context(excluded);
    const analysis = await this.services.analyze(text, ctx, { rewrite: false });
    return { analysis, senderZone: ctx.sender.timeZone, ...(this.readers.audience.basis ? { basis: this.readers.audience.basis } : {}) };
  }

  private update(map: TextMap, marks: Mark[], rewrite: string | null, rewriteNotes: readonly string[] = []): void {
    this.analysedText = map.text;
    this.analysedExcluded = map.excluded;
    this.analysedTotal = map.total;
    this.marks = marks;
    this.rewrite = rewrite;
    this.rewriteNotes = rewrite === null ? [] : rewriteNotes;
    this.show();
    this.revision += 1;
    this.composer.ui.dataset.hintsRevision = String(this.revision);
  }

  // ——— drawing ———

  private show(): void {
    if (this.disposed) return;
    this.card.prune();
    const ranges = noRanges();
    for (const mark of this.marks) {
      if (!mark.range) continue;
      ranges[highlightKindOf(mark)].push(mark.range);
      if (mark.key === this.card.key) ranges.active.push(mark.range);
    }
    this.surface.paint(ranges, this.marks.length);
    this.composer.ui.dataset.hintsCount = String(problemCount(this.marks));
    this.composer.ui.dataset.hintsMarks = String(this.marks.length);
    this.renderView();
  }

  private renderView(): void {
    const mark = this.card.mark();
    const state = {
      partial: partialNote(this.analysedText, this.analysedTotal),
      marks: this.marks,
      open: mark ? { mark, focusFirst: this.card.focusFirst, saved: this.card.saved } : null,
      notice: this.card.notice,
      unavailable: this.surface.unavailable(),
      rewrite: this.rewrite,
      formatted: this.rewrite !== null && this.surface.formatted(),
      rewriteNotes: this.rewriteNotes,
      analysed: this.analysedText,
      basis: this.readers.audience.basis,
      question: (m: Mark) => this.readers.question(m),
    };
    this.panel.draw(state, this.actions);
  }

  private schedulePlacement(): void {
    if (this.frame || this.disposed || (this.marks.length === 0 && !this.card.notice && !this.surface.unavailable())) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.disposed) guard('hints: place', () => this.renderView())();
    });
  }

  private focusIsInCard(): boolean {
    return this.composer.shadow.activeElement !== null;
  }

  private dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.analyseTimer);
    cancelAnimationFrame(this.frame);
    this.input.dispose();
    try {
      this.surface?.dispose();
      this.panel?.dispose();
      this.style?.remove();
    } catch (error) {
      logError('hints: dispose', error);
    }
  }
}
