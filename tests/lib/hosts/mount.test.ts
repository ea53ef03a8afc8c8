// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createComposerUi } from '@/lib/hosts/mount';

describe('our UI in the host page (issue 16)', () => {
  it('is a closed shadow root: the page reads null from ui.shadowRoot', () => {
    const { ui, shadow } = createComposerUi(document, 'gmail', 'compose');
    document.body.append(ui);
    expect(ui.shadowRoot).toBeNull();
    expect(shadow.host).toBe(ui);
    ui.remove();
  });

  it('drops synthetic (untrusted) clicks and keys before our own listeners see them', () => {
    const { ui, shadow } = createComposerUi(document, 'gmail', 'compose');
    document.body.append(ui);
    const button = document.createElement('button');
    const input = document.createElement('input');
    shadow.append(button, input);
    const clicked = vi.fn();
    const keyed = vi.fn();
    const typed = vi.fn();
    button.addEventListener('click', clicked);
    button.addEventListener('keydown', keyed);
    input.addEventListener('input', typed);
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(clicked).not.toHaveBeenCalled();
    expect(keyed).not.toHaveBeenCalled();
    expect(typed).not.toHaveBeenCalled();
    // Events that are not interactions (focus, our own custom events) pass.
    const other = vi.fn();
    button.addEventListener('handoff-test', other);
    button.dispatchEvent(new Event('handoff-test'));
    expect(other).toHaveBeenCalledOnce();
    ui.remove();
  });
});
