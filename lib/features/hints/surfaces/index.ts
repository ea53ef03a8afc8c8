/** Picks the surface for a composer's editor: a canvas body, a text field, or a contenteditable. */
import { isTextField } from '@/lib/editing';
import type { Composer } from '@/lib/hosts/types';
import { canvasSurface } from './canvas';
import { domSurface } from './dom';
import type { EditorSurface, SurfaceHooks } from './surface';
import { textareaSurface } from './textarea';

export type { EditorSurface, SurfaceHooks } from './surface';

export function surfaceFor(composer: Pick<Composer, 'editor' | 'shadow' | 'signal' | 'canvasText' | 'notProse'>, hooks: SurfaceHooks): EditorSurface {
  const { editor, shadow, signal, canvasText } = composer;
  if (canvasText) return canvasSurface(canvasText, editor, shadow, hooks);
  if (isTextField(editor)) return textareaSurface(editor, shadow, signal);
  return domSurface(editor, composer.notProse);
}
