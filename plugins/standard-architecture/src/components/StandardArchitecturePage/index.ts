export { StandardArchitecturePage } from './StandardArchitecturePage';
