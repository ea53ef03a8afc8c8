/**
 * Docs' body text carries control characters (ETX at the start, FS between sections, VT for a
 * manual line break). They read as a space or a newline, one for one, so every offset stays Docs'
 * own; both halves of the bridge compare text in this form.
 */
export function readableText(text: string): string {
  return text.replace(/[\u000b\u000c]/g, '\n').replace(/[\u0000-\u0008\u000e-\u001f\u00a0]/g, ' ');
}
