import { render } from 'preact';
import { Popup } from '@/components/Popup';

render(<Popup playgroundUrl={browser.runtime.getURL('/playground.html')} />, document.getElementById('app')!);
