/** Entry of message.html: shows the words its address carries (as text, never as HTML). */
import { readMessage } from './message-url';

const { title, message } = readMessage(window.location.search);
document.getElementById('title')!.textContent = title;
document.getElementById('message')!.textContent = message;
