// `npm run icons`: draws the add-in's icon (a traffic light) at the sizes the manifest names.
// Drawn, not designed in a tool, so every size is sharp and the files can be made again.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";

const SIZES = [16, 32, 64, 80];
const LIGHTS: [number, number, number][] = [
  [230, 57, 70], // red
  [255, 190, 11], // yellow
  [46, 158, 91], // green
];

function draw(size: number): PNG {
  const png = new PNG({ width: size, height: size });
  const housing = { left: size * 0.28, right: size * 0.72, top: size * 0.04, bottom: size * 0.96 };
  const radius = size * 0.11;
  const set = (x: number, y: number, [r, g, b]: [number, number, number], alpha = 255) => {
    const i = (y * size + x) * 4;
    png.data[i] = r;
    png.data[i + 1] = g;
    png.data[i + 2] = b;
    png.data[i + 3] = alpha;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5;
      const cy = y + 0.5;
      const inside = cx >= housing.left && cx <= housing.right && cy >= housing.top && cy <= housing.bottom;
      set(x, y, [0, 0, 0], 0);
      if (!inside) continue;
      set(x, y, [38, 50, 56]);
      LIGHTS.forEach((colour, k) => {
        const ly = size * (0.2 + k * 0.3);
        if ((cx - size / 2) ** 2 + (cy - ly) ** 2 <= radius ** 2) set(x, y, colour);
      });
    }
  }
  return png;
}

for (const size of SIZES) {
  writeFileSync(join(__dirname, "..", "assets", `icon-${size}.png`), PNG.sync.write(draw(size)));
  console.log(`assets/icon-${size}.png`);
}
