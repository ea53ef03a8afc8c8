/** write-good ships no types; the benchmark only calls its default export. */
declare module 'write-good' {
  export default function writeGood(text: string): { index: number; offset: number; reason: string }[];
}
