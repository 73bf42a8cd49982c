/** The z-index Atlaskit gives the portal of a modal dialog (its "modal" layer). */
const MODAL_LAYER = '510';
/** The class of the element Atlaskit puts every portal in. */
const PORTAL_CONTAINER = 'atlaskit-portal-container';

/**
 * Keeps Atlaskit modal dialogs in the part of the frame the user can see.
 *
 * A Custom UI frame is as tall as its content and the page around it scrolls, so a modal
 * (fixed to the frame's top) opened from a button far down a long page would appear out of
 * sight. When a modal's portal appears, an IntersectionObserver (whose implicit root is the
 * top-level viewport, across the frame boundary) reports which band of the frame is visible,
 * and the portal is placed over that band. A transform makes the portal the containing block of
 * the modal's fixed-position layers, so blanket and dialog fill the band instead of the frame.
 * When the whole frame is visible, nothing changes.
 *
 * @returns a function that stops watching.
 */
export function keepModalsInView(doc: Document = document): () => void {
  if (typeof IntersectionObserver === 'undefined' || typeof MutationObserver === 'undefined') {
    return () => undefined;
  }
  // Atlaskit adds each portal to one container, a direct child of <body> created on first use:
  // watching the body's own children and then that container leaves the app's renders unseen.
  const portals = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (isModalPortal(node)) placeInView(node, doc);
      }
    }
  });
  const watchContainer = (node: Node) => {
    if (node instanceof HTMLElement && node.classList.contains(PORTAL_CONTAINER)) {
      portals.observe(node, { childList: true });
      // The first portal is added in the same task as its container, before this runs.
      node.childNodes.forEach((child) => {
        if (isModalPortal(child)) placeInView(child, doc);
      });
    }
  };
  doc.body.childNodes.forEach(watchContainer);
  const body = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(watchContainer);
  });
  body.observe(doc.body, { childList: true });

  return () => {
    body.disconnect();
    portals.disconnect();
  };
}

function isModalPortal(node: Node): node is HTMLElement {
  return (
    node instanceof HTMLElement &&
    node.classList.contains('atlaskit-portal') &&
    node.style.zIndex === MODAL_LAYER
  );
}

function placeInView(portal: HTMLElement, doc: Document): void {
  const observer = new IntersectionObserver((entries) => {
    observer.disconnect();
    const entry = entries[0];
    if (!entry?.isIntersecting) return;
    const band = visibleBand(entry.intersectionRect, entry.boundingClientRect);
    if (!band) return;
    Object.assign(portal.style, {
      position: 'absolute',
      top: `${band.top}px`,
      left: '0',
      width: '100%',
      height: `${band.height}px`,
      transform: 'translateZ(0)',
    });
  });
  observer.observe(doc.documentElement);
}

type Rect = { readonly top: number; readonly height: number };

/**
 * The band of the document to place a modal in: the visible part, in document coordinates,
 * or undefined when the whole document is visible (or too little of it to hold a dialog).
 */
export function visibleBand(visible: Rect, whole: Rect): Rect | undefined {
  const MIN_HEIGHT = 240;
  if (visible.height >= whole.height - 1) return undefined;
  if (visible.height < MIN_HEIGHT) return undefined;

  return { top: visible.top - whole.top, height: visible.height };
}
