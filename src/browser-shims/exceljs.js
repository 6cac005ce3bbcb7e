// ExcelJS for the browser bundle, from its sources rather than dist/exceljs.min.js: the minified
// build carries a JSZip of its own, so the pane shipped two (the other in mammoth, for .docx).
// Built from lib/, ExcelJS and mammoth share node_modules/jszip. Only what lib/exceljs.browser.js
// exports, without its core-js polyfills: the pane runs only in browsers with ES2020 (README).
const Workbook = require('exceljs/lib/doc/workbook');
const Enums = require('exceljs/lib/doc/enums');

module.exports = { Workbook, ...Enums };
module.exports.default = module.exports;
