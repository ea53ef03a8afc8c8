import { useEffect, useRef, useState } from 'preact/hooks';
import { DeadlineChip } from './DeadlineChip';
import type { AnswerPreview, DiffPart, FixChoice } from './types';

/** Buttons keep the editor focused (and its caret) when clicked with a mouse. */
const keepFocus = (e: MouseEvent) => e.preventDefault();

/**
 * The fixes of a card. A button shows the exact words it puts in the message (as Grammarly and
 * Harper show the replacement, not a verb); a fix only the writer can complete is a question with
 * a short field (and ready answers), whose answer is what gets inserted.
 */
export function FixButtons(props: { fixes: FixChoice[]; onApply(index: number, answer?: string): void; onReadAnswer?(index: number, answer: string): Promise<AnswerPreview> }) {
  const read = props.onReadAnswer;
  return (
    <div class="fixes" data-part="fixes">
      {props.fixes.map((fix, i) =>
        fix.ask ? (
          fix.ask.deadline && read ? (
            <DeadlineAsk key={`ask:${fix.ask.question}`} fix={fix} onAnswer={(answer) => props.onApply(i, answer)} onRead={(answer) => read(i, answer)} />
          ) : (
            <AskFix key={`ask:${fix.ask.question}`} fix={fix} onAnswer={(answer) => props.onApply(i, answer)} />
          )
        ) : (
          <button
            type="button"
            class="fix"
            key={`${fix.label}:${fix.replacement}`}
            title={`${fix.label}: inserts “${fix.insert}”${fix.note ? ` — ${fix.note}` : ''}`}
            aria-label={`${fix.label}: insert “${fix.insert}”${fix.note ? `. ${fix.note}` : ''}`}
            data-part="fix"
            data-insert={fix.insert}
            onMouseDown={keepFocus}
            onClick={() => props.onApply(i)}
          >
            <span class="insert">{fix.insert}</span>
            {fix.note ? (
              <span class="note" data-part="fix-note">
                {fix.note}
              </span>
            ) : null}
          </button>
        ),
      )}
    </div>
  );
}

/** A question's field and its ready answers, the same in every question a card asks. */
function AskField(props: { ask: NonNullable<FixChoice['ask']>; answer: string; onInput(text: string): void; onChoice(choice: string): void }) {
  return (
    <>
      <label>
        <span class="question">{props.ask.question}</span>
        <input type="text" value={props.answer} placeholder={props.ask.hint} data-part="ask-input" onInput={(e) => props.onInput((e.target as HTMLInputElement).value)} />
      </label>
      {props.ask.choices.map((choice) => (
        <button type="button" class="fix" key={choice} data-part="ask-choice" onMouseDown={keepFocus} onClick={() => props.onChoice(choice)}>
          {choice}
        </button>
      ))}
    </>
  );
}

function AskFix(props: { fix: FixChoice; onAnswer(answer: string): void }) {
  const ask = props.fix.ask!;
  const [answer, setAnswer] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    if (answer.trim()) props.onAnswer(answer.trim());
  };
  return (
    <form class="ask" data-part="ask" onSubmit={submit}>
      <AskField ask={ask} answer={answer} onInput={setAnswer} onChoice={props.onAnswer} />
      {ask.reads && answer.trim() ? (
        <p class="answer-reads" data-part="answer-reads" role="status" aria-live="polite">
          Reads: “{ask.reads(answer.trim())}”
        </p>
      ) : null}
      <button type="submit" class="fix" data-part="ask-insert" disabled={!answer.trim()}>
        Insert
      </button>
    </form>
  );
}

/** The pause after the last keystroke in a deadline answer before it is read, ms. */
export const ANSWER_READ_MS = 250;

/**
 * A question whose answer is a deadline: as the writer types, the answer is read (after a short
 * pause) and the card shows how each reader will read it, its problems, and the exact words Insert
 * puts in. An answer already passed for a reader is not inserted: the proposed time is offered as a
 * ready answer. Enter on words not read yet reads them now and inserts nothing: only words shown go in.
 */
function DeadlineAsk(props: { fix: FixChoice; onAnswer(fill: string): void; onRead(answer: string): Promise<AnswerPreview> }) {
  const ask = props.fix.ask!;
  const [answer, setAnswer] = useState('');
  const [preview, setPreview] = useState<AnswerPreview | null>(null);
  const asked = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onRead = useRef(props.onRead);
  onRead.current = props.onRead;
  const trimmed = answer.trim();

  const readNow = (words: string) => {
    clearTimeout(timer.current);
    const ticket = ++asked.current;
    onRead
      .current(words)
      .then((read) => {
        // Only the reading of the words in the field now: an older one that came back late is dropped.
        if (ticket === asked.current) setPreview(read);
      })
      .catch(() => undefined);
  };
  useEffect(() => {
    clearTimeout(timer.current);
    if (!trimmed) {
      asked.current += 1;
      setPreview(null);
      return;
    }
    timer.current = setTimeout(() => readNow(trimmed), ANSWER_READ_MS);
    return () => clearTimeout(timer.current);
  }, [trimmed]);

  const current = preview && preview.answer === trimmed ? preview : null;
  const submit = (e: Event) => {
    e.preventDefault();
    if (!trimmed) return;
    if (!current) return readNow(trimmed);
    if (current.fill !== undefined) props.onAnswer(current.fill);
  };
  const words = current?.insert;
  return (
    <form class="ask deadline-ask" data-part="ask" onSubmit={submit}>
      <AskField ask={ask} answer={answer} onInput={setAnswer} onChoice={props.onAnswer} />
      <div class="answer-preview" data-part="answer-preview" data-status={current?.status ?? (trimmed ? 'reading' : 'empty')} role="status" aria-live="polite">
        {current?.note && <p class={current.status === 'passed' ? 'note warning' : 'note'}>{current.note}</p>}
        {current?.chip && <DeadlineChip model={current.chip} />}
        {current?.alternative && (
          <button
            type="button"
            class="fix"
            data-part="answer-alternative"
            data-insert={current.alternative.insert}
            aria-label={`Insert “${current.alternative.insert}”`}
            onMouseDown={keepFocus}
            onClick={() => props.onAnswer(current.alternative!.fill)}
          >
            <span class="insert">{current.alternative.insert}</span>
          </button>
        )}
      </div>
      <button
        type="submit"
        class="fix insert-answer"
        data-part="ask-insert"
        data-insert={words ?? ''}
        disabled={!words}
        aria-label={words ? `Insert “${words}”` : 'Insert'}
        title={words ? `Inserts “${words}”` : trimmed ? 'Reading the time…' : undefined}
      >
        {words ? (
          <>
            Insert <span class="insert">“{words}”</span>
          </>
        ) : (
          'Insert'
        )}
      </button>
    </form>
  );
}

/** The rewrite against the writer's text: removed words struck through, added words marked. */
export function RewriteDiff(props: { diff: DiffPart[] }) {
  return (
    <pre class="preview diff" data-part="rewrite-preview">
      {props.diff.map((part, i) =>
        part.op === 'same' ? part.text : part.op === 'add' ? <ins key={i}>{part.text}</ins> : <del key={i}>{part.text}</del>,
      )}
    </pre>
  );
}
