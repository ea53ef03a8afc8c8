/**
 * A word-level diff (longest common subsequence over words and the spaces between them), for
 * showing a rewrite against the writer's own text before anything is replaced. Pure; quadratic in
 * words, so long texts are compared by their changed middle only.
 */
export interface DiffPart {
  op: 'same' | 'add' | 'del';
  text: string;
}

const TOKEN = /\s+|[\p{L}\p{N}'’_-]+|[^\s\p{L}\p{N}]/gu;

function push(parts: DiffPart[], op: DiffPart['op'], text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.op === op) last.text += text;
  else parts.push({ op, text });
}

export function wordDiff(before: string, after: string, maxTokens = 1500): DiffPart[] {
  const a = before.match(TOKEN) ?? [];
  const b = after.match(TOKEN) ?? [];
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, head).join(''));
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  if (x.length * y.length > maxTokens * maxTokens / 4) {
    push(parts, 'del', x.join(''));
    push(parts, 'add', y.join(''));
  } else {
    // LCS table, filled from the end.
    const w = y.length + 1;
    const table = new Uint32Array((x.length + 1) * w);
    for (let i = x.length - 1; i >= 0; i--) {
      for (let j = y.length - 1; j >= 0; j--) {
        table[i * w + j] = x[i] === y[j] ? table[(i + 1) * w + j + 1]! + 1 : Math.max(table[(i + 1) * w + j]!, table[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] === y[j]) {
        push(parts, 'same', x[i]!);
        i++;
        j++;
      } else if (table[(i + 1) * w + j]! >= table[i * w + j + 1]!) push(parts, 'del', x[i++]!);
      else push(parts, 'add', y[j++]!);
    }
    while (i < x.length) push(parts, 'del', x[i++]!);
    while (j < y.length) push(parts, 'add', y[j++]!);
  }
  push(parts, 'same', a.slice(a.length - tail).join(''));
  return readable(parts);
}

/**
 * A diff a person can read: a short run of kept words between two changes ("the", "in") is shown
 * as removed and added again, so each change reads as whole words out and whole words in, not a
 * confetti of single words.
 */
function readable(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let del = '';
  let add = '';
  const flush = () => {
    push(out, 'del', del);
    push(out, 'add', add);
    del = add = '';
  };
  parts.forEach((part, i) => {
    const between = i > 0 && i < parts.length - 1;
    const short = (part.text.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 2 && !part.text.includes('\n');
    if (part.op === 'same' && !(between && short)) {
      flush();
      push(out, 'same', part.text);
    } else if (part.op === 'same') {
      del += part.text;
      add += part.text;
    } else if (part.op === 'del') del += part.text;
    else add += part.text;
  });
  flush();
  return out;
}
