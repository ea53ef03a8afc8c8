export { readText, writerText, isTextField, type TextMap, type Piece } from './read-text';
export { rangeAt, offsetsOf, offsetAt, pointAt } from './ranges';
export { readSelection, selectText, shiftSelection, type TextSelection } from './selection';
export { replaceText, type ReplaceResult, type Replacement, type ReplaceMethod } from './replace';
