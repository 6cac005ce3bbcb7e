// The little of Node's `process` that readable-stream (ExcelJS's zip stream) asks for in a browser.
module.exports = {
  browser: true,
  env: {},
  version: '',
  versions: {},
  nextTick: (callback, ...args) => queueMicrotask(() => callback(...args)),
};
