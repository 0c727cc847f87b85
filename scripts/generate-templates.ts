// `npm run templates`: writes the committed templates in templates/.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { committedTemplates, ROOT } from "./templates";

committedTemplates().then(
  (templates) => {
    for (const { file, bytes } of templates) {
      writeFileSync(join(ROOT, "templates", file), bytes);
      console.log(`templates/${file}`);
    }
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
