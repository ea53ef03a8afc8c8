/**
 * What the buttons of one composer's card do: apply a fix or the rewrite through the editor's own
 * editing path, ignore a mark, turn a rule off (and on again), answer or dismiss "Where is …?".
 * Every action is guarded: an error is logged, never thrown into the host page.
 */
import type { HintsViewProps } from '@/components/hints/HintsView';
import type { AnswerPreview } from '@/components/hints/types';
import type { FixAsk, Span } from '@/lib/analysis/types';
import type { Replacement } from '@/lib/editing';
import { guard, logError } from '@/lib/log';
import { fixChange, rewriteChange, shiftSinceAnalysis } from './apply';
import type { Readers } from './audience';
import { fixesFor, savedZoneLine } from './cards';
import type { Analysis } from './contract';
import { answerWindow, nextWeeks, placeAnswer, readAnswer as previewOf, unreadAnswer, withNextWeek } from './deadline-answer';
import type { Settings } from './directory';
import type { HintsInput } from './input';
import { ignoreKey, type Mark } from './marks';
import type { OpenCard } from './open-card';
import type { EditorSurface } from './surfaces';
import { UNAVAILABLE_MESSAGE } from './unavailable';

/** The session's state the actions read and change. */
export interface ActionsPort {
  readonly card: OpenCard;
  readonly readers: Readers;
  readonly input: HintsInput;
  readonly settings: Settings;
  surface(): EditorSurface;
  /** The text of the last analysis, its rewrite and the host's excluded ranges in it. */
  analysed(): { text: string; rewrite: string | null; excluded?: Span[] };
  /**
   * Reads `text` with the engine in this composer's context (its readers, the writer's zone and
   * hours, `now`); `excluded` in `text`'s offsets. The sender zone used is returned with the analysis.
   */
  analyze(text: string, excluded?: Span[]): Promise<{ analysis: Analysis; senderZone: string; basis?: string }>;
  marks(): Mark[];
  setMarks(marks: Mark[]): void;
  /** "Ignore here" keys and turned-off rules of this composer (changed in place). */
  readonly ignored: Set<string>;
  disabled(): Set<string>;
  /** The text changed (or will): analyse again. */
  changed(): void;
  show(): void;
  disposed(): boolean;
  focusIsInCard(): boolean;
  /** Opens the proposal editor for `text` (the message); rejects when it could not. */
  propose(text: string): Promise<void>;
}

