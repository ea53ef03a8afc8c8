/**
 * Small word lists shared by the ask detector and the rules. Kept as Sets of lower-case words so
 * a lookup is one hash probe on the keystroke path.
 */

/** Verbs that, in base form at the start of a sentence, read as a request to the reader. */
export const ACTION_VERBS = new Set([
  'add', 'advise', 'answer', 'approve', 'arrange', 'ask', 'attach', 'book', 'bring', 'call', 'cancel',
  'change', 'check', 'circulate', 'come', 'comment', 'complete', 'confirm', 'consider', 'contact',
  'coordinate', 'copy', 'correct', 'create', 'decide', 'delete', 'do', 'double-check', 'draft', 'drop',
  'e-mail', 'email', 'fax', 'figure', 'file', 'fill', 'find', 'finish', 'fix', 'follow', 'forward', 'get',
  'give', 'go', 'grab', 'handle', 'have', 'help', 'hold', 'include', 'inform', 'invite', 'join', 'keep',
  'let', 'look', 'mail', 'make', 'move', 'note', 'notify', 'open', 'order', 'pass', 'pay', 'phone',
  'pick', 'ping', 'plan', 'prepare', 'print', 'proceed', 'provide', 'pull', 'put', 'read', 'reach',
  'remember', 'remind', 'remove', 'reply', 'report', 'respond', 'return', 'review', 'revise', 'rsvp',
  'run', 'schedule', 'see', 'send', 'set', 'share', 'ship', 'sign', 'start', 'stop', 'submit', 'take',
  'talk', 'tell', 'try', 'update', 'upload', 'use', 'verify', 'wait', 'write',
]);

/**
 * Whether a bare verb's subject is the writer, dropped: the reader is its object ("See you Monday",
 * "Talk to you soon", "Send you the notes tonight") or only the writer can do it ("Look forward to
 * it"). Such a line is a closing or a promise, not an imperative — an imperative's subject is the
 * reader, so the reader cannot also be its object. `after` is the lower-case text after the verb.
 */
export function writerIsSubject(verb: string, after: string): boolean {
  return READER_OBJECT.test(after) || (verb === 'look' && /^\s+forward\b/.test(after));
}
const READER_OBJECT = /^(?:\s+(?:back|up|over|in))?(?:\s+(?:to|with))?\s+(?:you|ya|u|y'all)\b/;

/** Marketing verbs: in company email an imperative built on these is almost always a mass mailing. */
export const PROMO_VERBS = new Set([
  'act', 'apply', 'buy', 'click', 'claim', 'discover', 'download', 'earn', 'enjoy', 'enter', 'explore',
  'hurry', 'learn', 'login', 'log', 'order', 'save', 'shop', 'sign', 'start', 'subscribe', 'tap',
  'unsubscribe', 'upgrade', 'visit', 'watch', 'win',
]);

/** Words that start a question even without a question mark ("Can you send it."). */
export const QUESTION_STARTS = new Set([
  'am', 'are', 'can', 'could', 'did', 'do', 'does', 'have', 'has', 'how', 'is', 'may', 'might', 'shall',
  'should', 'was', 'were', 'what', 'when', 'where', 'which', 'who', 'whom', 'whose', 'why', 'will',
  'would', 'any', 'anything', 'anyone',
]);

/** The words that open a greeting ("Hi", "Good morning"), as a regular-expression source. */
export const GREETING_WORD = '(?:hi|hey|hello|hiya|heya|yo|howdy|greetings|dear|good (?:morning|afternoon|evening)|morning|afternoon)';

/** A sentence that is only a greeting and a name or two: "Hi Ana,", "Good morning team!". */
export const GREETING_SENTENCE = new RegExp(`^${GREETING_WORD}\\b(?:\\s+[\\p{L}@.'’-]+){0,3}\\s*[,!:.…]*$`, 'iu');

/**
 * Words a ping is made of ("yo, got a min?", "you around?", "Hi Ben, are you free?", "Do you have
 * five minutes for a call?", "one quick thing"): availability, time, a call, a question to come.
 * A short message made only of these, a greeting and a name asks nothing yet.
 */
const PING_WORDS = new Set([
  'got', 'have', 'has', 'you', 'u', 'ya', 'a', 'an', 'one', 'quick', 'small', 'little', 'sec', 'secs', 'second', 'seconds', 'min', 'mins',
  'minute', 'minutes', 'moment', 'for', 'call', 'chat', 'word', 'free', 'around', 'there', 'online', 'busy', 'available', 'can', 'could',
  'i', 'ask', 'something', 'question', 'questions', 'thing', 'borrow', 'hop', 'jump', 'on', 'to', 'are', 'do', 'did', 'five', 'few',
  'two', 'ten', 'couple', 'real', 'quickly', 'me', 'help', 'need', 'your', 'with', 'is', 'now', 'today', 'still', 'yet', 'sup', 'wassup',
  'hey', 'hi', 'hello', 'yo', 'hiya', 'heya', 'howdy', 'morning', 'afternoon', 'evening', 'good', 'there', 'all', 'team', 'everyone',
  'folks', 'guys', 'please', 'pls', 'when', 'whenever', 'spare', 'talk', 'speak', 'sync', 'catch', 'up', 'quick', 'some', 'time', 'in',
  'private', 'dm', 'ping', 'anyone', 'somebody', 'someone', 'able', 'be', 'would', 'ok', 'okay', 'so',
]);
const PING_CORE = /\b(?:sec|secs|second|min|mins|minute|minutes|moment|call|chat|word|free|around|there|online|busy|available|ask|something|question|thing|borrow|talk|speak|sync|catch|dm|help|hi|hey|hello|yo|hiya|heya|howdy|morning|afternoon|evening|sup)\b/i;

/**
 * Whether a whole message is only a greeting and/or a ping: at most 14 words, each a ping word, a
 * capitalised name or a number of minutes, with at least one word that pings. `prose` is the
 * masked text (prose.ts), so an @mention reads as a name.
 */
export function isBarePing(prose: string): boolean {
  if (prose.length > 200) return false;
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu) ?? [];
  if (words.length === 0 || words.length > 14) return false;
  if (!PING_CORE.test(prose)) return false;
  return words.every((w, i) => PING_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')) || /^\d{1,2}$/.test(w) || (i > 0 && /^\p{Lu}\p{Ll}+$/u.test(w) && i <= 3) || /^X+x*$/.test(w));
}
