/*
 * Loaded with <script nomodule> by taskpane.html and commands.html: runs only in webviews that cannot
 * load the ES2020 module build (Internet Explorer 11 in Excel 2019 volume-licensed and older), where
 * the pane would otherwise say "Đang khởi động…" forever and the ribbon buttons would hang.
 * Hand-written ES5, copied as is by webpack: no build step turns newer syntax into ES5 here.
 */
(function () {
  'use strict';

  // The manifest's <FunctionName> values.
  var RIBBON_FUNCTIONS = ['loadPlan', 'validatePlan', 'summarizePlan'];

  var MESSAGE = {
    vi:
      'Phiên bản Excel này không chạy được Theo dõi Kế hoạch: trình duyệt nhúng của nó (Internet Explorer 11 hoặc Edge cũ) ' +
      'không chạy được JavaScript hiện đại. Hãy dùng Microsoft 365 hoặc Excel 2021 trở lên trên Windows, Excel trên web, ' +
      'hoặc Excel for Mac bản hiện hành.',
    en:
      'This version of Excel cannot run Plan Tracker: its built-in browser (Internet Explorer 11 or the old Edge) cannot ' +
      'run modern JavaScript. Use Microsoft 365 or Excel 2021 or later on Windows, Excel on the web, or the current Excel for Mac.'
  };

  /** The task pane: the explanation takes the place of the loading text. */
  function showMessage(root) {
    while (root.firstChild) root.removeChild(root.firstChild);
    var languages = ['vi', 'en'];
    for (var i = 0; i < languages.length; i++) {
      var paragraph = document.createElement('p');
      paragraph.setAttribute('lang', languages[i]);
      paragraph.style.padding = '0 12px';
      paragraph.appendChild(document.createTextNode(MESSAGE[languages[i]]));
      root.appendChild(paragraph);
    }
  }

  /** Completing the event is all a button can do here; without it Office keeps the button busy. */
  function completeOnly(event) {
    if (event && typeof event.completed === 'function') event.completed();
  }

  /** The commands page: every ribbon function answers, through Office.actions or as a global (older hosts). */
  function registerRibbonFunctions(office) {
    for (var i = 0; i < RIBBON_FUNCTIONS.length; i++) {
      window[RIBBON_FUNCTIONS[i]] = completeOnly;
      if (office && office.actions && typeof office.actions.associate === 'function') {
        office.actions.associate(RIBBON_FUNCTIONS[i], completeOnly);
      }
    }
    // Office waits for the page to say it is ready before it calls a function.
    if (office && typeof office.onReady === 'function') office.onReady();
    else if (office) office.initialize = function () {};
  }

  var root = document.getElementById('root');
  if (root) showMessage(root);
  else registerRibbonFunctions(window.Office);
})();
