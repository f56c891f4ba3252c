import i18n from 'i18next';
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { initI18n } from '../i18n';

// Mounted components read their texts from i18next: importing this helper sets it up, in English, once per
// test file (each `initI18n` would add another `languageChanged` listener). A test that needs German
// switches with `changeLanguage` and switches back.
if (!i18n.isInitialized) initI18n('en');
// React wraps updates made inside `act` only when told it runs in a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A component mounted by `renderForTest` into a container attached to `document.body`. */
export interface RenderedForTest {
  container: HTMLDivElement;
  /** Renders `node` into the same root, with the same wrapping. */
  rerender(node: ReactNode): void;
  /** Unmounts the root and detaches the container; call it in `afterEach`. */
  unmount(): void;
}

export interface RenderForTestOptions {
  /** Wraps the node in a `MemoryRouter`; true unless set to false. */
  router?: boolean;
}

function mount(options: RenderForTestOptions) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const wrap = (node: ReactNode) => (options.router === false ? node : <MemoryRouter>{node}</MemoryRouter>);
  const view: RenderedForTest = {
    container,
    rerender: (node) => act(() => root.render(wrap(node))),
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
  return { root, wrap, view };
}

/** Mounts `node` inside `act`, so effects and state updates have run when it returns. */
export function renderForTest(node: ReactNode, options: RenderForTestOptions = {}): RenderedForTest {
  const { root, wrap, view } = mount(options);
  act(() => root.render(wrap(node)));
  return view;
}

/** Like `renderForTest`, but awaits an async `act`, so promises started while mounting (e.g. fetches) have settled. */
export async function renderForTestAsync(node: ReactNode, options: RenderForTestOptions = {}): Promise<RenderedForTest> {
  const { root, wrap, view } = mount(options);
  await act(async () => root.render(wrap(node)));
  return view;
}
