/** Hands a blob to the browser as a download named `filename`. */
export function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before revoking.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const svgBlob = (svg: string) =>
  new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });

/** The width and height an SVG string declares on its root. */
function svgSize(svg: string): { width: number; height: number } {
  const root = new DOMParser().parseFromString(
    svg,
    'image/svg+xml',
  ).documentElement;
  return {
    width: Number(root.getAttribute('width')) || 1400,
    height: Number(root.getAttribute('height')) || 900,
  };
}

/**
 * The SVG drawn into a canvas at `scale` (2: sharp on high-density screens)
 * and encoded as PNG: an Image loads the SVG from a blob URL, the canvas
 * draws it, `toBlob` encodes it.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image(width, height);
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The SVG could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas in this browser');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        blob =>
          blob ? resolve(blob) : reject(new Error('PNG encoding failed')),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
