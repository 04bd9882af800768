// Routes reach the data only through modules: the lint rule in eslint.config.js refuses the Prisma client in a route
// (docs/decisions/0035). Run through ESLint's Node API on small snippets, as if they were route files.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((message) => message.ruleId === "@typescript-eslint/no-restricted-imports");
}

describe("routes and the database", () => {
  it("refuses the Prisma client in a route", async () => {
    const messages = await restrictedImports(
      'import { db } from "~/db.server";\nexport const loader = () => db.user.count();\n',
      "app/routes/example.tsx",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0].message).toContain("through a module");
  });

  it("refuses the generated client's values in a route, but not its types", async () => {
    const values = await restrictedImports(
      'import { PrismaClient } from "~/generated/prisma/client";\nexport const client = new PrismaClient();\n',
      "app/routes/example.tsx",
    );
    expect(values).toHaveLength(1);
    const types = await restrictedImports(
      'import type { User } from "~/generated/prisma/client";\nexport const name = (user: User) => user.name;\n',
      "app/routes/example.tsx",
    );
    expect(types).toEqual([]);
  });

  it("lets a module use the Prisma client", async () => {
    const messages = await restrictedImports(
      'import { db } from "~/db.server";\nexport const count = () => db.user.count();\n',
      "app/modules/example/example.server.ts",
    );
    expect(messages).toEqual([]);
  });
});
