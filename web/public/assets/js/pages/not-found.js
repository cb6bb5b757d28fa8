/** @module web/pages/not-found — the page a browser gets for an address that is no page of the app: the frame, a plain message, the way back. */
import { initLayout } from '../lib/layout.js';

initLayout();
