/** The pause after the last keystroke before analysing; the rest of the 100 ms budget is analysis and painting. */
export const DEBOUNCE_MS = 40;
