import { useState } from 'preact/hooks';
import type { DiffPart, FixChoice } from './types';

/** Buttons keep the editor focused (and its caret) when clicked with a mouse. */
const keepFocus = (e: MouseEvent) => e.preventDefault();

/**
 * The fixes of a card. A button shows the exact words it puts in the message (as Grammarly and
 * Harper show the replacement, not a verb); a fix only the writer can complete is a question with
 * a short field (and ready answers), whose answer is what gets inserted.
 */
export function FixButtons(props: { fixes: FixChoice[]; onApply(index: number, answer?: string): void }) {
  return (
    <div class="fixes" data-part="fixes">
      {props.fixes.map((fix, i) =>
        fix.ask ? (
          <AskFix key={`ask:${fix.ask.question}`} fix={fix} onAnswer={(answer) => props.onApply(i, answer)} />
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

function AskFix(props: { fix: FixChoice; onAnswer(answer: string): void }) {
  const ask = props.fix.ask!;
  const [answer, setAnswer] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    if (answer.trim()) props.onAnswer(answer.trim());
  };
  return (
    <form class="ask" data-part="ask" onSubmit={submit}>
      <label>
        <span class="question">{ask.question}</span>
        <input type="text" value={answer} placeholder={ask.hint} data-part="ask-input" onInput={(e) => setAnswer((e.target as HTMLInputElement).value)} />
      </label>
      {ask.choices.map((choice) => (
        <button type="button" class="fix" key={choice} data-part="ask-choice" onMouseDown={keepFocus} onClick={() => props.onAnswer(choice)}>
          {choice}
        </button>
      ))}
      <button type="submit" class="fix" data-part="ask-insert" disabled={!answer.trim()}>
        Insert
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
