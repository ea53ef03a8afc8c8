/**
 * Is a text English enough for the English time grammar? A message in French, German, Spanish,
 * Italian, Portuguese or Dutch (or in a non-Latin script) gets no English time reading: the
 * grammar would take "14:00" but not "vendredi" beside it and put the deadline on the wrong day,
 * and a rewrite would splice English into the sentence. Function words and day/month names are
 * counted, not guessed: words that are also English ("die", "van", "son") are left out.
 */

/** Function words and greetings of other languages that are not English words. */
const FOREIGN_WORDS = new Set(
  (
    // French
    'le la les des du une est et pour avec nous vous je sur dans pas merci bonjour avant demain aujourd hui jusqu à au aux cette sont être avoir ce ça ' +
    'sera prochain prochaine semaine soir matin midi heures svp stp veuillez pouvez peux ' +
    // German
    'der das und ist bitte bis mit nicht wir ich sie ein eine zu auf für uns morgen heute danke können kannst uhr nächste nächsten woche abend ' +
    'vormittag nachmittag spätestens schicken senden oder auch noch schon ihr dem den zum zur vom ' +
    // Spanish
    'el los las por para con que del una es nos hasta mañana hoy gracias antes próximo próxima semana tarde noche puedes puede enviar ' +
    // Italian
    'il gli della per che entro domani oggi grazie sono alle prossimo prossima settimana sera mattina puoi inviare ' +
    // Portuguese
    'os um uma não obrigado obrigada amanhã hoje até às próxima semana você pode enviar ' +
    // Dutch
    'het een en van de ik je niet morgen vandaag graag tot voor om uur volgende alsjeblieft bedankt kun kunt sturen'
  ).split(/\s+/),
);
// Words of the lists above that are English too.
for (const word of ['a', 'die', 'van', 'son', 'tot', 'pour', 'ce', 'de', 'en', 'om', 'es', 'dem', 'den', 'am', 'also', 'in', 'an', 'on', 'me']) FOREIGN_WORDS.delete(word);

/** Day and month names of those languages (the ones that are not also English). */
const FOREIGN_CALENDAR = new Set(
  'lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag lunes martes miércoles miercoles jueves viernes sábado sabado domingo lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica segunda terça terca quarta quinta sexta maandag dinsdag woensdag donderdag vrijdag zaterdag zondag janvier février fevrier avril juin juillet août aout septembre octobre novembre décembre decembre januar februar märz maerz juni juli oktober dezember enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre janeiro fevereiro março maio junho julho setembro outubro novembro dezembro januari februari maart mei augustus'.split(' '),
);

const ENGLISH_WORDS = new Set(
  'the a an and or to of in on at by for with is are be can could would will please you your we i it this that from before until till send review need let me know thanks hi hello get have do if what when'.split(' '),
);

/** Letters of scripts other than Latin (Cyrillic, Greek, Arabic, Hebrew, Devanagari, CJK, Hangul, Thai …). */
const NON_LATIN = /[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu;
const LATIN = /[A-Za-z\u00c0-\u024f]/g;

/**
 * True when `text` reads as another language than English: mostly non-Latin letters, or more
 * foreign function words and day/month names (a day name counts twice) than English function
 * words, with at least two in all. Pure; about 1 µs per word.
 */
export function isNotEnglish(text: string): boolean {
  const nonLatin = text.match(NON_LATIN)?.length ?? 0;
  if (nonLatin > 0) {
    const latin = text.match(LATIN)?.length ?? 0;
    if (nonLatin >= latin) return true;
  }
  const { foreign, english } = wordCounts(text);
  return foreign >= 2 && foreign > english;
}

/** What isNotEnglish counts in a text: they add up over pieces of a text cut at whitespace. */
export interface LanguageCounts {
  nonLatin: number;
  latin: number;
  foreign: number;
  english: number;
}

/** The counts of one text; NON_LATIN and LATIN counted code unit by code unit (no surrogate falls in either). */
export function languageCounts(text: string): LanguageCounts {
  let nonLatin = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if ((c >= 0x370 && c <= 0x4ff) || (c >= 0x590 && c <= 0x6ff) || (c >= 0x900 && c <= 0xe7f) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) nonLatin++;
  }
  const { foreign, english } = wordCounts(text);
  return { nonLatin, latin, foreign, english };
}

/** isNotEnglish of a text from the sum of its pieces' counts. */
export function countsReadNotEnglish(c: LanguageCounts): boolean {
  return (c.nonLatin > 0 && c.nonLatin >= c.latin) || (c.foreign >= 2 && c.foreign > c.english);
}

function wordCounts(text: string): { foreign: number; english: number } {
  let foreign = 0;
  let english = 0;
  for (const raw of text.toLowerCase().match(/[a-zà-ÿ]+/g) ?? []) {
    if (FOREIGN_CALENDAR.has(raw)) foreign += 2;
    else if (FOREIGN_WORDS.has(raw)) foreign++;
    else if (ENGLISH_WORDS.has(raw)) english++;
  }
  return { foreign, english };
}
