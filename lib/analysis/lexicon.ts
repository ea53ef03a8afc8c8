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
