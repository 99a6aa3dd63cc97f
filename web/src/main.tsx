import { render } from 'preact';
import { App } from './app';
import './style.css';

// A history-style address ("/programmes/x/annexe", which the server answers
// with index.html) becomes its hash form, the one the router reads.
if (!location.hash && location.pathname !== '/' && location.pathname !== '/index.html') {
  history.replaceState(null, '', `/#${location.pathname}${location.search}`);
}

render(<App />, document.getElementById('app')!);
