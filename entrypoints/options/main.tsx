import { render } from 'preact';
render(<p>Warmline</p>, document.getElementById('app')!);
