import { render } from 'preact';

render(<main><h1>Handoff playground</h1></main>, document.getElementById('app')!);
