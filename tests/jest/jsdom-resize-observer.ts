/** jsdom has no ResizeObserver (every browser has): Fluent's MessageBar measures itself with one. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (!('ResizeObserver' in window)) Object.assign(window, { ResizeObserver: NoResizeObserver });
