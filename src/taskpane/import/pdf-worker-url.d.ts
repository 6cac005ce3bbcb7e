/** pdf.js's worker script, emitted by webpack as a file (webpack.config.js): importing it gives its URL. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs' {
  const url: string;
  export default url;
}
