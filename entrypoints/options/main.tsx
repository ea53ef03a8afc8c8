import { render } from 'preact';

render(<main><h1>Handoff options</h1></main>, document.getElementById('app')!);
