/**
 * The address of the dialog page that shows a ribbon command's failure, with the words in its
 * query. The query, not Dialog.messageChild: messageChild needs DialogApi 1.2 and a handshake
 * (the page loads office.js and tells the opener it is ready), while a query works from
 * DialogApi 1.1 with a page that loads nothing but its own few lines. The words are a sentence or
 * two, far below any URL length limit.
 */
export const MESSAGE_PAGE = 'message.html';

export interface DialogMessage {
  title: string;
  message: string;
}

/** message.html next to `commandsPage` (the dialog must be on the add-in's own domain). */
export function messageUrl(commandsPage: string, words: DialogMessage): string {
  const url = new URL(MESSAGE_PAGE, commandsPage);
  url.searchParams.set('title', words.title);
  url.searchParams.set('message', words.message);
  return url.toString();
}

/** The words back from the page's query string (empty when absent). */
export function readMessage(search: string): DialogMessage {
  const params = new URLSearchParams(search);
  return { title: params.get('title') ?? '', message: params.get('message') ?? '' };
}
