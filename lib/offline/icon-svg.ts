/**
 * The maskable variant of the app's icon (app/icon.svg): a launcher may crop an installed app's icon to any
 * shape inside the central circle of 80% of its width, so the maskable one fills the whole square with the
 * icon's background and shrinks the mark to fit that circle. Pure text in, text out: `npm run icons` renders
 * both variants to PNG.
 */
export function maskableIconSvg(iconSvg: string): string {
  const background = /<rect\b[^>]*\bfill="([^"]+)"[^>]*\/>/.exec(iconSvg);
  if (!background) throw new Error("app/icon.svg: expected a <rect fill=…> background");
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(iconSvg);
  if (!viewBox || viewBox[1] !== viewBox[2]) throw new Error("app/icon.svg: expected a square viewBox 0 0 N N");
  const size = Number(viewBox[1]);
  const mark = iconSvg
    .replace(background[0], "")
    .replace(/^[\s\S]*?<svg\b[^>]*>/, "")
    .replace(/<\/svg>\s*$/, "");
  // With its stroke, the mark reaches about 0.4 of the width from the centre: scaled by 0.7 it keeps clear of
  // the safe circle's edge (radius 0.4).
  const half = size / 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}">`,
    `<rect width="${size}" height="${size}" fill="${background[1]}"/>`,
    `<g transform="translate(${half} ${half}) scale(0.7) translate(-${half} -${half})">${mark}</g>`,
    `</svg>`,
  ].join("");
}