export function cardActions(port: ActionsPort): HintsViewProps['actions'] {
  const { card } = port;

  const stale = () => {
    card.say('The text changed under this hint; it will update in a moment.');
    port.changed();
  };

  const replace = async (change: Replacement) => {
    const result = await port.surface().replace(change);
    if (port.disposed()) return;
    if (!result.ok) {
      logError('hints: apply', `${result.reason}${result.detail ? `: ${result.detail}` : ''}`);
      return stale();
    }
    card.say(result.undoable ? null : 'Applied. This editor did not accept the change as an edit, so Ctrl+Z cannot undo it.');
    port.changed();
  };

  const applyFix = async (index: number, answer?: string) => {
    const mark = card.mark();
    const { text } = port.analysed();
    const fix = mark && fixesFor(mark, text)[index];
    if (!mark || !fix) return;
    const surface = port.surface();
    const map = await surface.read();
    const live = map && mark.range ? surface.live(map, mark.range) : undefined;
    const shift = map ? shiftSinceAnalysis({ analysed: text, now: map.text, mark, fix, live }) : null;
    if (shift === null) return stale();
    const change = fixChange(text, fix, shift, answer);
    // A question not answered yet writes nothing.
    if (change) await replace(change);
  };

  /**
   * How a typed deadline answer reads: the message with the answer put in place (as applyFix would
   * put it), read by the engine in this composer's context. Never rejects: an error is logged and
   * the answer can still go in as written.
   */
  const readAnswer = async (index: number, answer: string): Promise<AnswerPreview> => {
    let ask: FixAsk | undefined;
    try {
      const mark = card.mark();
      const { text, excluded } = port.analysed();
      const fix = mark && fixesFor(mark, text)[index];
      ask = fix?.ask;
      if (!fix || !ask) return { answer: answer.trim(), status: 'failed', note: 'This question is no longer open.' };
      const asked = { ...fix, ask };
      const read = async (words: string): Promise<AnswerPreview> => {
        const at = placeAnswer(text, asked, words);
        if (!at) return unreadAnswer({ ask: asked.ask }, words);
        const window = answerWindow(at, excluded);
        const { analysis, senderZone, basis } = await port.analyze(window.text, window.excluded);
        const deadlines = analysis.deadlines.map((d) => ({ ...d, start: d.start + window.offset, end: d.end + window.offset }));
        return previewOf(asked, at, deadlines, senderZone, basis);
      };
      const preview = await read(answer);
      // "Monday" typed on a Monday evening is today, already gone (DEADLINES.md): the writer most
      // likely means the one next week, so that is the time offered.
      const later = preview.status === 'passed' ? nextWeeks(answer) : undefined;
      if (later === undefined) return preview;
      const next = await read(later);
      return next.status === 'deadline' && next.fill !== undefined && next.insert ? withNextWeek(preview, later, next) : preview;
    } catch (error) {
      logError('hints: read answer', error);
      return ask ? unreadAnswer({ ask }, answer) : { answer: answer.trim(), status: 'failed', note: 'This question is no longer open.' };
    }
  };

  const applyRewrite = async () => {
    const map = await port.surface().read();
    const { text, rewrite } = port.analysed();
    const change = map && rewriteChange(text, map.text, rewrite);
    if (!change) return stale();
    await replace(change);
  };

  const ignore = () => {
    const mark = card.mark();
    if (!mark) return;
    const key = ignoreKey(mark);
    port.ignored.add(key);
    port.setMarks(port.marks().filter((m) => ignoreKey(m) !== key));
    card.close(true);
  };

  const disableRule = () => {
    const rule = card.mark()?.finding?.rule;
    if (!rule) return;
    const disabled = port.disabled();
    disabled.add(rule);
    port.setMarks(port.marks().filter((m) => m.finding?.rule !== rule));
    card.close(true);
    void port.settings.setDisabledRules([...disabled]).catch((error: unknown) => logError('hints: settings', error));
  };

  /** The undo of "Turn this rule off" (the view offers it where the card was). */
  const enableRule = (rule: string) => {
    const disabled = port.disabled();
    disabled.delete(rule);
    port.changed();
    void port.settings.setDisabledRules([...disabled]).catch((error: unknown) => logError('hints: settings', error));
  };

  const pickZone = async (zone: string) => {
    const mark = card.mark();
    const who = mark && (await port.readers.answer(mark, zone));
    if (who) {
      // The picker goes with the answer and the card says what was saved; the keyboard stays in the
      // card (its first fix), not the page.
      card.confirm(savedZoneLine(who, zone));
      port.changed();
    }
  };

  const chooseReading = (abbreviation: string, zone: string) => {
    port.readers.chooseReading(abbreviation, zone);
    port.changed();
  };

  const dismissZone = () => {
    const mark = card.mark();
    if (mark) port.readers.dismiss(mark);
    port.show();
  };

  const draftProposal = async () => {
    const { text } = port.analysed();
    try {
      await port.propose(text);
      card.say('The proposal is open in its own window: fill it in, then “Insert” puts it in place of this message.');
    } catch (error) {
      logError('hints: proposal', error);
      card.say('The proposal editor could not open. Try again from the Handoff button in the toolbar.');
    }
  };

  const explainUnavailable = () => {
    const why = port.surface().unavailable();
    if (why) card.say(UNAVAILABLE_MESSAGE[why]);
  };

  return {
    onOpenFirst: guard('hints: open', () => card.cycle(1, 'click', false)),
    onExplainUnavailable: guard('hints: explain', explainUnavailable),
    onApply: guard('hints: apply', applyFix),
    onReadAnswer: readAnswer,
    onApplyRewrite: guard('hints: rewrite', applyRewrite),
    onDraftProposal: guard('hints: proposal', draftProposal),
    onIgnore: guard('hints: ignore', ignore),
    onDisableRule: guard('hints: disable', disableRule),
    onEnableRule: guard('hints: enable', enableRule),
    onPickZone: guard('hints: zone', pickZone),
    onDismissZone: guard('hints: zone', dismissZone),
    onChooseReading: guard('hints: reading', chooseReading),
    onClose: guard('hints: close', () => card.close(true)),
    onNext: guard('hints: next', () => card.cycle(1, card.via ?? 'click', port.focusIsInCard())),
    onPointerEnter: () => port.input.enterCard(),
    onPointerLeave: () => port.input.leaveCard(),
  };
}
