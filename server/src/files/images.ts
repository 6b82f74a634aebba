// Photos are re-encoded before they are kept: the copy stored has no metadata at all (no
// EXIF, so no GPS location of where it was taken, no camera serial), with the pixels turned
// upright as the EXIF orientation said, and a small JPEG preview is made for the list.
// sharp (libvips) is loaded by the first photo, not at start: most processes never need it.

/** The preview's longest side, in pixels. */
export const THUMBNAIL_SIZE = 320;

/** A decompression bomb (a tiny file of a huge image) is refused rather than decoded. */
const MAX_INPUT_PIXELS = 100_000_000;

export class UnreadableImage extends Error {}

type PhotoType = "image/jpeg" | "image/png" | "image/webp";

/**
 * Writes the cleaned photo to `cleanPath` and its preview to `thumbnailPath`; returns the
 * cleaned photo's size. Throws UnreadableImage when the bytes do not decode as an image.
 */
export async function cleanPhoto(
  source: string,
  type: PhotoType,
  cleanPath: string,
  thumbnailPath: string,
): Promise<{ size: number }> {
  const { default: sharp } = await import("sharp");
  const open = () => sharp(source, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" });
  try {
    // No withMetadata()/keepMetadata(): sharp writes none of the input's metadata.
    const upright = open().rotate();
    const encoded =
      type === "image/jpeg"
        ? upright.jpeg({ quality: 90, mozjpeg: true })
        : type === "image/png"
          ? upright.png()
          : upright.webp({ quality: 90 });
    const { size } = await encoded.toFile(cleanPath);
    await open()
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 75 })
      .toFile(thumbnailPath);
    return { size };
  } catch (error) {
    throw new UnreadableImage("the image could not be decoded", { cause: error });
  }
}
