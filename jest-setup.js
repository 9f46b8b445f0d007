// Jest setup provided by Grafana scaffolding
import './.config/jest-setup';

// @grafana/ui's Combobox sizes its menu by measuring text on a canvas; jsdom draws nothing, so measure by length.
HTMLCanvasElement.prototype.getContext = () => ({ measureText: (text) => ({ width: String(text).length * 7 }) });

// Its menu watches scroll edges with an IntersectionObserver, which jsdom lacks.
global.IntersectionObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
